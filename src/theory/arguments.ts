/**
 * Argument checks shared by the formulas. A bad argument is a bug in the caller (the scenario
 * validator should have caught it), so these throw a RangeError rather than return a result.
 */

/** A rate that may be zero: an arrival rate, in requests per second. */
export function requireNonNegative(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
  }
}

/** A rate or a mean that must be positive: a service rate, a mean service time. */
export function requirePositive(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}

/** A count of servers, places or users, at least `min`. */
export function requireCount(name: string, value: number, min: number): void {
  if (!(Number.isSafeInteger(value) && value >= min)) {
    throw new RangeError(`${name} must be an integer >= ${min}, got ${value}`);
  }
}
