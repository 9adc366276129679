/**
 * 10^n as the engine reads the literal "1e<n>": string-to-number conversion is correctly rounded
 * by ECMAScript, so every engine gives the same double, where `10 ** n` and Math.log10 are not.
 */
export function powerOfTen(n: number): number {
  return Number(`1e${n}`);
}

/** The largest power of ten at or below a positive finite x (at most ~650 comparisons). */
export function powerOfTenAtOrBelow(x: number): number {
  let n = 0;
  while (n < 308 && powerOfTen(n + 1) <= x) n++;
  while (n > -323 && powerOfTen(n) > x) n--;
  return powerOfTen(n);
}
