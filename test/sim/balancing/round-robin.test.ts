import { describe, expect, it } from "vitest";
import { RoundRobin } from "../../../src/sim/balancing/round-robin";
import { pickOnce, picks, view } from "./view";

describe("RoundRobin", () => {
  it("cycles through the backends in order", () => {
    expect(picks(new RoundRobin(), view(3), 7)).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it("skips backends out of rotation", () => {
    expect(picks(new RoundRobin(), view(4, { healthy: [1, 0, 1, 0] }), 5)).toEqual([0, 2, 0, 2, 0]);
  });

  it("takes a backend back in turn when it returns to rotation", () => {
    const v = view(3, { healthy: [1, 0, 1] });
    const policy = new RoundRobin();
    expect(picks(policy, v, 3)).toEqual([0, 2, 0]);
    v.healthy[1] = 1;
    expect(picks(policy, v, 4)).toEqual([1, 2, 0, 1]);
  });

  it("ignores weights and load", () => {
    const v = view(2, { weight: [10, 1], active: [100, 0] });
    expect(picks(new RoundRobin(), v, 4)).toEqual([0, 1, 0, 1]);
  });

  it("returns -1 when no backend is in rotation", () => {
    expect(pickOnce(new RoundRobin(), view(3, { healthy: [0, 0, 0] }))).toBe(-1);
  });
});
