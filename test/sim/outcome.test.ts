import { describe, expect, it } from "vitest";
import {
  ERROR,
  failureKind,
  OK,
  OUTCOME_COUNT,
  REJECTED,
  TIMEOUT,
  UNAVAILABLE,
} from "../../src/sim/outcome";
import { FAILURE_KINDS } from "../../src/sim/summary";

describe("outcome codes", () => {
  it("number success 0 and the failure kinds 1..4 in the order of the summary", () => {
    expect(OK).toBe(0);
    expect([REJECTED, TIMEOUT, UNAVAILABLE, ERROR].map(failureKind)).toEqual([...FAILURE_KINDS]);
    expect(OUTCOME_COUNT).toBe(FAILURE_KINDS.length + 1);
  });
});
