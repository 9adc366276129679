/**
 * The future event list: a binary min-heap on typed arrays, ordered by time and then by the
 * order events were scheduled, so events at the same instant run first-scheduled-first and a
 * run repeats exactly (the `(time, sequence)` key of SimPy's kernel).
 *
 * An event is four integers: kind and component packed in one, then a and b. They stay put in
 * a slot of their own while the heap moves only the event's time and slot number, two values
 * instead of six per level of a sift, like the yardstick's heap of (time, kind); the sequence
 * number is looked up through the slot only when two times are equal. A slot is taken on push
 * and given back on pop, nothing is allocated per event, and the arrays only grow (doubling)
 * when more events are pending than ever before. perf-notes.md measured typed-array heaps
 * 2.4–4.6x faster than heaps of objects at 100k+ pending events.
 *
 * `pop` only reads the earliest event and leaves it at the root, held. Most events schedule
 * another, and the first push after a pop takes the held event's place and sifts down from the
 * root: one sift instead of a sift down to remove and a sift up to insert, which measured 10 ns
 * (a fifth) less per pop and push at 37 pending events. Anything else that looks at the heap
 * first removes the held event the ordinary way, so the order of events is the same as before.
 *
 * The heap's times are padded with +Infinity past the last event (one spare position beyond the
 * capacity), so a sift reads both children without checking the end and takes the smaller time
 * without a branch; only equal times branch, to compare sequence numbers. Measured per pop and
 * push: 59.0 -> 52.9 ns at 37 pending, 104 -> 70 ns at 1,000.
 */
const KIND_BITS = 8;
const KIND_MASK = (1 << KIND_BITS) - 1;

export class EventQueue {
  /** Fields of the event popped last, read by the loop right after `pop()`. */
  time = 0;
  kind = 0;
  comp = 0;
  a = 0;
  b = 0;

  private capacity: number;
  /** Events in the heap, the held one included. */
  private size = 0;
  /** The event popped last is still at the root, to be replaced by the next push. */
  private held = false;
  private sequence = 0;
  /** The heap, in heap order: each event's time and slot. */
  private heapTime: Float64Array;
  private heapSlot: Int32Array;
  /** Free slots at positions size..capacity-1: a push takes `free[size]`, a pop puts one back. */
  private free: Int32Array;
  /** By slot: the event's sequence number, kind with component + 1 above it, a and b. */
  private slotSeq: Float64Array;
  private slotKindComp: Int32Array;
  private slotA: Int32Array;
  private slotB: Int32Array;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.heapTime = new Float64Array(initialCapacity + 1).fill(Number.POSITIVE_INFINITY);
    this.heapSlot = new Int32Array(initialCapacity + 1);
    this.free = Int32Array.from({ length: initialCapacity }, (_, i) => i);
    this.slotSeq = new Float64Array(initialCapacity);
    this.slotKindComp = new Int32Array(initialCapacity);
    this.slotA = new Int32Array(initialCapacity);
    this.slotB = new Int32Array(initialCapacity);
  }

  get length(): number {
    return this.held ? this.size - 1 : this.size;
  }

  /** Time of the next event, or Infinity when none is pending. */
  peekTime(): number {
    if (this.held) this.removeHeld();
    return this.size > 0 ? this.heapTime[0] : Number.POSITIVE_INFINITY;
  }

  /** `kind` must be below 256 and `comp` at least -1. */
  push(time: number, kind: number, comp: number, a: number, b: number): void {
    if (this.held) {
      // The new event takes the held one's place, and its slot, at the root.
      this.held = false;
      this.fillSlot(this.heapSlot[0], kind, comp, a, b);
      this.heapTime[0] = time;
      this.siftDown(0, this.size);
      return;
    }
    if (this.size === this.capacity) this.grow();
    const slot = this.free[this.size];
    this.fillSlot(slot, kind, comp, a, b);
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    let i = this.size++;
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
    if (this.size === 0 || this.heapTime[0] > until) return false;
    const top = this.heapSlot[0];
    const kc = this.slotKindComp[top];
    this.time = this.heapTime[0];
    this.kind = kc & KIND_MASK;
    this.comp = (kc >> KIND_BITS) - 1;
    this.a = this.slotA[top];
    this.b = this.slotB[top];
    this.held = true;
    return true;
  }

  /** The held event leaves: the last event of the heap takes its place at the root. */
  private removeHeld(): void {
    this.held = false;
    const n = --this.size;
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
    this.slotSeq[slot] = this.sequence++;
    this.slotKindComp[slot] = ((comp + 1) << KIND_BITS) | kind;
    this.slotA[slot] = a;
    this.slotB[slot] = b;
  }

  /**
   * Places the event at heap position `from` (the root, or just past the end) from the root down
   * in a heap of `n` events. It takes positions, not the event's time: a double passed to a
   * call V8 does not inline is boxed, a heap allocation per event.
   */
  private siftDown(from: number, n: number): void {
    const heapTime = this.heapTime;
    const heapSlot = this.heapSlot;
    const slotSeq = this.slotSeq;
    const t = heapTime[from];
    const slot = heapSlot[from];
    const seq = slotSeq[slot];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      // Past the end the heap holds +Infinity, so the right child can be read without a check,
      // and the smaller child is picked without a branch unless the two times are equal.
      const lt = heapTime[child];
      const rt = heapTime[child + 1];
      if (rt === lt) {
        if (child + 1 < n && slotSeq[heapSlot[child + 1]] < slotSeq[heapSlot[child]]) child++;
      } else child += +(rt < lt);
      const ct = heapTime[child];
      if (t < ct || (t === ct && seq < slotSeq[heapSlot[child]])) break;
      heapTime[i] = ct;
      heapSlot[i] = heapSlot[child];
      i = child;
    }
    heapTime[i] = t;
    heapSlot[i] = slot;
  }

  private grow(): void {
    const old = this.capacity;
    const capacity = old * 2;
    const heapTime = new Float64Array(capacity + 1).fill(Number.POSITIVE_INFINITY);
    heapTime.set(this.heapTime);
    this.heapTime = heapTime;
    this.heapSlot = growInt(this.heapSlot, capacity + 1);
    // Every slot is in use when the queue is full, so the new ones are the free ones.
    this.free = new Int32Array(capacity);
    for (let i = old; i < capacity; i++) this.free[i] = i;
    this.slotSeq = growFloat(this.slotSeq, capacity);
    this.slotKindComp = growInt(this.slotKindComp, capacity);
    this.slotA = growInt(this.slotA, capacity);
    this.slotB = growInt(this.slotB, capacity);
    this.capacity = capacity;
  }
}

function growFloat(a: Float64Array, capacity: number): Float64Array {
  const b = new Float64Array(capacity);
  b.set(a);
  return b;
}

function growInt(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}
