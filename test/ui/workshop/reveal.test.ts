import { describe, expect, it } from "vitest";
import {
  ASKING,
  applied,
  computed,
  due,
  failed,
  pick,
  type Reveal,
} from "../../../src/ui/workshop/reveal";

const figures = {
  before: { value: 0.083, seed: "1", duration: 120 },
  after: { value: 0.027, seed: "1", duration: 120 },
};

/** The room picked choice 1 and applied the change: its figures are being worked out. */
const measuring = applied(pick(ASKING, 1));

describe("predict-then-reveal", () => {
  it("lets the room change its mind until the change is applied", () => {
    expect(pick(pick(ASKING, 0), 2)).toEqual({ phase: "asking", picked: 2 });
    expect(pick(measuring, 0)).toBe(measuring);
  });

  it("does not apply before the room has picked", () => {
    expect(applied(ASKING)).toBe(ASKING);
  });

  it("works out the figures once the change is applied, and does not apply it twice", () => {
    expect(measuring).toEqual({ phase: "measuring", picked: 1, figures: null, due: false });
    expect(applied(measuring)).toBe(measuring);
  });

  it("keeps the figures until the live run ends or the room asks, then reveals them", () => {
    const ready = computed(measuring, figures);
    expect(ready).toEqual({ phase: "measuring", picked: 1, figures, due: false });
    expect(due(ready)).toEqual({ phase: "revealed", picked: 1, figures });
  });

  it("reveals as soon as the figures come when the room asked before they were in", () => {
    const asked = due(measuring);
    expect(asked).toEqual({ phase: "measuring", picked: 1, figures: null, due: true });
    expect(computed(asked, figures)).toEqual({ phase: "revealed", picked: 1, figures });
  });

  it("shows why the figures could not be worked out, and reveals nothing after that", () => {
    const problem = { kind: "batch", reason: "out of memory" } as const;
    const stopped = failed(measuring, problem);
    expect(stopped).toEqual({ phase: "failed", picked: 1, problem });
    expect(computed(stopped, figures)).toBe(stopped);
    expect(due(stopped)).toBe(stopped);
  });

  it("ignores figures and requests that come while the room is not waiting for any", () => {
    const revealed: Reveal = { phase: "revealed", picked: 1, figures };
    for (const state of [ASKING, pick(ASKING, 0), revealed]) {
      expect(computed(state, figures)).toBe(state);
      expect(due(state)).toBe(state);
      expect(failed(state, { kind: "batch", reason: "" })).toBe(state);
    }
  });
});
