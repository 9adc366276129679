/**
 * The future event list, ordered by time and then by the order events were scheduled, so events
 * at the same instant run first-scheduled-first and a run repeats exactly (the `(time, sequence)`
 * key of SimPy's kernel). Any structure that pops in that total order gives the same run, so the
 * structure below changes the speed and never the results.
 *
 * An event is four integers: kind and component packed in one, then a and b. Up to a few
 * thousand pending events it is a binary min-heap on typed arrays (perf-notes.md measured them
 * 2.4–4.6x faster than heaps of objects). The heap moves only each event's time and slot; the
 * event's fields stay put in a 32-byte record of its slot, and the sequence number is looked up
 * through the slot only when two times are equal. `pop` only reads the earliest event and leaves
 * it at the root, held: most events schedule another, and the first push after a pop takes the
 * held event's place and sifts down from the root, one sift instead of two. The heap's times are
 * padded with +Infinity past the last event, so a sift reads both children without checking the
 * end and takes the smaller time without a branch; only equal times branch.
 *
 * With more pending events a heap's sift walks ~20 levels, each a cache miss at a million events.
 * Past HEAP_MAX events the queue becomes a ladder queue (Tang, Goh and Thng, "Ladder queue",
 * 2005): the heap keeps only the near future; later events are appended to the bucket of their
 * time on one of up to MAX_RUNGS rungs of BUCKETS buckets each, or to the unsorted "top" past the
 * last rung. When the heap runs dry, the deepest rung's next non-empty bucket is poured into it,
 * or, holding more than POUR_MAX events, spread over a new, finer rung; a rung whose buckets are
 * all spent is dropped, and when none is left the top is spread over a new first rung.
 *
 * Memory is what this design is about: at a million pending events the events no longer fit in
 * the cache, so each bucket stores its events themselves (time, sequence and fields) in chunks
 * of CHUNK records that are appended to and read back in order. A push writes at the end of one
 * of a few hundred buckets, whose last chunks stay in the cache, and a pour or a spread reads its
 * bucket in order, which the hardware prefetches. A linked list through each event's own record
 * (the ladder this replaced) read one record at a time, each a cache miss that depended on the
 * one before (docs/engine-performance.md has the figures).
 *
 * Which bucket of rung i an event belongs to is `floor((time - start_i) * inv_i)`, clamped to the
 * rung's buckets below the first rung: a monotone function of time, so equal times always land
 * together and an event in a bucket precedes every event of a later bucket. Every rung holds only
 * the events of the bucket `cur` of the rung above it, the heap only events earlier than every
 * bucket of every rung past its `cur`, and the top only events later than the first rung's last
 * bucket. Inside the heap, ties go by sequence number.
 */
const KIND_BITS = 8;
const KIND_MASK = (1 << KIND_BITS) - 1;
/**
 * Above this many events in the heap, it becomes a ladder: the two cost about the same around
 * 10,000 pending (docs/engine-performance.md).
 */
const HEAP_MAX = 4096;
/** Spreading the top with fewer events than this puts them all back into the heap. */
const HEAP_MIN = 1024;
/** Buckets a rung: few enough that the last chunk of each stays in the cache. */
const BUCKETS = 256;
/** A bucket of at most this many events is poured into the heap; a larger one gets a rung. */
const POUR_MAX = 128;
const MAX_RUNGS = 8;
/** Events a chunk of a bucket: 2 KB. */
const CHUNK = 64;
const NONE = -1;
const RECORD_BYTES = 32;
/** The list number of the top; rung i's buckets are lists i * BUCKETS to i * BUCKETS + 255. */
const TOP = MAX_RUNGS * BUCKETS;
/** `listOf`'s answer for an event that belongs to the heap. */
const HEAP = -1;

/**
 * Whether a rung can part events whose times span `span`. Not when there is no span (all at one
 * instant, or never-due), nor when BUCKETS / span overflows (a span of 5e-323 s, say): spread
 * over an infinite inverse, every event landed back where it came from, and the next pop spread
 * them again for ever.
 */
function partable(span: number): boolean {
  return span > 0 && BUCKETS / span < Number.POSITIVE_INFINITY;
}

export interface Limits {
  /** Events in the heap past which it becomes a ladder. */
  heapMax: number;
  /** Spreading the top with fewer events than this puts them all back into the heap. */
  heapMin: number;
  /** A bucket of at most this many events is poured into the heap; a larger one gets a rung. */
  pourMax: number;
}

const DEFAULT_LIMITS: Limits = { heapMax: HEAP_MAX, heapMin: HEAP_MIN, pourMax: POUR_MAX };

export class EventQueue {
  /** Fields of the event popped last, read by the loop right after `pop()`. */
  time = 0;
  kind = 0;
  comp = 0;
  a = 0;
  b = 0;

  private capacity: number;
  /** Events in the heap, the held one included: also the slots in use. */
  private heapSize = 0;
  /** The event popped last is still at the root, to be replaced by the next push. */
  private held = false;
  private sequence = 0;
  /** The heap, in heap order: each event's time and slot. */
  private heapTime: Float64Array;
  private heapSlot: Int32Array;
  /** Free slots at positions heapSize..capacity-1: a push takes one, a pop puts one back. */
  private free: Int32Array;
  /**
   * By slot, a record of 32 bytes, so an event's fields share one cache line: as doubles at
   * 4 * slot, the time (while being poured) and the sequence number; as 32-bit integers at
   * 8 * slot + 4, kind with component + 1 above it, a and b. Two views of one buffer.
   */
  private recF: Float64Array;
  private recI: Int32Array;

  /** Rungs and top are in use (false: everything is in the heap). */
  private ladder = false;
  /** Events in rungs and top. */
  private later = 0;
  private rungs = 0;
  private rungStart = new Float64Array(MAX_RUNGS);
  private rungInv = new Float64Array(MAX_RUNGS);
  /** The bucket of each rung whose events are in the rung below, or the heap. */
  private rungCur = new Int32Array(MAX_RUNGS);
  /**
   * Lists (the buckets, then the top) as chains of chunks: first and last chunk, events in the
   * last chunk (CHUNK when the list is empty, so an append needs one test), events in all.
   */
  private listHead = new Int32Array(TOP + 1).fill(NONE);
  private listTail = new Int32Array(TOP + 1).fill(NONE);
  private listFill = new Int32Array(TOP + 1).fill(CHUNK);
  private listCount = new Int32Array(TOP + 1);
  /** Earliest and latest finite times in the top. */
  private topMin = Number.POSITIVE_INFINITY;
  private topMax = Number.NEGATIVE_INFINITY;
  /**
   * Chunk records, laid out as slot records with the time in the first double; the next chunk of
   * each chunk's list; the free chunks, a stack so that a chunk just read is the next written.
   */
  private chunkF = new Float64Array(0);
  private chunkI = new Int32Array(0);
  private chunkNext: Int32Array = new Int32Array(0);
  private chunkFree = new Int32Array(0);
  private freeChunks = 0;
  /**
   * The heap's size at which it becomes a ladder: above HEAP_MAX after a spread put many events
   * at one instant back into the heap, so they are not moved out again at the next push.
   */
  private heapMax: number;
  private readonly limits: Limits;

  /** `limits` other than the defaults are for tests, to reach the ladder with few events. */
  constructor(initialCapacity = 1024, limits: Limits = DEFAULT_LIMITS) {
    this.capacity = initialCapacity;
    this.limits = limits;
    this.heapMax = limits.heapMax;
    this.heapTime = new Float64Array(initialCapacity + 1).fill(Number.POSITIVE_INFINITY);
    this.heapSlot = new Int32Array(initialCapacity + 1);
    this.free = Int32Array.from({ length: initialCapacity }, (_, i) => i);
    const records = new ArrayBuffer(initialCapacity * RECORD_BYTES);
    this.recF = new Float64Array(records);
    this.recI = new Int32Array(records);
  }

  get length(): number {
    return (this.held ? this.heapSize - 1 : this.heapSize) + this.later;
  }

  /** Time of the next event, or Infinity when none is pending. */
  peekTime(): number {
    if (this.held) this.removeHeld();
    if (this.heapSize === 0 && this.ladder) this.refill();
    return this.heapSize > 0 ? this.heapTime[0] : Number.POSITIVE_INFINITY;
  }

  /** `kind` must be below 256 and `comp` at least -1. */
  push(time: number, kind: number, comp: number, a: number, b: number): void {
    if (this.ladder) {
      const list = this.listOf(time);
      if (list !== HEAP) {
        this.pushLater(list, time, ((comp + 1) << KIND_BITS) | kind, a, b);
        return;
      }
    }
    if (this.held) {
      // The new event takes the held one's place, and its slot, at the root.
      this.held = false;
      this.fillSlot(this.heapSlot[0], kind, comp, a, b);
      this.heapTime[0] = time;
      this.siftDown(0, this.heapSize);
      return;
    }
    if (this.heapSize >= this.heapMax && !this.ladder) {
      this.toLadder();
      this.pushLater(TOP, time, ((comp + 1) << KIND_BITS) | kind, a, b);
      return;
    }
    if (this.heapSize === this.capacity) this.grow();
    const slot = this.free[this.heapSize];
    this.fillSlot(slot, kind, comp, a, b);
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = heapTime[parent];
      // A later-scheduled event never precedes an equal-time one already in the heap.
      if (pt <= time) break;
      heapTime[i] = pt;
      heapSlot[i] = heapSlot[parent];
      i = parent;
    }
    heapTime[i] = time;
    heapSlot[i] = slot;
  }

  /** Removes the earliest event and exposes it in `time`, `kind`, `comp`, `a`, `b`. */
  pop(): boolean {
    return this.popUntil(Number.POSITIVE_INFINITY);
  }

  /** `pop`, but only an event due at or before `until`: false, and nothing taken, otherwise. */
  popUntil(until: number): boolean {
    if (this.held) this.removeHeld();
    if (this.heapSize === 0 && this.ladder) this.refill();
    if (this.heapSize === 0 || this.heapTime[0] > until) return false;
    const r = this.heapSlot[0] << 3;
    const recI = this.recI;
    const kc = recI[r + 4];
    this.time = this.heapTime[0];
    this.kind = kc & KIND_MASK;
    this.comp = (kc >> KIND_BITS) - 1;
    this.a = recI[r + 5];
    this.b = recI[r + 6];
    this.held = true;
    return true;
  }

  /** The held event leaves: the last event of the heap takes its place at the root. */
  private removeHeld(): void {
    this.held = false;
    const n = --this.heapSize;
    this.free[n] = this.heapSlot[0];
    if (n > 0) {
      const heapTime = this.heapTime;
      heapTime[0] = heapTime[n];
      this.heapSlot[0] = this.heapSlot[n];
      heapTime[n] = Number.POSITIVE_INFINITY;
      this.siftDown(0, n);
    } else this.heapTime[0] = Number.POSITIVE_INFINITY;
  }

  private fillSlot(slot: number, kind: number, comp: number, a: number, b: number): void {
    this.recF[(slot << 2) + 1] = this.sequence++;
    const r = slot << 3;
    const recI = this.recI;
    recI[r + 4] = ((comp + 1) << KIND_BITS) | kind;
    recI[r + 5] = a;
    recI[r + 6] = b;
  }

  /**
   * Places the event at heap position `from` (the root, or just past the end) from the root down
   * in a heap of `n` events. It takes positions, not the event's time: a double passed to a
   * call V8 does not inline is boxed, a heap allocation per event.
   */
  private siftDown(from: number, n: number): void {
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    const recF = this.recF;
    const t = heapTime[from];
    const slot = heapSlot[from];
    const seq = recF[(slot << 2) + 1];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      // Past the end the heap holds +Infinity, so the right child can be read without a check,
      // and the smaller child is picked without a branch unless the two times are equal.
      const lt = heapTime[child];
      const rt = heapTime[child + 1];
      if (rt === lt) {
        if (child + 1 < n && seqOf(recF, heapSlot[child + 1]) < seqOf(recF, heapSlot[child])) {
          child++;
        }
      } else child += +(rt < lt);
      const ct = heapTime[child];
      if (t < ct || (t === ct && seq < seqOf(recF, heapSlot[child]))) break;
      heapTime[i] = ct;
      heapSlot[i] = heapSlot[child];
      i = child;
    }
    heapTime[i] = t;
    heapSlot[i] = slot;
  }

  /**
   * The list an event at `time` belongs to, or HEAP: the bucket of the first rung that places it
   * past that rung's `cur`. An event in a rung's `cur` bucket goes on to the rung below; an
   * event before it precedes everything outside the heap.
   */
  private listOf(time: number): number {
    const k = this.rungs;
    if (k === 0) return TOP;
    const x0 = (time - this.rungStart[0]) * this.rungInv[0];
    if (!(x0 < BUCKETS)) return TOP;
    const b0 = Math.floor(x0);
    const cur0 = this.rungCur[0];
    if (b0 > cur0) return b0;
    if (b0 < cur0) return HEAP;
    for (let i = 1; i < k; i++) {
      const x = (time - this.rungStart[i]) * this.rungInv[i];
      const bucket = x < 0 ? 0 : x < BUCKETS ? Math.floor(x) : BUCKETS - 1;
      const cur = this.rungCur[i];
      if (bucket > cur) return i * BUCKETS + bucket;
      if (bucket < cur) return HEAP;
    }
    return HEAP;
  }

  private pushLater(list: number, time: number, kc: number, a: number, b: number): void {
    if (this.held) this.removeHeld();
    this.append(list, time, this.sequence++, kc, a, b);
    this.later++;
    if (list === TOP) this.widenTop(time);
  }

  private widenTop(time: number): void {
    if (time < this.topMin) this.topMin = time;
    if (time > this.topMax && time < Number.POSITIVE_INFINITY) this.topMax = time;
  }

  /** Writes an event at the end of a list, in a new chunk when its last one is full. */
  private append(list: number, time: number, seq: number, kc: number, a: number, b: number): void {
    let tail = this.listTail[list];
    let fill = this.listFill[list];
    if (fill === CHUNK) {
      if (this.freeChunks === 0) this.growChunks();
      const c = this.chunkFree[--this.freeChunks];
      this.chunkNext[c] = NONE;
      if (tail === NONE) this.listHead[list] = c;
      else this.chunkNext[tail] = c;
      this.listTail[list] = c;
      tail = c;
      fill = 0;
    }
    this.listFill[list] = fill + 1;
    this.listCount[list]++;
    const r = tail * CHUNK + fill;
    this.chunkF[r << 2] = time;
    this.chunkF[(r << 2) + 1] = seq;
    const chunkI = this.chunkI;
    chunkI[(r << 3) + 4] = kc;
    chunkI[(r << 3) + 5] = a;
    chunkI[(r << 3) + 6] = b;
  }

  /** Empties a list's head, returning its first chunk; its chunks are read, then freed. */
  private detach(list: number): number {
    const head = this.listHead[list];
    this.listHead[list] = NONE;
    this.listTail[list] = NONE;
    this.listFill[list] = CHUNK;
    this.listCount[list] = 0;
    return head;
  }

  /** Events in chunk `c` of a list whose last chunk is `tail`, holding `tailFill`. */
  private static used(c: number, tail: number, tailFill: number): number {
    return c === tail ? tailFill : CHUNK;
  }

  private freeChunk(c: number): void {
    this.chunkFree[this.freeChunks++] = c;
  }

  /** The heap is empty: fills it from the next non-empty bucket, or spreads the top. */
  private refill(): void {
    for (;;) {
      const k = this.rungs;
      if (k === 0) {
        if (this.listCount[TOP] === 0) {
          this.ladder = false;
          this.heapMax = this.limits.heapMax;
          return;
        }
        if (!this.spreadTop()) return;
        continue;
      }
      const i = k - 1;
      const base = i * BUCKETS;
      let c = this.rungCur[i] + 1;
      while (c < BUCKETS && this.listCount[base + c] === 0) c++;
      if (c === BUCKETS) {
        this.rungs = i;
        continue;
      }
      this.rungCur[i] = c;
      if (
        this.listCount[base + c] <= this.limits.pourMax ||
        k === MAX_RUNGS ||
        !this.spreadBucket(base + c)
      ) {
        this.pour(base + c);
        return;
      }
    }
  }

  /** Moves a list's events into the heap, comparing sequence numbers on equal times. */
  private pour(list: number): void {
    const tail = this.listTail[list];
    const tailFill = this.listFill[list];
    this.later -= this.listCount[list];
    const chunkF = this.chunkF;
    const chunkI = this.chunkI;
    for (let c = this.detach(list); c !== NONE; ) {
      const end = c * CHUNK + EventQueue.used(c, tail, tailFill);
      for (let r = c * CHUNK; r < end; r++) {
        if (this.heapSize === this.capacity) this.grow();
        const slot = this.free[this.heapSize];
        const s = slot << 2;
        this.recF[s] = chunkF[r << 2];
        this.recF[s + 1] = chunkF[(r << 2) + 1];
        this.recI[(s << 1) + 4] = chunkI[(r << 3) + 4];
        this.recI[(s << 1) + 5] = chunkI[(r << 3) + 5];
        this.recI[(s << 1) + 6] = chunkI[(r << 3) + 6];
        this.heapInsert(slot);
      }
      const next = this.chunkNext[c];
      this.freeChunk(c);
      c = next;
    }
  }

  /** Inserts the event of a slot into the heap, comparing sequence numbers on equal times. */
  private heapInsert(slot: number): void {
    const recF = this.recF;
    const time = recF[slot << 2];
    const seq = recF[(slot << 2) + 1];
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = heapTime[parent];
      if (pt < time || (pt === time && seqOf(recF, heapSlot[parent]) < seq)) break;
      heapTime[i] = pt;
      heapSlot[i] = heapSlot[parent];
      i = parent;
    }
    heapTime[i] = time;
    heapSlot[i] = slot;
  }

  /**
   * Spreads the top over a new first rung, or, when it is short or no rung can part its times,
   * pours it into the heap and leaves the ladder: false then.
   */
  private spreadTop(): boolean {
    const n = this.listCount[TOP];
    const min = this.topMin;
    const span = this.topMax - min;
    this.topMin = Number.POSITIVE_INFINITY;
    this.topMax = Number.NEGATIVE_INFINITY;
    if (n < this.limits.heapMin || !partable(span)) {
      this.ladder = false;
      this.heapMax = Math.max(this.limits.heapMax, 2 * n);
      this.pour(TOP);
      return false;
    }
    const inv = BUCKETS / span;
    this.rungStart[0] = min;
    this.rungInv[0] = inv;
    this.rungCur[0] = -1;
    this.rungs = 1;
    const tail = this.listTail[TOP];
    const tailFill = this.listFill[TOP];
    const chunkF = this.chunkF;
    const chunkI = this.chunkI;
    for (let c = this.detach(TOP); c !== NONE; ) {
      const end = c * CHUNK + EventQueue.used(c, tail, tailFill);
      for (let r = c * CHUNK; r < end; r++) {
        const t = chunkF[r << 2];
        const x = (t - min) * inv;
        // The latest time may round to one past the last bucket: it waits in the top.
        const list = x < BUCKETS ? Math.floor(x) : TOP;
        this.append(
          list,
          t,
          chunkF[(r << 2) + 1],
          chunkI[(r << 3) + 4],
          chunkI[(r << 3) + 5],
          chunkI[(r << 3) + 6],
        );
        if (list === TOP) this.widenTop(t);
      }
      const next = this.chunkNext[c];
      this.freeChunk(c);
      c = next;
    }
    return true;
  }

  /**
   * Spreads a bucket of the deepest rung over a new rung below it, or returns false when no rung
   * can part its events' times (the heap takes them).
   */
  private spreadBucket(list: number): boolean {
    const tail = this.listTail[list];
    const tailFill = this.listFill[list];
    const chunkF = this.chunkF;
    const chunkI = this.chunkI;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let c = this.listHead[list]; c !== NONE; c = this.chunkNext[c]) {
      const end = c * CHUNK + EventQueue.used(c, tail, tailFill);
      for (let r = c * CHUNK; r < end; r++) {
        const t = chunkF[r << 2];
        if (t < min) min = t;
        if (t > max) max = t;
      }
    }
    if (!partable(max - min)) return false;
    const k = this.rungs;
    const inv = BUCKETS / (max - min);
    this.rungStart[k] = min;
    this.rungInv[k] = inv;
    this.rungCur[k] = -1;
    this.rungs = k + 1;
    const base = k * BUCKETS;
    for (let c = this.detach(list); c !== NONE; ) {
      const end = c * CHUNK + EventQueue.used(c, tail, tailFill);
      for (let r = c * CHUNK; r < end; r++) {
        const x = (chunkF[r << 2] - min) * inv;
        this.append(
          base + (x < BUCKETS ? Math.floor(x) : BUCKETS - 1),
          chunkF[r << 2],
          chunkF[(r << 2) + 1],
          chunkI[(r << 3) + 4],
          chunkI[(r << 3) + 5],
          chunkI[(r << 3) + 6],
        );
      }
      const next = this.chunkNext[c];
      this.freeChunk(c);
      c = next;
    }
    return true;
  }

  /** The heap has grown past its limit: everything moves to the top, spread at the next pop. */
  private toLadder(): void {
    if (this.held) this.removeHeld();
    const n = this.heapSize;
    const recF = this.recF;
    const recI = this.recI;
    for (let i = 0; i < n; i++) {
      const slot = this.heapSlot[i];
      const t = this.heapTime[i];
      this.append(
        TOP,
        t,
        recF[(slot << 2) + 1],
        recI[(slot << 3) + 4],
        recI[(slot << 3) + 5],
        recI[(slot << 3) + 6],
      );
      this.widenTop(t);
      this.free[i] = slot;
      this.heapTime[i] = Number.POSITIVE_INFINITY;
    }
    this.later += n;
    this.heapSize = 0;
    this.ladder = true;
    this.rungs = 0;
  }

  private grow(): void {
    const old = this.capacity;
    const capacity = old * 2;
    const heapTime = new Float64Array(capacity + 1).fill(Number.POSITIVE_INFINITY);
    heapTime.set(this.heapTime.subarray(0, old));
    this.heapTime = heapTime;
    this.heapSlot = growInt(this.heapSlot, capacity + 1);
    // Every slot is in use when the heap is full, so the new ones are the free ones.
    this.free = new Int32Array(capacity);
    for (let i = old; i < capacity; i++) this.free[i] = i;
    const records = new ArrayBuffer(capacity * RECORD_BYTES);
    const recF = new Float64Array(records);
    recF.set(this.recF);
    this.recF = recF;
    this.recI = new Int32Array(records);
    this.capacity = capacity;
  }

  /** Doubles the chunks; called with none free, so the new ones are the free ones. */
  private growChunks(): void {
    const old = this.chunkNext.length;
    const chunks = Math.max(64, old * 2);
    const records = new ArrayBuffer(chunks * CHUNK * RECORD_BYTES);
    const chunkF = new Float64Array(records);
    chunkF.set(this.chunkF);
    this.chunkF = chunkF;
    this.chunkI = new Int32Array(records);
    this.chunkNext = growInt(this.chunkNext, chunks);
    this.chunkFree = new Int32Array(chunks);
    for (let c = chunks - 1; c >= old; c--) this.chunkFree[this.freeChunks++] = c;
  }
}

function seqOf(recF: Float64Array, slot: number): number {
  return recF[(slot << 2) + 1];
}

function growInt(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}
