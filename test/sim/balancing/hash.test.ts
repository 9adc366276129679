import { describe, expect, it } from "vitest";
import { KeyHash } from "../../../src/sim/balancing/hash";
import { pickOnce, picks, tally, view } from "./view";

const KEYS = 3000;

describe("KeyHash", () => {
  it("sends the same key to the same backend every time", () => {
    const policy = new KeyHash();
    const v = view(5);
    const first = picks(policy, v, KEYS, (k) => k);
    expect(picks(policy, v, KEYS, (k) => k)).toEqual(first);
    expect(picks(new KeyHash(), v, KEYS, (k) => k)).toEqual(first);
  });

  it("spreads many keys roughly evenly", () => {
    const counts = tally(
      picks(new KeyHash(), view(3), KEYS, (k) => k),
      3,
    );
    // Binomial(3000, 1/3): standard deviation 25.8; 5 of them.
    for (const count of counts) expect(Math.abs(count - KEYS / 3)).toBeLessThan(130);
  });

  it("moves only the keys of a backend that leaves rotation, and spreads them over the rest", () => {
    const policy = new KeyHash();
    const v = view(4);
    const before = picks(policy, v, KEYS, (k) => k);
    v.healthy[2] = 0;
    const after = picks(policy, v, KEYS, (k) => k);
    const moved = before.flatMap((b, k) => (after[k] !== b ? [k] : []));
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((k) => before[k] === 2)).toBe(true);
    expect(before.filter((b) => b === 2).length).toBe(moved.length);
    const to = tally(
      moved.map((k) => after[k]),
      4,
    );
    expect(to[2]).toBe(0);
    expect(to.filter((n) => n > 0).length).toBe(3);
  });

  it("gives a backend back exactly its own keys when it returns", () => {
    const policy = new KeyHash();
    const v = view(4);
    const before = picks(policy, v, KEYS, (k) => k);
    v.healthy[1] = 0;
    picks(policy, v, KEYS, (k) => k);
    v.healthy[1] = 1;
    expect(picks(policy, v, KEYS, (k) => k)).toEqual(before);
  });

  it("gives a heavier backend more keys", () => {
    const counts = tally(
      picks(new KeyHash(), view(2, { weight: [3, 1] }), KEYS, (k) => k),
      2,
    );
    expect(counts[0]).toBeGreaterThan(2 * counts[1]);
  });

  it("spreads requests without a key at random over the backends in rotation", () => {
    const v = view(3, { healthy: [1, 0, 1] });
    const counts = tally(picks(new KeyHash(), v, 2000), 3);
    expect(counts[1]).toBe(0);
    expect(Math.abs(counts[0] - 1000)).toBeLessThan(115);
  });

  it("returns -1 when no backend is in rotation, with or without a key", () => {
    const v = view(2, { healthy: [0, 0] });
    expect(new KeyHash().pick(v, 5)).toBe(-1);
    expect(pickOnce(new KeyHash(), v)).toBe(-1);
  });
});
