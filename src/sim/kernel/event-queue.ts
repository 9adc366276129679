/**
 * The future event list: a binary min-heap on typed arrays, ordered by time and then by the
 * order events were scheduled, so events at the same instant run first-scheduled-first and a
 * run repeats exactly (the `(time, sequence)` key of SimPy's kernel).
 *
 * An event is four integers (kind, component, a, b) in slot arrays; the heap orders slot
 * numbers. Nothing is allocated per event: slots are recycled through a free list and the
 * arrays only grow (doubling) when more events are pending than ever before. perf-notes.md
 * measured this layout 2.4–4.6x faster than a heap of objects at 100k+ pending events.
 */
export class EventQueue {
  /** Fields of the event popped last, read by the loop right after `pop()`. */
  time = 0;
  kind = 0;
  comp = 0;
  a = 0;
  b = 0;

  private capacity: number;
  private size = 0;
  private sequence = 0;
  private heapTime: Float64Array;
  private heapSeq: Float64Array;
  private heapSlot: Int32Array;
  private slotKind: Int32Array;
  private slotComp: Int32Array;
  private slotA: Int32Array;
  private slotB: Int32Array;
  private freeSlots: Int32Array;
  private freeCount = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.heapTime = new Float64Array(initialCapacity);
    this.heapSeq = new Float64Array(initialCapacity);
    this.heapSlot = new Int32Array(initialCapacity);
    this.slotKind = new Int32Array(initialCapacity);
    this.slotComp = new Int32Array(initialCapacity);
    this.slotA = new Int32Array(initialCapacity);
    this.slotB = new Int32Array(initialCapacity);
    this.freeSlots = new Int32Array(initialCapacity);
    for (let i = 0; i < initialCapacity; i++) this.freeSlots[i] = initialCapacity - 1 - i;
    this.freeCount = initialCapacity;
  }

  get length(): number {
    return this.size;
  }

  /** Time of the next event, or Infinity when none is pending. */
  peekTime(): number {
    return this.size > 0 ? this.heapTime[0] : Number.POSITIVE_INFINITY;
  }

  push(time: number, kind: number, comp: number, a: number, b: number): void {
    if (this.size === this.capacity) this.grow();
    const slot = this.freeSlots[--this.freeCount];
    this.slotKind[slot] = kind;
    this.slotComp[slot] = comp;
    this.slotA[slot] = a;
    this.slotB[slot] = b;
    const seq = this.sequence++;
    const heapTime = this.heapTime;
    const heapSeq = this.heapSeq;
    const heapSlot = this.heapSlot;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = heapTime[parent];
      if (pt < time || (pt === time && heapSeq[parent] < seq)) break;
      heapTime[i] = pt;
      heapSeq[i] = heapSeq[parent];
      heapSlot[i] = heapSlot[parent];
      i = parent;
    }
    heapTime[i] = time;
    heapSeq[i] = seq;
    heapSlot[i] = slot;
  }

  /** Removes the earliest event and exposes it in `time`, `kind`, `comp`, `a`, `b`. */
  pop(): boolean {
    if (this.size === 0) return false;
    const heapTime = this.heapTime;
    const heapSeq = this.heapSeq;
    const heapSlot = this.heapSlot;
    const slot = heapSlot[0];
    this.time = heapTime[0];
    this.kind = this.slotKind[slot];
    this.comp = this.slotComp[slot];
    this.a = this.slotA[slot];
    this.b = this.slotB[slot];
    this.freeSlots[this.freeCount++] = slot;

    const n = --this.size;
    if (n === 0) return true;
    const t = heapTime[n];
    const s = heapSeq[n];
    const sl = heapSlot[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        (heapTime[right] < heapTime[child] ||
          (heapTime[right] === heapTime[child] && heapSeq[right] < heapSeq[child]))
      ) {
        child = right;
      }
      const ct = heapTime[child];
      if (t < ct || (t === ct && s < heapSeq[child])) break;
      heapTime[i] = ct;
      heapSeq[i] = heapSeq[child];
      heapSlot[i] = heapSlot[child];
      i = child;
    }
    heapTime[i] = t;
    heapSeq[i] = s;
    heapSlot[i] = sl;
    return true;
  }

  private grow(): void {
    const old = this.capacity;
    const capacity = old * 2;
    this.heapTime = growFloat(this.heapTime, capacity);
    this.heapSeq = growFloat(this.heapSeq, capacity);
    this.heapSlot = growInt(this.heapSlot, capacity);
    this.slotKind = growInt(this.slotKind, capacity);
    this.slotComp = growInt(this.slotComp, capacity);
    this.slotA = growInt(this.slotA, capacity);
    this.slotB = growInt(this.slotB, capacity);
    // Every slot is in use when the heap is full, so the free list holds exactly the new ones.
    this.freeSlots = new Int32Array(capacity);
    for (let i = 0; i < old; i++) this.freeSlots[i] = capacity - 1 - i;
    this.freeCount = old;
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
