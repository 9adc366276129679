/**
 * The 0.975 quantile of Student's t distribution: the multiplier of a two-sided 95% confidence
 * interval for a mean estimated from df + 1 independent replications.
 *
 * With few replications the sample standard deviation is itself uncertain, so the normal 1.96 is
 * too optimistic: with 5 runs the interval must be 2.776/1.96 = 1.42 times wider (Student, 1908,
 * "The probable error of a mean", Biometrika 6(1)).
 */

/**
 * t(0.975, df) for df = 1..30. The NIST/SEMATECH e-Handbook of Statistical Methods, section
 * 1.3.6.7.2 "Critical values of the Student's t distribution", tabulates these to 3 decimals; the
 * digits here are R's `qt(0.975, df)` (equally scipy's `t.ppf`), which round to that table.
 */
const TABLE = [
  12.706204736, 4.30265273, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252,
  2.306004135, 2.262157163, 2.228138852, 2.20098516, 2.17881283, 2.160368656, 2.144786688,
  2.131449546, 2.119905299, 2.109815578, 2.10092204, 2.093024054, 2.085963447, 2.079613845,
  2.073873068, 2.06865761, 2.063898562, 2.059538553, 2.055529439, 2.051830516, 2.048407142,
  2.045229642, 2.042272456,
] as const;

/** The 0.975 quantile of the standard normal distribution, Φ⁻¹(0.975). */
const Z = 1.959963984540054;

/**
 * t(0.975, df) for df >= 1. Non-integer df up to 30 round down, which widens the interval (the
 * conservative side). Beyond 30 the Cornish–Fisher expansion of t in powers of 1/df, Abramowitz &
 * Stegun, Handbook of Mathematical Functions (1964), formula 26.7.5, is within 1e-6 of the exact
 * value, and tends to Φ⁻¹(0.975) = 1.959964 as df → ∞.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be >= 1, got ${df}`);
  if (df <= TABLE.length) return TABLE[Math.floor(df) - 1];
  const z = Z;
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  const v = 1 / df;
  return z + v * (g1 + v * (g2 + v * (g3 + v * g4)));
}
