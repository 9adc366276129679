import { describe, expect, it } from "vitest";
import { ASKING, applied, measured, pick } from "../../../src/ui/workshop/reveal";

const before = { value: 0.083, partial: false, time: 120 };
const after = { value: 0.027, partial: false, time: 120 };

describe("predict-then-reveal", () => {
  it("lets the room change its mind until the change is applied", () => {
    expect(pick(pick(ASKING, 0), 2)).toEqual({ phase: "asking", picked: 2 });
  });

  it("does not apply before the room has picked", () => {
    expect(applied(ASKING, before)).toBe(ASKING);
  });

  it("measures after the change, and reveals once the new run has reached its end", () => {
    const measuring = applied(pick(ASKING, 1), before);
    expect(measuring).toEqual({ phase: "measuring", picked: 1, before });
    expect(measured(measuring, { ...after, partial: true, time: 30 })).toBe(measuring);
    expect(measured(measuring, after)).toEqual({ phase: "revealed", picked: 1, before, after });
  });

  it("reveals on the run so far when asked to", () => {
    const measuring = applied(pick(ASKING, 1), before);
    const partial = { ...after, partial: true, time: 30 };
    expect(measured(measuring, partial, true)).toEqual({
      phase: "revealed",
      picked: 1,
      before,
      after: partial,
    });
  });

  it("keeps the choice once applied", () => {
    const measuring = applied(pick(ASKING, 1), before);
    expect(pick(measuring, 0)).toBe(measuring);
  });
});
