/**
 * The natural logarithm and ln(1 + x), from exactly rounded operations only, so that every JavaScript engine
 * gives the same bits (ECMAScript leaves Math.log's last bits to each engine).
 *
 * x = 2^k · (1 + f) with 1 + f in [√2/2, √2), and with s = f / (2 + f),
 * ln(1 + f) = 2 atanh(s) = 2s + 2s³/3 + 2s⁵/5 + … = f − (f²/2 − s · (f²/2 + R)),
 * R = Σ_{n≥1} 2 s^(2n) / (2n + 1), since 2s = f − s·f and s·f = (f²/2)(1 − s). |s| < 0.172, so
 * eleven terms of R leave a truncation error below 2^-60 of the result. Writing the result as f
 * minus a small correction keeps the rounding error under about one unit in the last place, the
 * arrangement of Sun's fdlibm e_log.c (1993), here with Taylor rather than minimax coefficients.
 */
import { highWord, withHighWord } from "./bits";
import { LN2_HI, LN2_LO } from "./constants";

const TWO_POW_54 = 18014398509481984;
const SMALLEST_NORMAL = 2.2250738585072014e-308;
const SQRT2 = Math.SQRT2;

/** 2/(2n + 1), n = 1..11: the atanh series' coefficients. */
const L1 = 2 / 3;
const L2 = 2 / 5;
const L3 = 2 / 7;
const L4 = 2 / 9;
const L5 = 2 / 11;
const L6 = 2 / 13;
const L7 = 2 / 15;
const L8 = 2 / 17;
const L9 = 2 / 19;
const L10 = 2 / 21;
const L11 = 2 / 23;

/**
 * k·ln 2 + ln(1 + f) + tail, for 1 + f in [√2/2, √2], an integer k and a tail much smaller than
 * the result's last place (a rounding error carried in by log1p).
 */
export function logOfReduced(k: number, f: number, tail: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const r =
    z *
    (L1 +
      z *
        (L2 +
          z *
            (L3 +
              z *
                (L4 +
                  z * (L5 + z * (L6 + z * (L7 + z * (L8 + z * (L9 + z * (L10 + z * L11))))))))));
  const halfSquare = 0.5 * f * f;
  return k * LN2_HI - (halfSquare - (s * (halfSquare + r) + (k * LN2_LO + tail)) - f);
}

/** The exponent k of the last `reduce`: x = 2^k · (1 + f). A variable, not an object, so no draw allocates. */
let reducedExponent = 0;

/**
 * Splits a positive finite x into 2^k · m with m in [√2/2, √2]; returns f = m − 1, exact there
 * (Sterbenz's lemma), and leaves k in `reducedExponent`.
 */
function reduce(x: number): number {
  let k = 0;
  let y = x;
  if (y < SMALLEST_NORMAL) {
    y *= TWO_POW_54;
    k = -54;
  }
  const high = highWord(y);
  k += (high >> 20) - 1023;
  let m = withHighWord(y, (high & 0x000fffff) | 0x3ff00000);
  if (m > SQRT2) {
    m *= 0.5;
    k += 1;
  }
  reducedExponent = k;
  return m - 1;
}

/** ln x, within about one unit in the last place; ln 0 = -Infinity, NaN below 0. */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  const f = reduce(x);
  return logOfReduced(reducedExponent, f, 0);
}

/** 1 + x lies in [√2/2, √2] for x in this range: then f = x exactly, and nothing is rounded away. */
const LOG1P_DIRECT_LOW = SQRT2 / 2 - 1;
const LOG1P_DIRECT_HIGH = SQRT2 - 1;
const TWO_POW_MINUS_54 = 5.551115123125783e-17;

/**
 * ln(1 + x), accurate for x near 0 where ln(1 + x) would lose x's digits; within about one unit
 * in the last place. Outside [√2/2 − 1, √2 − 1] it takes the logarithm of u = 1 + x and adds
 * back what rounding 1 + x lost: c = x − (u − 1) is exact, and ln(u + c) ≈ ln u + c/u.
 */
export function log1p(x: number): number {
  if (!(x > -1)) return x === -1 ? Number.NEGATIVE_INFINITY : Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (Math.abs(x) < TWO_POW_MINUS_54) return x;
  if (x > LOG1P_DIRECT_LOW && x < LOG1P_DIRECT_HIGH) return logOfReduced(0, x, 0);
  const u = 1 + x;
  const lost = x - (u - 1);
  const f = reduce(u);
  return logOfReduced(reducedExponent, f, lost / u);
}
