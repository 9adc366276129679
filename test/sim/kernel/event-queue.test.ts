import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue, type Limits } from "../../../src/sim/kernel/event-queue";

interface Popped {
  time: number;
  kind: number;
  comp: number;
  a: number;
  b: number;
}

function popAll(queue: EventQueue): Popped[] {
  const out: Popped[] = [];
  while (queue.pop()) {
    out.push({ time: queue.time, kind: queue.kind, comp: queue.comp, a: queue.a, b: queue.b });
  }
  return out;
}

describe("EventQueue", () => {
  it("pops events in time order whatever order they were scheduled in", () => {
    const queue = new EventQueue();
    for (const t of [5, 1, 4, 2, 3]) queue.push(t, 0, 0, t * 10, 0);
    expect(popAll(queue).map((e) => e.time)).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives back the kind, component and both arguments of each event", () => {
    const queue = new EventQueue();
    queue.push(2, 7, -1, -5, 2_000_000_000);
    queue.push(1, 3, 4, 11, 12);
    expect(popAll(queue)).toEqual([
      { time: 1, kind: 3, comp: 4, a: 11, b: 12 },
      { time: 2, kind: 7, comp: -1, a: -5, b: 2_000_000_000 },
    ]);
  });

  it("runs events at the same instant first-scheduled-first", () => {
    const queue = new EventQueue();
    for (let i = 0; i < 10; i++) queue.push(3, 0, 0, i, 0);
    queue.push(1, 0, 0, -1, 0);
    expect(popAll(queue).map((e) => e.a)).toEqual([-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("keeps same-instant events in scheduling order after growing past its initial capacity", () => {
    const queue = new EventQueue(4);
    // Two instants interleaved, 50 events each: far past 4, so the arrays double several times.
    for (let i = 0; i < 100; i++) queue.push(i % 2 === 0 ? 2 : 1, i, 0, i, 0);
    expect(queue.length).toBe(100);
    const popped = popAll(queue);
    const odd = Array.from({ length: 50 }, (_, i) => 2 * i + 1);
    const even = Array.from({ length: 50 }, (_, i) => 2 * i);
    expect(popped.map((e) => e.a)).toEqual([...odd, ...even]);
    expect(popped.map((e) => e.kind)).toEqual([...odd, ...even]);
  });

  it("reports Infinity as the next time and refuses to pop when empty", () => {
    const queue = new EventQueue();
    expect(queue.peekTime()).toBe(Number.POSITIVE_INFINITY);
    expect(queue.pop()).toBe(false);
    queue.push(0.5, 0, 0, 0, 0);
    expect(queue.peekTime()).toBe(0.5);
    expect(queue.length).toBe(1);
    expect(queue.pop()).toBe(true);
    expect(queue.length).toBe(0);
    expect(queue.pop()).toBe(false);
  });

  it("interleaves pushes and pops, reusing the slots of popped events", () => {
    const queue = new EventQueue(2);
    queue.push(10, 0, 0, 1, 0);
    queue.push(5, 0, 0, 2, 0);
    queue.pop();
    expect([queue.time, queue.a]).toEqual([5, 2]);
    queue.push(7, 0, 0, 3, 0);
    queue.push(10, 0, 0, 4, 0);
    queue.push(6, 0, 0, 5, 0);
    expect(popAll(queue).map((e) => [e.time, e.a])).toEqual([
      [6, 5],
      [7, 3],
      [10, 1],
      [10, 4],
    ]);
  });

  it("pops like a stable sort by time, ties broken by insertion order (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 8 }),
        (times, capacity) => {
          const queue = new EventQueue(capacity);
          times.forEach((t, i) => {
            queue.push(t / 4, 0, 0, i, 0);
          });
          const reference = times
            .map((t, i) => ({ time: t / 4, a: i }))
            .sort((x, y) => x.time - y.time || x.a - y.a);
          const popped = popAll(queue).map((e) => ({ time: e.time, a: e.a }));
          expect(popped).toEqual(reference);
        },
      ),
    );
  });

  /**
   * Pushes, pops and peeks against a reference sorted by (time, scheduling order). With tiny
   * limits the queue turns into a ladder after a handful of events and spreads any bucket of more
   * than two, so short command lists exercise rungs, the top and the moves between them.
   */
  const matchesReference = (limits: Limits | undefined, time: fc.Arbitrary<number>) => {
    // A pop leaves its event held at the root for the next push to replace; a peek in between
    // removes it the ordinary way. Both paths must give the same order.
    const command = fc.oneof(
      fc.record({ op: fc.constant("push" as const), time }),
      fc.record({ op: fc.constant("push" as const), time }),
      fc.record({ op: fc.constant("pop" as const) }),
      fc.record({ op: fc.constant("peek" as const) }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 400, size: "max" }), (commands) => {
        const queue = new EventQueue(2, limits);
        const reference: { time: number; seq: number }[] = [];
        let seq = 0;
        for (const c of commands) {
          if (c.op === "push") {
            queue.push(c.time, seq % 256, (seq % 7) - 1, seq, seq ^ 0x5555);
            reference.push({ time: c.time, seq: seq++ });
          } else if (c.op === "peek") {
            const earliest = Math.min(...reference.map((r) => r.time));
            expect(queue.peekTime()).toBe(earliest);
          } else {
            reference.sort((x, y) => x.time - y.time || x.seq - y.seq);
            const expected = reference.shift();
            expect(queue.pop()).toBe(expected !== undefined);
            if (expected) {
              expect([queue.time, queue.a, queue.b, queue.kind, queue.comp]).toEqual([
                expected.time,
                expected.seq,
                expected.seq ^ 0x5555,
                expected.seq % 256,
                (expected.seq % 7) - 1,
              ]);
            }
          }
          expect(queue.length).toBe(reference.length);
        }
      }),
    );
  };

  it("matches a sorted reference under any interleaving of pushes, pops and peeks (property)", () => {
    matchesReference(undefined, fc.integer({ min: 0, max: 10 }));
  });

  it("matches the reference as a ladder of many rungs, with ties, wide and never-due times (property)", () => {
    const tiny: Limits = { heapMax: 4, heapMin: 2, pourMax: 2 };
    matchesReference(
      tiny,
      fc.oneof(
        fc.integer({ min: 0, max: 10 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e-9, noNaN: true }),
        fc.constant(Number.POSITIVE_INFINITY),
      ),
    );
  });

  it("empties a ladder of events too close together for any rung to part them", () => {
    // 256 buckets over a span of 5e-323 s would each be narrower than the smallest double: the
    // spread put every event back in the top, and the next pop spread it again for ever.
    const queue = new EventQueue(1, { heapMax: 4, heapMin: 2, pourMax: 2 });
    const times = [5e-323, 0, 1e-323, 4e-323, 0, 3e-323, 2e-323, 5e-323];
    times.forEach((t, i) => {
      queue.push(t, 0, 0, i, 0);
    });
    expect(popAll(queue).map((e) => e.time)).toEqual([...times].sort((x, y) => x - y));
  });

  it("pops like a stable sort as a ladder, whatever order the events came in (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 300, size: "max" }),
        (times) => {
          const queue = new EventQueue(1, { heapMax: 4, heapMin: 2, pourMax: 2 });
          times.forEach((t, i) => {
            queue.push(t / 8, 0, 0, i, 0);
          });
          const reference = times
            .map((t, i) => ({ time: t / 8, a: i }))
            .sort((x, y) => x.time - y.time || x.a - y.a);
          expect(popAll(queue).map((e) => ({ time: e.time, a: e.a }))).toEqual(reference);
        },
      ),
    );
  });

  describe("with tens of thousands pending, where it spreads later events over buckets", () => {
    // Delays with many ties (quarters of a second), same-instant events, far outliers and
    // never-due events, so heap, buckets, far list and the moves between them are all used.
    const delays = [0, 0, 0.25, 0.5, 1, 1, 2, 3.75, 100, 1e6, Number.POSITIVE_INFINITY];

    /** A tiny deterministic generator (an LCG), so the test is the same every run. */
    function lcg(seed: number): () => number {
      let s = seed >>> 0;
      return () => {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        return s / 2 ** 32;
      };
    }

    it.each([1, 2, 3])("pops every event once, in (time, scheduling order), seed %i", (seed) => {
      const random = lcg(seed);
      const queue = new EventQueue(8);
      const scheduled: number[] = [];
      let seq = 0;
      const push = (now: number): void => {
        const delay = delays[Math.floor(random() * delays.length)];
        const time = delay === 0 ? now : now + delay * (random() < 0.5 ? 1 : random());
        queue.push(time, seq % 256, (seq % 1000) - 1, seq, seq ^ 0x5555);
        scheduled.push(time);
        seq++;
      };
      for (let i = 0; i < 20_000; i++) push(0);
      let lastTime = Number.NEGATIVE_INFINITY;
      let lastSeq = -1;
      let popped = 0;
      let now = 0;
      // Counted rather than asserted per event: an expect per event made the test slow.
      let outOfOrder = 0;
      let garbled = 0;
      const step = (): boolean => {
        const peek = queue.peekTime();
        if (!queue.pop()) return false;
        const a = queue.a;
        // Later than the previous event, or at the same instant and scheduled after it.
        if (!(queue.time > lastTime || (queue.time === lastTime && a > lastSeq))) outOfOrder++;
        if (
          queue.time !== peek ||
          queue.time !== scheduled[a] ||
          queue.kind !== a % 256 ||
          queue.comp !== (a % 1000) - 1 ||
          queue.b !== (a ^ 0x5555)
        ) {
          garbled++;
        }
        lastTime = queue.time;
        lastSeq = a;
        now = queue.time;
        popped++;
        return true;
      };
      // The queue grows past and shrinks below the size where it changes structure twice.
      for (let i = 0; i < 60_000; i++) {
        if (!step()) break;
        if (now < Number.POSITIVE_INFINITY) {
          push(now);
          if (random() < (i < 30_000 ? 0.5 : 0.3)) push(now);
        }
        if (i % 7 === 0 && !step()) break;
      }
      expect(queue.popUntil(lastTime - 1)).toBe(false);
      while (step());
      expect({ outOfOrder, garbled, popped, left: queue.length }).toEqual({
        outOfOrder: 0,
        garbled: 0,
        popped: seq,
        left: 0,
      });
    });
  });
});
