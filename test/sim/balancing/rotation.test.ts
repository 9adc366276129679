import { describe, expect, it } from "vitest";
import type { BalancerView } from "../../../src/sim/balancing/balancer-view";
import { KeyHash } from "../../../src/sim/balancing/hash";
import { PowerOfTwo } from "../../../src/sim/balancing/power-of-two";
import { RandomChoice } from "../../../src/sim/balancing/random";
import { createStream } from "../../../src/sim/random/stream";
import { view } from "./view";

/** The n-th backend in rotation, from 0, skipping `skip`: the count over every backend. */
function nthByScan(v: BalancerView, n: number, skip = -1): number {
  let r = n;
  for (let i = 0; i < v.count; i++) if (v.healthy[i] === 1 && i !== skip && r-- === 0) return i;
  return -1;
}

function inRotation(v: BalancerView): number {
  return v.healthy.reduce((sum, h) => sum + h, 0);
}

/** 64 backends whose rotation changes every 50 picks, the policy told each time. */
function rotations(): { v: BalancerView; flip: (round: number) => void } {
  const v = view(64, { active: Array.from({ length: 64 }, (_, i) => (i * 7) % 5) });
  return {
    v,
    flip: (round) => {
      for (let i = 0; i < 64; i++) v.healthy[i] = (i * 13 + round) % 3 === 0 ? 0 : 1;
    },
  };
}

describe("policies that draw from the rotation", () => {
  it("random picks the backend a count over every backend would, as the rotation changes", () => {
    const { v, flip } = rotations();
    const policy = new RandomChoice();
    const draws = createStream("balancing-test", "lb", "policy");
    for (let round = 0; round < 6; round++) {
      flip(round);
      policy.changed(v, -1);
      for (let k = 0; k < 50; k++) {
        const expected = nthByScan(v, Math.floor(draws.next() * inRotation(v)));
        expect(policy.pick(v)).toBe(expected);
      }
    }
  });

  it("power of two draws the two backends a count would, the second among the others", () => {
    const { v, flip } = rotations();
    const policy = new PowerOfTwo();
    const draws = createStream("balancing-test", "lb", "policy");
    for (let round = 0; round < 6; round++) {
      flip(round);
      policy.changed(v, -1);
      for (let k = 0; k < 50; k++) {
        const healthy = inRotation(v);
        const first = nthByScan(v, Math.floor(draws.next() * healthy));
        const second = nthByScan(v, Math.floor(draws.next() * (healthy - 1)), first);
        const expected = v.active[second] < v.active[first] ? second : first;
        expect(policy.pick(v)).toBe(expected);
      }
    }
  });

  it("hashing hands requests without a key to a random pick that hears of rotation changes", () => {
    const v = view(4);
    const policy = new KeyHash();
    expect(policy.pick(v, -1)).toBeGreaterThanOrEqual(0);
    v.healthy.set([0, 0, 1, 0]);
    policy.changed(v, -1);
    for (let k = 0; k < 20; k++) expect(policy.pick(v, -1)).toBe(2);
  });
});
