import { describe, expect, it } from "vitest";
import { WeightedRoundRobin } from "../../../src/sim/balancing/weighted-round-robin";
import { pickOnce, picks, tally, view } from "./view";

const [a, b, c] = [0, 1, 2];

describe("WeightedRoundRobin", () => {
  it("spreads weights 5, 1, 1 as a a b a c a a, as nginx does", () => {
    const v = view(3, { weight: [5, 1, 1] });
    const policy = new WeightedRoundRobin();
    expect(picks(policy, v, 7)).toEqual([a, a, b, a, c, a, a]);
    expect(picks(policy, v, 7)).toEqual([a, a, b, a, c, a, a]);
  });

  it("gives each backend its weight's share of every full cycle", () => {
    const v = view(3, { weight: [3, 2, 1] });
    expect(tally(picks(new WeightedRoundRobin(), v, 60), 3)).toEqual([30, 20, 10]);
  });

  it("is plain round robin with equal weights", () => {
    expect(picks(new WeightedRoundRobin(), view(3), 6)).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it("leaves out backends out of rotation and shares among the others by weight", () => {
    const v = view(3, { weight: [5, 1, 1], healthy: [0, 1, 1] });
    expect(picks(new WeightedRoundRobin(), v, 4)).toEqual([b, c, b, c]);
  });

  it("returns -1 when no backend is in rotation", () => {
    expect(pickOnce(new WeightedRoundRobin(), view(2, { healthy: [0, 0] }))).toBe(-1);
  });
});
