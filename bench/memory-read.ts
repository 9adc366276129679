/**
 * The memory of this machine as the bench's yardstick for the pending-events curve: the CPU
 * nanoseconds of one dependent random read among `records` records of 32 bytes (an event's
 * record in the event queue), following a random cycle through them so that no read can start
 * before the one before it ends and no prefetcher can guess the next. Among 100 records that is
 * a read of the L1 cache; among a million (32 MB) it is the L3 cache or main memory, which other
 * processes of a shared machine compete for. A simulation whose timers outgrow the cache pays
 * at least one such read an event (the state of whoever's timer fired), whatever its queue.
 */
const INTS_A_RECORD = 8;

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export function dependentReadNs(records: number, reads = 4_000_000): number {
  const next = new Int32Array(records * INTS_A_RECORD);
  const order = Int32Array.from({ length: records }, (_, i) => i);
  // Fisher-Yates with a fixed LCG, so the cycle is the same every run.
  let s = 12345;
  for (let i = records - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = Math.floor((s / 2 ** 32) * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  for (let i = 0; i < records; i++) {
    next[order[i] * INTS_A_RECORD] = order[(i + 1) % records];
  }
  let p = 0;
  // One lap first, so the cycle's pages are mapped and the small cases sit in the cache.
  for (let i = 0; i < Math.min(records, reads); i++) p = next[p * INTS_A_RECORD];
  const c0 = cpuSeconds();
  for (let i = 0; i < reads; i++) p = next[p * INTS_A_RECORD];
  const seconds = cpuSeconds() - c0;
  // Reading p keeps the loop from being optimised away.
  return p < 0 ? Number.NaN : (seconds / reads) * 1e9;
}
