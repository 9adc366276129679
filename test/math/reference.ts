/**
 * High-precision reference values for the deterministic math, computed independently of it (and
 * of Math.*) in BigInt fixed point: a value is a pair (n, p) meaning n / 2^p, carried with 140
 * bits or more beyond the result's magnitude. ln 2 = Σ 1/(k·2^k); ln m for m in [1, 2) by
 * 2·atanh((m − 1)/(m + 1)); e^r by its Taylor series after taking out multiples of ln 2.
 */

/** n / 2^p exactly. */
export interface Exact {
  n: bigint;
  p: number;
}

const GUARD = 140;

/** The double x as m · 2^e, m an integer. */
function decompose(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  if (biased === 0) return { m: sign * fraction, e: -1074 };
  return { m: sign * (fraction | (1n << 52n)), e: biased - 1075 };
}

/** floor(x · 2^p), exact when p >= -(x's exponent). */
function fixed(x: number, p: number): bigint {
  const { m, e } = decompose(x);
  return e + p >= 0 ? m << BigInt(e + p) : m >> BigInt(-(e + p));
}

function ln2(p: number): bigint {
  const one = 1n << BigInt(p + 16);
  let sum = 0n;
  for (let k = 1n; ; k++) {
    const term = one / (k << k);
    if (term === 0n) break;
    sum += term;
  }
  return sum >> 16n;
}

/** e^r for |r| <= 1, r and the result at scale p. */
function expSmall(r: bigint, p: number): bigint {
  const one = 1n << BigInt(p);
  let sum = one;
  let term = one;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * r) / (i << BigInt(p));
    sum += term;
  }
  return sum;
}

/** ln m for m in [1, 2], m and the result at scale p. */
function lnSmall(m: bigint, p: number): bigint {
  const one = 1n << BigInt(p);
  const s = ((m - one) << BigInt(p)) / (m + one);
  const s2 = (s * s) >> BigInt(p);
  let power = s;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * s2) >> BigInt(p);
  }
  return 2n * sum;
}

/** ln x for a positive finite x. */
export function lnReference(x: number): Exact {
  const p = GUARD + 60;
  const { m, e } = decompose(x);
  const top = m.toString(2).length - 1;
  // x = (m / 2^top) · 2^(e + top), m / 2^top in [1, 2)
  const mantissa = (m << BigInt(p)) >> BigInt(top);
  return { n: lnSmall(mantissa, p) + BigInt(e + top) * ln2(p), p };
}

/** ln(1 + x) for x > -1. */
export function ln1pReference(x: number): Exact {
  const { e } = decompose(x);
  const p = GUARD + Math.max(60, -e);
  const one = 1n << BigInt(p);
  const u = one + fixed(x, p);
  const top = u.toString(2).length - 1 - p;
  const mantissa = top >= 0 ? u >> BigInt(top) : u << BigInt(-top);
  return { n: lnSmall(mantissa, p) + BigInt(top) * ln2(p), p };
}

/** e^x − offset (offset 0 or 1) for a finite x. */
export function expReference(x: number, offset: 0 | 1 = 0): Exact {
  const { e } = decompose(x);
  const k = Math.round(x / Math.LN2); // only chooses the reduction; any nearby k is exact
  const p = GUARD + 60 + Math.max(0, -e) + Math.max(0, -k);
  const r = fixed(x, p) - BigInt(k) * ln2(p);
  let n = expSmall(r, p);
  if (k >= 0) n <<= BigInt(k);
  else n >>= BigInt(-k);
  return { n: n - BigInt(offset) * (1n << BigInt(p)), p };
}

/** The reference value rounded to the nearest double (ties to even do not arise here). */
export function nearestDouble(v: Exact): number {
  const negative = v.n < 0n;
  const n = negative ? -v.n : v.n;
  if (n === 0n) return 0;
  const top = n.toString(2).length - 1 - v.p;
  const shift = Math.max(top, -1022) - 52;
  const scaledShift = BigInt(v.p + shift);
  const q = scaledShift >= 0n ? n >> scaledShift : n << -scaledShift;
  const rem = scaledShift >= 0n ? n - (q << scaledShift) : 0n;
  const half = scaledShift > 0n ? 1n << (scaledShift - 1n) : 0n;
  const rounded = rem > half || (rem === half && half !== 0n && q % 2n === 1n) ? q + 1n : q;
  const value = Number(rounded) * 2 ** shift;
  return negative ? -value : value;
}

/** |approx − v| in units of the last place of v (the spacing of doubles at v). */
export function ulpError(approx: number, v: Exact): number {
  const { m, e } = decompose(approx);
  const p = Math.max(v.p, -e);
  const a = m << BigInt(e + p);
  const ref = v.n << BigInt(p - v.p);
  const diff = a > ref ? a - ref : ref - a;
  const magnitude = ref < 0n ? -ref : ref;
  const top = magnitude.toString(2).length - 1 - p;
  const ulpExponent = Math.max(top, -1022) - 52;
  // diff / 2^(p + ulpExponent), as a double with 20 bits of fraction
  const shift = BigInt(p + ulpExponent);
  const scaled = shift >= 20n ? (diff << 20n) >> shift : (diff << 20n) << -shift;
  return Number(scaled) / 2 ** 20;
}
