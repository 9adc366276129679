import seedrandom from "seedrandom";
import { Rng } from "../src/sim/random/stream";

/**
 * The speed limit to measure the engine against: M/M/1 as a minimal tight loop, a binary heap
 * on typed arrays keyed by time, integer-coded events, seedrandom's xor128, and nothing else
 * (no components, no statistics beyond a departure count and the sum of sojourn times).
 *
 * Its xor128 is the engine's Rng class, the same numbers as seedrandom's closure: a fresh
 * closure each call had made this function deoptimise in some rounds (a wrong call target),
 * 0.17-0.18 s a round instead of 0.15 s, which flattered the engine's ratio by up to a sixth.
 */
export function yardstickMM1(
  arrivalRate: number,
  serviceRate: number,
  customers: number,
): {
  events: number;
  meanSojourn: number;
} {
  const rng = new Rng(seedrandom.xor128("yardstick", { state: true }).state());
  const capacity = 1 << 16;
  const heapTime = new Float64Array(capacity);
  const heapKind = new Int32Array(capacity);
  let size = 0;

  const push = (t: number, kind: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapTime[parent] <= t) break;
      heapTime[i] = heapTime[parent];
      heapKind[i] = heapKind[parent];
      i = parent;
    }
    heapTime[i] = t;
    heapKind[i] = kind;
  };

  // Arrival times of the waiting customers, a ring buffer (FIFO).
  const ring = new Float64Array(1 << 20);
  const mask = ring.length - 1;
  let head = 0;
  let tail = 0;
  let now = 0;
  let events = 0;
  let departed = 0;
  let sojournSum = 0;
  push(-Math.log(1 - rng.next()) / arrivalRate, 0);
  while (departed < customers) {
    now = heapTime[0];
    const kind = heapKind[0];
    const n = --size;
    if (n > 0) {
      const t = heapTime[n];
      const k = heapKind[n];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && heapTime[c + 1] < heapTime[c]) c++;
        if (t <= heapTime[c]) break;
        heapTime[i] = heapTime[c];
        heapKind[i] = heapKind[c];
        i = c;
      }
      heapTime[i] = t;
      heapKind[i] = k;
    }
    events++;
    if (kind === 0) {
      ring[tail] = now;
      tail = (tail + 1) & mask;
      if (((tail - head) & mask) === 1) push(now - Math.log(1 - rng.next()) / serviceRate, 1);
      push(now - Math.log(1 - rng.next()) / arrivalRate, 0);
    } else {
      sojournSum += now - ring[head];
      head = (head + 1) & mask;
      departed++;
      if (head !== tail) push(now - Math.log(1 - rng.next()) / serviceRate, 1);
    }
  }
  return { events, meanSojourn: sojournSum / departed };
}
