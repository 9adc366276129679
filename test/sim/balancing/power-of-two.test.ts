import { describe, expect, it } from "vitest";
import { PowerOfTwo } from "../../../src/sim/balancing/power-of-two";
import { pickOnce, picks, tally, view } from "./view";

describe("PowerOfTwo", () => {
  it("never picks the busier of two backends in rotation", () => {
    const v = view(3, { active: [7, 9, 2], healthy: [1, 0, 1] });
    expect(tally(picks(new PowerOfTwo(), v, 1000), 3)).toEqual([0, 0, 1000]);
  });

  it("never picks the busiest of several backends, and picks the idlest most often", () => {
    const n = 9000;
    const counts = tally(picks(new PowerOfTwo(), view(3, { active: [0, 1, 2] }), n), 3);
    expect(counts[2]).toBe(0);
    // Backend 0 wins every pair it is in: 2 of the 3 pairs.
    const sd = Math.sqrt(n * (2 / 3) * (1 / 3));
    expect(Math.abs(counts[0] - (2 * n) / 3)).toBeLessThan(5 * sd);
  });

  it("spreads evenly over equally loaded backends", () => {
    const n = 30_000;
    const counts = tally(picks(new PowerOfTwo(), view(3), n), 3);
    for (const count of counts) expect(Math.abs(count - n / 3)).toBeLessThan(410);
  });

  it("picks the only backend in rotation", () => {
    const v = view(3, { active: [0, 50, 0], healthy: [0, 1, 0] });
    expect(picks(new PowerOfTwo(), v, 5)).toEqual([1, 1, 1, 1, 1]);
  });

  it("returns -1 when no backend is in rotation", () => {
    expect(pickOnce(new PowerOfTwo(), view(2, { healthy: [0, 0] }))).toBe(-1);
  });
});
