/**
 * The two 32-bit halves of an IEEE-754 double, and exact powers of two built from them. The
 * deterministic functions of this folder reduce their argument by reading its exponent here
 * instead of asking the engine for a logarithm. Typed-array views share one buffer in the
 * machine's byte order, so which element is the high word (sign, 11 exponent bits, top 20 mantissa
 * bits) is found once at start-up; V8 compiles the accesses to plain moves, several times faster
 * than a DataView's here.
 */
const double = new Float64Array(1);
const words = new Int32Array(double.buffer);
double[0] = 1;
/** 1 on little-endian machines (every current one), 0 on big-endian ones. */
const HIGH = words[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/** Sign, exponent and the top 20 mantissa bits of `x`, as a signed 32-bit integer. */
export function highWord(x: number): number {
  double[0] = x;
  return words[HIGH];
}

/** `x` with its high word replaced by `high` (its low word kept). */
export function withHighWord(x: number, high: number): number {
  double[0] = x;
  words[HIGH] = high;
  return double[0];
}

/** 2^k exactly, for integers k from -1022 to 1023 (the normal range). */
export function powerOfTwo(k: number): number {
  words[HIGH] = (k + 1023) << 20;
  words[LOW] = 0;
  return double[0];
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
