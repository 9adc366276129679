/**
 * The future event list, ordered by time and then by the order events were scheduled, so events
 * at the same instant run first-scheduled-first and a run repeats exactly (the `(time, sequence)`
 * key of SimPy's kernel). Any structure that pops in that total order gives the same run, so the
 * structure below changes the speed and never the results.
 *
 * An event is four integers: kind and component packed in one, then a and b. They stay put in
 * a slot of their own while the structure moves only the event's time and slot number; the
 * sequence number is looked up through the slot only when two times are equal. A slot is taken
 * on push and given back on pop, nothing is allocated per event, and the arrays only grow
 * (doubling) when more events are pending than ever before.
 *
 * Up to a few thousand pending events it is a binary min-heap on typed arrays (perf-notes.md
 * measured them 2.4–4.6x faster than heaps of objects). `pop` only reads the earliest event and
 * leaves it at the root, held: most events schedule another, and the first push after a pop
 * takes the held event's place and sifts down from the root, one sift instead of two (10 ns, a
 * fifth, less per pop and push at 37 pending). The heap's times are padded with +Infinity past
 * the last event, so a sift reads both children without checking the end and takes the smaller
 * time without a branch; only equal times branch, to compare sequence numbers.
 *
 * With more pending events a heap's sift walks ~20 levels, each a cache miss at a million
 * events: a pop and push took 10x as long at 1,000,000 pending as at 1,000, and the engine's
 * cost per event grew about 5x. Past HEAP_MAX events the queue becomes a two-level ladder (Tang,
 * Goh and Thng, "Ladder queue", 2005, with one rung): the heap keeps only the near future, the
 * events of one bucket's span of time; later events are pushed onto the stack of their time's
 * bucket (linked through the slots), and events past the last bucket onto one "far" stack. When
 * the heap runs dry, the next non-empty bucket is poured into it; when the buckets run out, the
 * far stack is spread over new buckets about PER_BUCKET events wide. Every event is stacked once
 * or twice and sorted only inside a small heap: a pop and push at a million pending went from
 * 10x to 3x the cost at 1,000, what is left being the cache misses of reading each event's record
 * long after it was written. When fewer than HEAP_MIN events are left at a respread, they all go
 * back into the heap.
 *
 * Which bucket an event belongs to is `floor((time - rungStart) * invWidth)`, a monotone function
 * of time: equal times always land together, and every event in the heap precedes every event in
 * a bucket, which precedes every event further on. Inside the heap, ties go by sequence number.
 */
const KIND_BITS = 8;
const KIND_MASK = (1 << KIND_BITS) - 1;
/**
 * Above this many events in the heap, it becomes a ladder: the two cost about the same around
 * 10,000 pending (docs/engine-performance.md).
 */
const HEAP_MAX = 4096;
/** A respread with fewer events than this goes back to the heap alone. */
const HEAP_MIN = 1024;
/** Events per bucket aimed at when the far list is spread. */
const PER_BUCKET = 4;
const NONE = -1;
const RECORD_BYTES = 32;

export class EventQueue {
  /** Fields of the event popped last, read by the loop right after `pop()`. */
  time = 0;
  kind = 0;
  comp = 0;
  a = 0;
  b = 0;

  private capacity: number;
  /** Events pending, the held one included: the slots in use. */
  private size = 0;
  /** Events in the heap, the held one included. */
  private heapSize = 0;
  /** The event popped last is still at the root, to be replaced by the next push. */
  private held = false;
  private sequence = 0;
  /** The heap, in heap order: each event's time and slot. */
  private heapTime: Float64Array;
  private heapSlot: Int32Array;
  /** Free slots at positions size..capacity-1: a push takes `free[size]`, a pop puts one back. */
  private free: Int32Array;
  /**
   * By slot, a record of 32 bytes, so an event's fields share one cache line: as doubles at
   * 4 * slot, the time (of an event outside the heap only) and the sequence number; as 32-bit
   * integers at 8 * slot + 4, kind with component + 1 above it, a, b, and the next slot of the
   * event's list. Two views of one buffer.
   */
  private recF: Float64Array;
  private recI: Int32Array;

  /** Buckets and far list are in use (false: everything is in the heap). */
  private ladder = false;
  private rungStart = 0;
  private invWidth = 0;
  /** Events whose bucket number is below this belong to the heap. */
  private heapEnd = 0;
  private buckets = 0;
  private bucketHead = new Int32Array(0);
  private farHead = NONE;
  private farCount = 0;
  /** Earliest and latest finite times in the far list. */
  private farMin = Number.POSITIVE_INFINITY;
  private farMax = Number.NEGATIVE_INFINITY;
  /**
   * The heap's size at which it becomes a ladder: above HEAP_MAX after a respread put many
   * events at one instant back into the heap, so they are not moved out again at the next push.
   */
  private heapMax = HEAP_MAX;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.heapTime = new Float64Array(initialCapacity + 1).fill(Number.POSITIVE_INFINITY);
    this.heapSlot = new Int32Array(initialCapacity + 1);
    this.free = Int32Array.from({ length: initialCapacity }, (_, i) => i);
    const records = new ArrayBuffer(initialCapacity * RECORD_BYTES);
    this.recF = new Float64Array(records);
    this.recI = new Int32Array(records);
  }

  get length(): number {
    return this.held ? this.size - 1 : this.size;
  }

  /** Time of the next event, or Infinity when none is pending. */
  peekTime(): number {
    if (this.held) this.removeHeld();
    if (this.heapSize === 0 && this.ladder) this.refill();
    return this.heapSize > 0 ? this.heapTime[0] : Number.POSITIVE_INFINITY;
  }

  /** `kind` must be below 256 and `comp` at least -1. */
  push(time: number, kind: number, comp: number, a: number, b: number): void {
    if (this.ladder && !((time - this.rungStart) * this.invWidth < this.heapEnd)) {
      this.pushLater(time, kind, comp, a, b);
      return;
    }
    if (this.held) {
      // The new event takes the held one's place, and its slot, at the root.
      this.held = false;
      this.fillSlot(this.heapSlot[0], kind, comp, a, b);
      this.heapTime[0] = time;
      this.siftDown(0, this.heapSize);
      return;
    }
    if (this.size === this.capacity) this.grow();
    if (this.heapSize >= this.heapMax && !this.ladder) {
      this.toLadder();
      this.pushLater(time, kind, comp, a, b);
      return;
    }
    const slot = this.free[this.size++];
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
    this.size--;
    const n = --this.heapSize;
    this.free[this.size] = this.heapSlot[0];
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

  /** A new event past the heap's span: into its bucket, or the far list. */
  private pushLater(time: number, kind: number, comp: number, a: number, b: number): void {
    if (this.held) this.removeHeld();
    if (this.size === this.capacity) this.grow();
    const slot = this.free[this.size++];
    this.fillSlot(slot, kind, comp, a, b);
    this.recF[slot << 2] = time;
    const x = (time - this.rungStart) * this.invWidth;
    if (x < this.buckets) this.add(Math.floor(x), slot);
    else this.addFar(slot, time);
  }

  /**
   * Lists are stacks, the newest event first: adding touches only the list's head and the
   * event's own record, and their order does not matter (heapInsert compares sequence numbers).
   */
  private add(bucket: number, slot: number): void {
    this.recI[(slot << 3) + 7] = this.bucketHead[bucket];
    this.bucketHead[bucket] = slot;
  }

  private addFar(slot: number, time: number): void {
    this.recI[(slot << 3) + 7] = this.farHead;
    this.farHead = slot;
    this.farCount++;
    if (time < this.farMin) this.farMin = time;
    if (time > this.farMax && time < Number.POSITIVE_INFINITY) this.farMax = time;
  }

  /** Inserts an event from a list into the heap, comparing sequence numbers on equal times. */
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

  /** Moves a list of slots into the heap. */
  private pour(head: number): void {
    for (let s = head; s !== NONE; ) {
      const next = this.recI[(s << 3) + 7];
      this.heapInsert(s);
      s = next;
    }
  }

  /** The heap is empty: fills it from the next non-empty bucket, or spreads the far list. */
  private refill(): void {
    while (this.heapSize === 0 && this.ladder) {
      let c = this.heapEnd;
      while (c < this.buckets && this.bucketHead[c] === NONE) c++;
      if (c < this.buckets) {
        const head = this.bucketHead[c];
        this.bucketHead[c] = NONE;
        this.heapEnd = c + 1;
        this.pour(head);
        return;
      }
      if (this.farCount === 0) {
        this.heapEnd = this.buckets;
        return;
      }
      this.respread();
    }
  }

  /** Spreads the far list over new buckets, or back into the heap when it is short. */
  private respread(): void {
    const head = this.farHead;
    const n = this.farCount;
    const min = this.farMin;
    const span = this.farMax - min;
    this.farHead = NONE;
    this.farCount = 0;
    this.farMin = Number.POSITIVE_INFINITY;
    this.farMax = Number.NEGATIVE_INFINITY;
    if (n < HEAP_MIN || !(span > 0)) {
      // Few events, all at one instant, or none at a finite time: the heap takes them all.
      this.ladder = false;
      this.buckets = 0;
      this.heapEnd = 0;
      this.heapMax = Math.max(HEAP_MAX, 2 * n);
      this.pour(head);
      return;
    }
    const buckets = Math.ceil(n / PER_BUCKET);
    if (this.bucketHead.length < buckets) {
      this.bucketHead = new Int32Array(buckets).fill(NONE);
    }
    this.buckets = buckets;
    this.rungStart = min;
    this.invWidth = buckets / span;
    this.heapEnd = 0;
    for (let s = head; s !== NONE; ) {
      const next = this.recI[(s << 3) + 7];
      const t = this.recF[s << 2];
      const x = (t - min) * this.invWidth;
      // The latest time may round to one past the last bucket: it waits in the far list.
      if (x < buckets) this.add(Math.floor(x), s);
      else this.addFar(s, t);
      s = next;
    }
  }

  /** The heap has grown past HEAP_MAX: everything moves to the far list, spread at next pop. */
  private toLadder(): void {
    if (this.held) this.removeHeld();
    const n = this.heapSize;
    for (let i = 0; i < n; i++) {
      const slot = this.heapSlot[i];
      const t = this.heapTime[i];
      this.recF[slot << 2] = t;
      this.addFar(slot, t);
      this.heapTime[i] = Number.POSITIVE_INFINITY;
    }
    this.heapSize = 0;
    this.ladder = true;
    this.buckets = 0;
    this.heapEnd = 0;
    this.rungStart = 0;
    // With no buckets, every new event goes to the far list until the next pop spreads it.
    this.invWidth = 0;
  }

  private grow(): void {
    const old = this.capacity;
    const capacity = old * 2;
    const heapTime = new Float64Array(capacity + 1).fill(Number.POSITIVE_INFINITY);
    heapTime.set(this.heapTime.subarray(0, old));
    this.heapTime = heapTime;
    this.heapSlot = growInt(this.heapSlot, capacity + 1);
    // Every slot is in use when the queue is full, so the new ones are the free ones.
    this.free = new Int32Array(capacity);
    for (let i = old; i < capacity; i++) this.free[i] = i;
    const records = new ArrayBuffer(capacity * RECORD_BYTES);
    const recF = new Float64Array(records);
    recF.set(this.recF);
    this.recF = recF;
    this.recI = new Int32Array(records);
    this.capacity = capacity;
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
