/**
 * Pearson's chi-square of draws against a law, over equally likely bins of its CDF. With k − 1
 * degrees of freedom the statistic has mean k − 1 and variance 2(k − 1); the tests allow 5
 * standard deviations, so a correct sampler fails about once in 3.5 million seeds and a biased
 * one (a layer's share off by 1%) fails at once.
 */
export function chiSquareExcess(
  draw: () => number,
  cdf: (x: number) => number,
  draws: number,
  bins: number,
): number {
  const counts = new Float64Array(bins);
  for (let i = 0; i < draws; i++) {
    const u = cdf(draw());
    counts[Math.min(bins - 1, Math.max(0, Math.floor(u * bins)))]++;
  }
  const expected = draws / bins;
  let chi = 0;
  for (const c of counts) chi += ((c - expected) * (c - expected)) / expected;
  return (chi - (bins - 1)) / Math.sqrt(2 * (bins - 1));
}
