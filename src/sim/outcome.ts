import { FAILURE_KINDS, type FailureKind } from "./summary";

/**
 * How a call ended, as a small integer so it can travel through events and typed arrays:
 * 0 is success, and 1..4 are the failure kinds of the format in FAILURE_KINDS order.
 */
export const OK = 0;
export const REJECTED = 1;
export const TIMEOUT = 2;
export const UNAVAILABLE = 3;
export const ERROR = 4;
export const OUTCOME_COUNT = 5;

export function failureKind(outcome: number): FailureKind {
  return FAILURE_KINDS[outcome - 1];
}
