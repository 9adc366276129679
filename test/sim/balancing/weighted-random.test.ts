import { describe, expect, it } from "vitest";
import { WeightedRandom } from "../../../src/sim/balancing/weighted-random";
import { pickOnce, picks, tally, view } from "./view";

describe("WeightedRandom", () => {
  it("chooses each backend in proportion to its weight", () => {
    const n = 40_000;
    const counts = tally(picks(new WeightedRandom(), view(3, { weight: [6, 3, 1] }), n), 3);
    [0.6, 0.3, 0.1].forEach((p, i) => {
      const sd = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(counts[i] - n * p)).toBeLessThan(5 * sd);
    });
  });

  it("shares among the backends in rotation only, by their weights", () => {
    const n = 40_000;
    const v = view(3, { weight: [6, 3, 1], healthy: [0, 1, 1] });
    const counts = tally(picks(new WeightedRandom(), v, n), 3);
    expect(counts[0]).toBe(0);
    const sd = Math.sqrt(n * 0.75 * 0.25);
    expect(Math.abs(counts[1] - n * 0.75)).toBeLessThan(5 * sd);
  });

  it("returns -1 when no backend is in rotation", () => {
    expect(pickOnce(new WeightedRandom(), view(2, { healthy: [0, 0] }))).toBe(-1);
  });
});
