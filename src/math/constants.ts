/**
 * ln 2 split for exact argument reduction (Cody & Waite, "Software Manual for the Elementary
 * Functions", 1980): LN2_HI is ln 2 truncated to 32 significant bits, so k · LN2_HI is exact for
 * any exponent k of a double (|k| < 2^21), and LN2_HI + LN2_LO is ln 2 to about 2^-85. Both were
 * computed from ln 2 = Σ 1/(k·2^k) in 200-bit BigInt fixed point and rounded to the nearest
 * double; test/math/constants.test.ts recomputes them that way. 1/ln 2 is Math.LOG2E, which
 * ECMAScript defines as the double nearest log2 e (a constant, not a computation).
 */
export const LN2_HI = 0.6931471803691238;
export const LN2_LO = 1.9082149292705877e-10;
export const INV_LN2 = Math.LOG2E;
