import { describe, expect, it } from "vitest";
import { LeastResponseTime } from "../../../src/sim/balancing/least-response-time";
import { pickOnce, picks, view } from "./view";

describe("LeastResponseTime", () => {
  it("picks the backend with the shortest moving-average response time when all are idle", () => {
    const v = view(3, { responseTime: [0.3, 0.1, 0.2] });
    expect(pickOnce(new LeastResponseTime(), v)).toBe(1);
  });

  it("weighs the response time by the requests already outstanding plus this one", () => {
    // Scores 0.1·(4+1) = 0.5, 0.3·1 = 0.3, 0.2·(1+1) = 0.4.
    const v = view(3, { responseTime: [0.1, 0.3, 0.2], active: [4, 0, 1] });
    expect(pickOnce(new LeastResponseTime(), v)).toBe(1);
  });

  it("tries a backend not yet measured first", () => {
    const v = view(3, { responseTime: [0.1, 0, 0.05], active: [0, 3, 0] });
    expect(pickOnce(new LeastResponseTime(), v)).toBe(1);
  });

  it("breaks ties in turn, starting after its previous pick", () => {
    const v = view(3, { responseTime: [0.2, 0.2, 0.2] });
    expect(picks(new LeastResponseTime(), v, 5)).toEqual([0, 1, 2, 0, 1]);
  });

  it("divides the score by the weight", () => {
    const v = view(2, { responseTime: [0.3, 0.2], weight: [2, 1] });
    expect(pickOnce(new LeastResponseTime(), v)).toBe(0);
  });

  it("skips backends out of rotation and returns -1 when none is left", () => {
    const v = view(2, { responseTime: [0.1, 0.5], healthy: [0, 1] });
    const policy = new LeastResponseTime();
    expect(pickOnce(policy, v)).toBe(1);
    v.healthy[1] = 0;
    expect(pickOnce(policy, v)).toBe(-1);
  });
});
