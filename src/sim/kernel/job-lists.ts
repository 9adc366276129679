import type { Jobs } from "./jobs";

/**
 * A set of doubly linked lists of jobs threaded through the job table's `next`/`prev` columns:
 * an instance's waiting queue, its jobs in service. A job is in at most one list at a time, so
 * one pair of link columns serves all of them, and insertion and removal are O(1) with no
 * allocation.
 */
export class JobLists {
  readonly head: Int32Array;
  readonly tail: Int32Array;
  readonly size: Int32Array;

  constructor(
    private readonly jobs: Jobs,
    count: number,
  ) {
    this.head = new Int32Array(count).fill(-1);
    this.tail = new Int32Array(count).fill(-1);
    this.size = new Int32Array(count);
  }

  pushBack(list: number, j: number): void {
    const { next, prev } = this.jobs;
    const t = this.tail[list];
    prev[j] = t;
    next[j] = -1;
    if (t >= 0) next[t] = j;
    else this.head[list] = j;
    this.tail[list] = j;
    this.size[list]++;
  }

  pushFront(list: number, j: number): void {
    const { next, prev } = this.jobs;
    const h = this.head[list];
    next[j] = h;
    prev[j] = -1;
    if (h >= 0) prev[h] = j;
    else this.tail[list] = j;
    this.head[list] = j;
    this.size[list]++;
  }

  /** Puts `j` right after `after`, which is in `list`; at the front when `after` is -1. */
  insertAfter(list: number, after: number, j: number): void {
    if (after < 0) {
      this.pushFront(list, j);
      return;
    }
    const { next, prev } = this.jobs;
    const n = next[after];
    prev[j] = after;
    next[j] = n;
    next[after] = j;
    if (n >= 0) prev[n] = j;
    else this.tail[list] = j;
    this.size[list]++;
  }

  remove(list: number, j: number): void {
    const { next, prev } = this.jobs;
    const p = prev[j];
    const n = next[j];
    if (p >= 0) next[p] = n;
    else this.head[list] = n;
    if (n >= 0) prev[n] = p;
    else this.tail[list] = p;
    next[j] = -1;
    prev[j] = -1;
    this.size[list]--;
  }

  popFront(list: number): number {
    const j = this.head[list];
    if (j >= 0) this.remove(list, j);
    return j;
  }

  popBack(list: number): number {
    const j = this.tail[list];
    if (j >= 0) this.remove(list, j);
    return j;
  }

  /** Empties a list and returns its jobs in order (for a crash, which is rare: it may allocate). */
  drain(list: number): number[] {
    const out: number[] = [];
    for (let j = this.popFront(list); j >= 0; j = this.popFront(list)) out.push(j);
    return out;
  }
}
