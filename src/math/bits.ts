/**
 * The two 32-bit halves of an IEEE-754 double, and exact powers of two built from them. The
 * deterministic functions of this folder reduce their argument by reading its exponent here
 * instead of asking the engine for a logarithm. A DataView reads big-endian whatever the machine,
 * so the high word (sign, 11 exponent bits, top 20 mantissa bits) is always at byte 0.
 */
const view = new DataView(new ArrayBuffer(8));

/** Sign, exponent and the top 20 mantissa bits of `x`, as a signed 32-bit integer. */
export function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** `x` with its high word replaced by `high` (its low word kept). */
export function withHighWord(x: number, high: number): number {
  view.setFloat64(0, x);
  view.setInt32(0, high);
  return view.getFloat64(0);
}

/** 2^k exactly, for integers k from -1022 to 1023 (the normal range). */
export function powerOfTwo(k: number): number {
  view.setInt32(0, (k + 1023) << 20);
  view.setInt32(4, 0);
  return view.getFloat64(0);
}

/**
 * x · 2^k for any integer k, rounded once when the result is normal. Below the normal range the
 * product is formed in two exact-or-once-rounded steps, so a subnormal result may be one of its
 * two neighbours; past the largest double it is ±Infinity.
 */
export function scaleByPowerOfTwo(x: number, k: number): number {
  if (k > 1023)
    return k > 2098
      ? x * Number.POSITIVE_INFINITY
      : x * powerOfTwo(1023) * powerOfTwo(Math.min(k - 1023, 1023));
  if (k < -1022)
    return k < -2150 ? x * 0 : x * powerOfTwo(Math.max(k + 1022, -1022)) * powerOfTwo(-1022);
  return x * powerOfTwo(k);
}
