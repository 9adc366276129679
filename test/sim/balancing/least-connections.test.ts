import { describe, expect, it } from "vitest";
import { LeastConnections } from "../../../src/sim/balancing/least-connections";
import { pickOnce, picks, view } from "./view";

describe("LeastConnections", () => {
  it("picks the backend with the fewest outstanding requests", () => {
    expect(pickOnce(new LeastConnections(), view(4, { active: [3, 2, 0, 5] }))).toBe(2);
  });

  it("breaks ties in turn, starting after its previous pick", () => {
    const policy = new LeastConnections();
    expect(picks(policy, view(3), 6)).toEqual([0, 1, 2, 0, 1, 2]);
    // Backends 1 and 2 tie; after picking 0 last, 1 comes next, then 2.
    expect(picks(policy, view(3, { active: [5, 1, 1] }), 4)).toEqual([1, 2, 1, 2]);
  });

  it("follows the load as requests start and end", () => {
    const v = view(3);
    const policy = new LeastConnections();
    const chosen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const b = pickOnce(policy, v);
      chosen.push(b);
      v.active[b]++;
    }
    v.active[1]--;
    chosen.push(pickOnce(policy, v));
    expect(chosen).toEqual([0, 1, 2, 1]);
  });

  it("counts outstanding requests relative to weight", () => {
    // 4/4 = 1 against 2/1 = 2: the heavier backend has more requests but less load.
    expect(pickOnce(new LeastConnections(), view(2, { active: [4, 2], weight: [4, 1] }))).toBe(0);
  });

  it("skips backends out of rotation, however idle", () => {
    expect(
      pickOnce(new LeastConnections(), view(3, { active: [0, 9, 4], healthy: [0, 1, 1] })),
    ).toBe(2);
  });

  it("returns -1 when no backend is in rotation", () => {
    expect(pickOnce(new LeastConnections(), view(2, { healthy: [0, 0] }))).toBe(-1);
  });
});
