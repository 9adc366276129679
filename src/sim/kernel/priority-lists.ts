import type { JobLists } from "./job-lists";
import type { Jobs } from "./jobs";

/**
 * Lists of a JobLists kept in priority order: a job goes behind every job of its level and of
 * the levels above (or, `first`, in front of its own level), so the front of a list is always
 * the most urgent job and, within a level, the order is first come first served. Each list
 * remembers the last job of every level, so an insertion looks at a handful of levels, never
 * along the list: the cost does not grow with the queue.
 *
 * Levels number from 0, the most urgent; a job's level is that of its request class.
 */
export class PriorityLists {
  /** The last job of level l in list i, at i * levels + l; -1 when the level is empty there. */
  private readonly levelTail: Int32Array;

  constructor(
    private readonly jobs: Jobs,
    readonly lists: JobLists,
    count: number,
    /** The level of each global class index. */
    private readonly levelOf: Int32Array,
    private readonly levels: number,
  ) {
    this.levelTail = new Int32Array(count * levels).fill(-1);
  }

  level(job: number): number {
    return this.levelOf[this.jobs.cls[job]];
  }

  /** Queues `job` behind its level, or at its level's front when `first` (a resumed job, LIFO). */
  push(list: number, job: number, first: boolean): void {
    const base = list * this.levels;
    const level = this.level(job);
    const tails = this.levelTail;
    let after = -1;
    if (!first) after = tails[base + level];
    for (let l = level - 1; after < 0 && l >= 0; l--) after = tails[base + l];
    this.lists.insertAfter(list, after, job);
    if (!first || tails[base + level] < 0) tails[base + level] = job;
  }

  /** Takes `job` out of `list`, wherever it is. */
  remove(list: number, job: number): void {
    const at = list * this.levels + this.level(job);
    if (this.levelTail[at] === job) {
      const before = this.jobs.prev[job];
      this.levelTail[at] = before >= 0 && this.level(before) === this.level(job) ? before : -1;
    }
    this.lists.remove(list, job);
  }

  /** The most urgent job, taken out of the list; -1 when it is empty. */
  popFront(list: number): number {
    const job = this.lists.head[list];
    if (job >= 0) this.remove(list, job);
    return job;
  }

  /** The least urgent job, the latest of the lowest level present; -1 when the list is empty. */
  last(list: number): number {
    return this.lists.tail[list];
  }

  /** Empties a list (a crash): its jobs in order. */
  drain(list: number): number[] {
    this.levelTail.fill(-1, list * this.levels, (list + 1) * this.levels);
    return this.lists.drain(list);
  }
}
