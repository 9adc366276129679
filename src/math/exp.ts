/**
 * e^x and e^x − 1, from exactly rounded operations only, so that every JavaScript engine gives
 * the same bits (ECMAScript leaves Math.exp's last bits to each engine).
 *
 * x = k·ln 2 + r with |r| <= ln 2 / 2 (Cody & Waite's reduction with ln 2 in two parts). With
 * r·coth(r/2) = 2 + Σ_{n≥1} 2·B_{2n}/(2n)! · r^(2n) =: 2 + R(r) (B the Bernoulli numbers) and
 * c = r − R(r), e^r = 1 + r + r·c / (2 − c) exactly; the series, at r² <= 0.121, is below 2^-64
 * after six terms. Adding the small r·c/(2 − c) last keeps the error near half a unit in the last
 * place, the arrangement of Sun's fdlibm e_exp.c (1993), here with Taylor coefficients.
 */
import { powerOfTwo, scaleByPowerOfTwo } from "./bits";
import { INV_LN2, LN2_HI, LN2_LO } from "./constants";

/** 2·B_{2n}/(2n)!: 1/6, −1/360, 1/15120, −1/604800, 1/23950080, −691/653837184000. */
const C1 = 0.16666666666666666;
const C2 = -0.002777777777777778;
const C3 = 0.00006613756613756614;
const C4 = -0.0000016534391534391535;
const C5 = 4.17535139757362e-8;
const C6 = -1.0568380277374986e-9;

/** Above ln(largest double), e^x overflows; below ln(2^-1075), it rounds to 0. */
const OVERFLOW = 709.782712893384;
const UNDERFLOW = -745.1332191019412;
/** Below this |x|, 1 + x is e^x rounded. */
const TINY = 3.725290298461914e-9;
const HALF_LN2 = 0.34657359027997264;

/** c = r − R(r), the rational approximation's variable. */
function corrected(r: number): number {
  const z = r * r;
  return r - z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
}

/** e^x, within about one unit in the last place (subnormal results may be one neighbour off). */
export function exp(x: number): number {
  if (!(x < OVERFLOW)) return Number.isNaN(x) ? x : Number.POSITIVE_INFINITY;
  if (x < UNDERFLOW) return 0;
  if (Math.abs(x) < TINY) return 1 + x;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const c = corrected(r);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return k === 0 ? y : scaleByPowerOfTwo(y, k);
}

/** Below this, e^x − 1 rounds to −1. */
const EXPM1_FLOOR = -38;
const TWO_POW_MINUS_54 = 5.551115123125783e-17;

/**
 * e^x − 1, accurate for x near 0 where e^x − 1 would lose x's digits. For |x| > ln 2 / 2 the
 * result is 2^k·(1 + p) − 1 with p = e^r − 1, the subtraction arranged so that it is exact
 * (1 − 2^-k and 2^k − 1 are doubles) and only the final sum rounds.
 */
export function expm1(x: number): number {
  if (!(x < OVERFLOW)) return Number.isNaN(x) ? x : Number.POSITIVE_INFINITY;
  if (x < EXPM1_FLOOR) return -1;
  if (Math.abs(x) < TWO_POW_MINUS_54) return x;
  if (Math.abs(x) <= HALF_LN2) {
    const c = corrected(x);
    return x + (x * c) / (2 - c);
  }
  const k = Math.floor(x * INV_LN2 + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  // What rounding hi − lo lost, put back times e^r ≈ 1 + r.
  const lost = hi - r - lo;
  const c = corrected(r);
  const p = r + ((r * c) / (2 - c) + (lost + lost * r));
  if (k < 0) return powerOfTwo(k) - 1 + powerOfTwo(k) * p;
  if (k <= 52) return (1 - powerOfTwo(-k) + p) * powerOfTwo(k);
  return scaleByPowerOfTwo(1 + p, k) - 1;
}
