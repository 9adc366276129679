/**
 * Sums of a geometric series and of its terms weighted by their index, over M terms, in
 * O(log M) steps: a bounded queue's waiting places beyond its servers hold a truncated
 * geometric, and M is a capacity the user typed (up to 2^53), so summing term by term would take
 * as long as the queue is large. Blocks of terms are doubled and extended one term at a time
 * along the bits of M (binary splitting); every step adds positive numbers only, so the sums
 * keep their precision at a ratio of 1 - 1e-12, where the closed forms (1 - x^M)/(1 - x) cancel.
 */

/** For 0 <= x <= 1: Σ_{m=1..M} x^m, Σ_{m=1..M} m·x^m and x^M. */
export interface ForwardSums {
  sum: number;
  weighted: number;
  last: number;
}

/** For 0 <= x <= 1: Σ_{j=0..M-1} x^j and Σ_{m=1..M} m·x^(M-m), the series read from its end. */
export interface BackwardSums {
  sum: number;
  weighted: number;
  /** x^M. */
  power: number;
}

/** The bits of a count, most significant first (counts reach 2^53, beyond 32-bit operators). */
function bitsOf(count: number): boolean[] {
  const bits: boolean[] = [];
  for (let n = count; n > 0; n = Math.floor(n / 2)) bits.push(n % 2 === 1);
  return bits.reverse();
}

export function forwardSums(x: number, count: number): ForwardSums {
  let length = 0;
  let sum = 0;
  let weighted = 0;
  let last = 1;
  for (const bit of bitsOf(count)) {
    // Doubling: the second block is the first shifted by `length` places.
    weighted += last * (weighted + length * sum);
    sum += last * sum;
    last *= last;
    length *= 2;
    if (bit) {
      last *= x;
      length += 1;
      sum += last;
      weighted += length * last;
    }
  }
  return { sum, weighted, last };
}

export function backwardSums(x: number, count: number): BackwardSums {
  let length = 0;
  let sum = 0;
  let weighted = 0;
  let power = 1;
  for (const bit of bitsOf(count)) {
    // Doubling: the first block's exponents grow by `length`, the second's indices by `length`.
    weighted = power * weighted + weighted + length * sum;
    sum = power * sum + sum;
    power *= power;
    length *= 2;
    if (bit) {
      length += 1;
      weighted = x * weighted + length;
      sum = x * sum + 1;
      power *= x;
    }
  }
  return { sum, weighted, power };
}
