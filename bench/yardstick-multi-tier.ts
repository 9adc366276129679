import seedrandom from "seedrandom";
import { Rng } from "../src/sim/random/stream";

/**
 * The bench's multi-tier scenario (scenarios.ts) written by hand as a tight loop in the M/M/1
 * yardstick's style: the same heap, generator and integer-coded events, and only what this one
 * scenario needs. Poisson arrivals; least-connections over 4 web instances, ties in turn; 16
 * workers each, FIFO, exponential 20 ms; then a sync call to one of 2 database instances in
 * turn, 16 workers, exponential 16 ms, while the web worker waits. No statistics beyond the mean
 * sojourn time.
 *
 * It answers what the multi-tier target asks of the engine: with 37 events pending instead of
 * the M/M/1 loop's 2, each pop and push walks five levels of the heap instead of one, and the
 * request takes three events, so even this loop runs about a third of the M/M/1 yardstick's
 * events a second.
 */
export function yardstickMultiTier(
  rate: number,
  requests: number,
): { events: number; meanSojourn: number } {
  const rng = new Rng(seedrandom.xor128("yardstick", { state: true }).state());
  const WEB = 4;
  const WEB_WORKERS = 16;
  const WEB_MEAN = 0.02;
  const DB = 2;
  const DB_WORKERS = 16;
  const DB_MEAN = 0.016;
  // Event kinds.
  const ARRIVAL = 0;
  const WEB_DONE = 1;
  const DB_DONE = 2;
  const capacity = 1 << 16;
  const heapTime = new Float64Array(capacity);
  const heapKind = new Int32Array(capacity);
  const heapJob = new Int32Array(capacity);
  let size = 0;
  // The yardstick's heap with the request's row beside each event, written out here rather than
  // shared: each loop stands alone as a speed limit, with nothing V8 might or might not inline.
  const push = (t: number, kind: number, job: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapTime[parent] <= t) break;
      heapTime[i] = heapTime[parent];
      heapKind[i] = heapKind[parent];
      heapJob[i] = heapJob[parent];
      i = parent;
    }
    heapTime[i] = t;
    heapKind[i] = kind;
    heapJob[i] = job;
  };
  // Requests in flight: arrival time, web and database instance, rows recycled.
  const jobs = 1 << 16;
  const jobArrived = new Float64Array(jobs);
  const jobWeb = new Int32Array(jobs);
  const jobDb = new Int32Array(jobs);
  const freeList = new Int32Array(jobs);
  for (let i = 0; i < jobs; i++) freeList[i] = jobs - 1 - i;
  let free = jobs;
  // Each instance's FIFO queue, a ring of request rows.
  const RING = 1 << 14;
  const rmask = RING - 1;
  const webRing = new Int32Array(WEB * RING);
  const webHead = new Int32Array(WEB);
  const webTail = new Int32Array(WEB);
  const webBusy = new Int32Array(WEB);
  const webActive = new Int32Array(WEB);
  const dbRing = new Int32Array(DB * RING);
  const dbHead = new Int32Array(DB);
  const dbTail = new Int32Array(DB);
  const dbBusy = new Int32Array(DB);
  let lcStart = 0;
  let dbNext = 0;
  let now = 0;
  let events = 0;
  let departed = 0;
  let sojournSum = 0;
  const startDb = (d: number, job: number): void => {
    dbBusy[d]++;
    push(now - Math.log(1 - rng.next()) * DB_MEAN, DB_DONE, job);
  };
  push(-Math.log(1 - rng.next()) / rate, ARRIVAL, 0);
  while (departed < requests) {
    now = heapTime[0];
    const kind = heapKind[0];
    const job = heapJob[0];
    const n = --size;
    if (n > 0) {
      const t = heapTime[n];
      const k = heapKind[n];
      const jb = heapJob[n];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && heapTime[c + 1] < heapTime[c]) c++;
        if (t <= heapTime[c]) break;
        heapTime[i] = heapTime[c];
        heapKind[i] = heapKind[c];
        heapJob[i] = heapJob[c];
        i = c;
      }
      heapTime[i] = t;
      heapKind[i] = k;
      heapJob[i] = jb;
    }
    events++;
    if (kind === ARRIVAL) {
      // Arrival: least connections with ties in turn, then the web instance's FIFO.
      const j = freeList[--free];
      jobArrived[j] = now;
      let best = -1;
      let bestActive = 1 << 30;
      for (let k = 0, i = lcStart; k < WEB; k++, i++) {
        if (i === WEB) i = 0;
        if (webActive[i] < bestActive) {
          bestActive = webActive[i];
          best = i;
        }
      }
      lcStart = best + 1 === WEB ? 0 : best + 1;
      webActive[best]++;
      jobWeb[j] = best;
      if (webBusy[best] < WEB_WORKERS) {
        webBusy[best]++;
        push(now - Math.log(1 - rng.next()) * WEB_MEAN, WEB_DONE, j);
      } else {
        webRing[best * RING + webTail[best]] = j;
        webTail[best] = (webTail[best] + 1) & rmask;
      }
      push(now - Math.log(1 - rng.next()) / rate, ARRIVAL, 0);
    } else if (kind === WEB_DONE) {
      // Web done computing: a sync call to the database, round robin, the worker held.
      const d = dbNext;
      dbNext = dbNext + 1 === DB ? 0 : dbNext + 1;
      jobDb[job] = d;
      if (dbBusy[d] < DB_WORKERS) startDb(d, job);
      else {
        dbRing[d * RING + dbTail[d]] = job;
        dbTail[d] = (dbTail[d] + 1) & rmask;
      }
    } else {
      // Database done: its worker takes the next call; the web worker is freed and answers.
      const d = jobDb[job];
      dbBusy[d]--;
      if (dbHead[d] !== dbTail[d]) {
        const next = dbRing[d * RING + dbHead[d]];
        dbHead[d] = (dbHead[d] + 1) & rmask;
        startDb(d, next);
      }
      const w = jobWeb[job];
      webBusy[w]--;
      webActive[w]--;
      if (webHead[w] !== webTail[w]) {
        const next = webRing[w * RING + webHead[w]];
        webHead[w] = (webHead[w] + 1) & rmask;
        webBusy[w]++;
        push(now - Math.log(1 - rng.next()) * WEB_MEAN, WEB_DONE, next);
      }
      sojournSum += now - jobArrived[job];
      departed++;
      freeList[free++] = job;
    }
  }
  return { events, meanSojourn: sojournSum / departed };
}
