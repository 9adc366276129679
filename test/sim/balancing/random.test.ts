import { describe, expect, it } from "vitest";
import { RandomChoice } from "../../../src/sim/balancing/random";
import { pickOnce, picks, tally, view } from "./view";

describe("RandomChoice", () => {
  it("chooses each backend about equally often", () => {
    const n = 30_000;
    const counts = tally(picks(new RandomChoice(), view(3), n), 3);
    // Binomial(n, 1/3): standard deviation 81.6; 5 of them.
    for (const count of counts) expect(Math.abs(count - n / 3)).toBeLessThan(410);
  });

  it("never chooses a backend out of rotation", () => {
    const n = 20_000;
    const counts = tally(picks(new RandomChoice(), view(3, { healthy: [1, 0, 1] }), n), 3);
    expect(counts[1]).toBe(0);
    expect(Math.abs(counts[0] - n / 2)).toBeLessThan(360);
  });

  it("ignores weights", () => {
    const n = 20_000;
    const counts = tally(picks(new RandomChoice(), view(2, { weight: [9, 1] }), n), 2);
    expect(Math.abs(counts[0] - n / 2)).toBeLessThan(360);
  });

  it("returns -1 when no backend is in rotation", () => {
    expect(pickOnce(new RandomChoice(), view(2, { healthy: [0, 0] }))).toBe(-1);
  });
});
