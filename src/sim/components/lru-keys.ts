/**
 * The keys a cache holds: at most `capacity` of them, the least recently used evicted first,
 * each fresh until its expiry time. Keys are the small integers clients draw (0..universe-1),
 * so the index from key to slot is a typed array, and the recency order a doubly linked list
 * through slot arrays: every operation is O(1) and allocates nothing.
 */
export class LruKeys {
  size = 0;
  evictions = 0;
  private readonly slotOf: Int32Array;
  private readonly keyOf: Int32Array;
  private readonly expires: Float64Array;
  private readonly newer: Int32Array;
  private readonly older: Int32Array;
  /** Most and least recently used slots, -1 when empty. */
  private newest = -1;
  private oldest = -1;

  constructor(
    readonly capacity: number,
    universe: number,
  ) {
    this.slotOf = new Int32Array(universe).fill(-1);
    this.keyOf = new Int32Array(capacity);
    this.expires = new Float64Array(capacity);
    this.newer = new Int32Array(capacity);
    this.older = new Int32Array(capacity);
  }

  /** Whether `key` is held and fresh at `now`; a hit makes it the most recently used. */
  get(key: number, now: number): boolean {
    const slot = this.slotOf[key];
    if (slot < 0) return false;
    if (this.expires[slot] <= now) {
      this.delete(key);
      return false;
    }
    this.unlink(slot);
    this.linkNewest(slot);
    return true;
  }

  /** Holds `key` until `expiresAt`, evicting the least recently used key when full. */
  put(key: number, expiresAt: number): void {
    if (this.capacity === 0) return;
    let slot = this.slotOf[key];
    if (slot >= 0) {
      this.unlink(slot);
    } else if (this.size < this.capacity) {
      slot = this.size++;
    } else {
      slot = this.oldest;
      this.unlink(slot);
      this.slotOf[this.keyOf[slot]] = -1;
      this.evictions++;
    }
    this.slotOf[key] = slot;
    this.keyOf[slot] = key;
    this.expires[slot] = expiresAt;
    this.linkNewest(slot);
  }

  delete(key: number): void {
    const slot = this.slotOf[key];
    if (slot < 0) return;
    this.unlink(slot);
    this.slotOf[key] = -1;
    // Keep slots dense: the last slot moves into the freed one.
    const last = --this.size;
    if (slot !== last) {
      const movedKey = this.keyOf[last];
      const wasNewer = this.newer[last];
      const wasOlder = this.older[last];
      this.keyOf[slot] = movedKey;
      this.expires[slot] = this.expires[last];
      this.newer[slot] = wasNewer;
      this.older[slot] = wasOlder;
      if (wasNewer >= 0) this.older[wasNewer] = slot;
      else this.newest = slot;
      if (wasOlder >= 0) this.newer[wasOlder] = slot;
      else this.oldest = slot;
      this.slotOf[movedKey] = slot;
    }
  }

  /** Forgets every key (a cache that restarts comes back cold). */
  clear(): void {
    for (let s = 0; s < this.size; s++) this.slotOf[this.keyOf[s]] = -1;
    this.size = 0;
    this.newest = -1;
    this.oldest = -1;
  }

  private unlink(slot: number): void {
    const n = this.newer[slot];
    const o = this.older[slot];
    if (n >= 0) this.older[n] = o;
    else this.newest = o;
    if (o >= 0) this.newer[o] = n;
    else this.oldest = n;
  }

  private linkNewest(slot: number): void {
    this.newer[slot] = -1;
    this.older[slot] = this.newest;
    if (this.newest >= 0) this.newer[this.newest] = slot;
    else this.oldest = slot;
    this.newest = slot;
  }
}
