/** Reproducible test arguments: a xorshift stream, so every run checks the same points. */
export function uniformSamples(count: number, from: number, to: number, seed = 1): number[] {
  let state = seed >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out.push(from + ((to - from) * state) / 4294967296);
  }
  return out;
}

/** Arguments spread evenly over the binades 2^lowExp to 2^highExp. */
export function logUniformSamples(
  count: number,
  lowExp: number,
  highExp: number,
  seed = 2,
): number[] {
  return uniformSamples(count, lowExp, highExp, seed).map((e, i) => {
    const frac = uniformSamples(1, 1, 2, seed + i + 1)[0];
    return frac * 2 ** Math.floor(e);
  });
}
