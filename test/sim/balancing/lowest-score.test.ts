import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BalancerView } from "../../../src/sim/balancing/balancer-view";
import { LeastConnections } from "../../../src/sim/balancing/least-connections";
import { LeastResponseTime } from "../../../src/sim/balancing/least-response-time";
import { ScoreTree } from "../../../src/sim/balancing/score-tree";
import { view } from "./view";

/** The policies' contract written as the plain scan: lowest score, ties in turn from `start`. */
function scanPick(v: BalancerView, score: (i: number) => number, start: number): number {
  let best = -1;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let k = 0; k < v.count; k++) {
    const i = (start + k) % v.count;
    if (v.healthy[i] === 1 && score(i) < bestScore) {
      bestScore = score(i);
      best = i;
    }
  }
  return best;
}

const POLICIES = [
  {
    name: "least-connections",
    make: () => new LeastConnections(),
    score: (v: BalancerView, i: number) => v.active[i] / v.weight[i],
  },
  {
    name: "least-response-time",
    make: () => new LeastResponseTime(),
    score: (v: BalancerView, i: number) => (v.responseTime[i] * (v.active[i] + 1)) / v.weight[i],
  },
];

describe("ScoreTree", () => {
  it("finds the lowest score and the first backend holding it from a start, wrapping round", () => {
    const tree = new ScoreTree(5);
    [3, 1, 2, 1, 4].forEach((s, i) => {
      tree.set(i, s);
    });
    expect(tree.lowest()).toBe(1);
    expect([0, 1, 2, 3, 4].map((from) => tree.firstFrom(from, 1))).toEqual([1, 1, 3, 3, 1]);
    tree.set(1, 5);
    expect([tree.lowest(), tree.firstFrom(4, 1)]).toEqual([1, 3]);
  });

  it("keeps the lowest score exact when a set stops climbing at an unchanged node (property)", () => {
    // Few distinct scores, so that most sets leave some node on their way up as it was.
    const set = fc.record({ at: fc.nat(), score: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.array(set, { maxLength: 200 }), (n, sets) => {
        const tree = new ScoreTree(n);
        const scores = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
        for (const { at, score } of sets) {
          tree.set(at % n, score);
          scores[at % n] = score;
          const lowest = Math.min(...scores);
          expect(tree.lowest()).toBe(lowest);
          const from = (at * 7) % n;
          const first = scores.findIndex((s, i) => i >= from && s <= lowest);
          expect(tree.firstFrom(from, lowest)).toBe(first >= 0 ? first : scores.indexOf(lowest));
        }
      }),
    );
  });

  it("holds NaN and +Infinity as never lowest", () => {
    const tree = new ScoreTree(3);
    tree.set(0, Number.NaN);
    tree.set(1, Number.POSITIVE_INFINITY);
    expect(tree.lowest()).toBe(Number.POSITIVE_INFINITY);
    tree.set(2, 7);
    expect([tree.lowest(), tree.firstFrom(0, 7)]).toEqual([7, 2]);
  });
});

describe.each(POLICIES)("$name over many backends (indexed in a tree)", ({ make, score }) => {
  it("picks exactly what a scan picks as loads, response times and rotation change (property)", () => {
    // Rotation changes rebuild the tree, so they are rare: most steps must go through updates.
    const step = fc.oneof(
      { arbitrary: fc.record({ op: fc.constant("pick" as const) }), weight: 12 },
      {
        arbitrary: fc.record({
          op: fc.constant("done" as const),
          at: fc.nat(),
          rt: fc.integer({ min: 1, max: 4 }),
        }),
        weight: 6,
      },
      { arbitrary: fc.record({ op: fc.constant("rotation" as const), at: fc.nat() }), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 9, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 40, maxLength: 40 }),
        fc.array(step, { minLength: 100, maxLength: 300 }),
        (count, weights, steps) => {
          const v = view(count, { weight: weights.slice(0, count) });
          const policy = make();
          let start = 0;
          for (const s of steps) {
            if (s.op === "pick") {
              const expected = scanPick(v, (i) => score(v, i), start);
              const got = policy.pick(v);
              expect(got).toBe(expected);
              if (got >= 0) {
                start = (got + 1) % count;
                v.active[got]++;
                policy.changed(v, got);
              }
            } else if (s.op === "done") {
              const b = s.at % count;
              if (v.active[b] > 0) v.active[b]--;
              // Response times in quarters, so that scores tie often.
              v.responseTime[b] = s.rt / 4;
              policy.changed(v, b);
            } else {
              const b = s.at % count;
              v.healthy[b] = 1 - v.healthy[b];
              policy.changed(v, -1);
            }
          }
        },
      ),
    );
  });
});
