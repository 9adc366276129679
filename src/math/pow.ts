/**
 * Powers, from exactly rounded operations only, so that every JavaScript engine gives the same
 * bits (ECMAScript leaves Math.pow's and `**`'s last bits to each engine, integer exponents
 * included).
 */
import { exp } from "./exp";
import { log } from "./log";

/**
 * x^n for an integer n, by repeated squaring (Knuth, TAOCP vol. 2, 4.6.3): about log2|n|
 * products, each rounded once, so the error grows like log2|n| units in the last place.
 */
export function powInt(x: number, n: number): number {
  let base = n < 0 ? 1 / x : x;
  let e = Math.abs(n);
  let result = 1;
  while (e > 0) {
    if (e % 2 === 1) result *= base;
    e = Math.floor(e / 2);
    if (e > 0) base *= base;
  }
  return result;
}

/** Integer exponents up to this size go by repeated squaring, larger ones through exp and log. */
const SQUARING_LIMIT = 64;

/**
 * x^y for x >= 0 (NaN below 0 unless y is an integer). Integer y up to 64 in size by repeated
 * squaring, otherwise e^(y·ln x): the relative error is then about (1 + |y·ln x|) · 2^-53, a
 * few units in the last place for the exponents a scenario uses (Zipf and Pareto laws).
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (Number.isInteger(y) && Math.abs(y) <= SQUARING_LIMIT) return powInt(x, y);
  if (x < 0) return Number.isInteger(y) ? (y % 2 === 0 ? 1 : -1) * exp(y * log(-x)) : Number.NaN;
  if (x === 0) return y > 0 ? 0 : Number.POSITIVE_INFINITY;
  return exp(y * log(x));
}
