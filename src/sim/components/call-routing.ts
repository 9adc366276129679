import type { Call, Server } from "../../scenario/types";
import type { Jobs } from "../kernel/jobs";
import type { Rng } from "../random/stream";

/** Whether a server's calls need a routing stream: some call is made with a probability or a cap. */
export function isRouted(spec: Server): boolean {
  return spec.calls.some((c) => c.probability !== undefined || c.maxVisits !== undefined);
}

/**
 * Which of a server's calls a request makes (extension): a call with a `probability` is made when
 * a draw falls under it; the calls of a `choice` (next to each other, validated) share one draw,
 * which picks the first whose running sum of probabilities exceeds it, or none past their sum;
 * a call with `maxVisits` is made only while the request's chain of callers holds fewer visits
 * to its target than that. A probability of 1 draws nothing.
 */
export class CallRouting {
  private readonly probability: Float64Array;
  private readonly cap: Int32Array;
  /** For a call of a choice, the index of its choice's first call and one past its last; else -1. */
  private readonly first: Int32Array;
  private readonly end: Int32Array;

  constructor(
    calls: Call[],
    private readonly targets: Int32Array,
    private readonly jobs: Jobs,
    private readonly rng: Rng,
  ) {
    const n = calls.length;
    this.probability = Float64Array.from(calls, (c) => c.probability ?? 1);
    this.cap = Int32Array.from(calls, (c) => c.maxVisits ?? 0);
    this.first = new Int32Array(n).fill(-1);
    this.end = new Int32Array(n).fill(-1);
    for (let k = 0; k < n; k++) {
      const choice = calls[k].choice;
      if (choice === undefined) continue;
      const first = k > 0 && calls[k - 1].choice === choice ? this.first[k - 1] : k;
      this.first[k] = first;
      let end = k + 1;
      while (end < n && calls[end].choice === choice) end++;
      this.end[k] = end;
    }
  }

  /**
   * Reaching call `k` of `job`'s calls in order: the call to make now (k, or the call its choice
   * picks), or -1 for none, after which the walk goes on at `after(k)`. A choice is decided at its
   * first call; the walk reaches its other calls only on the way back from one of them.
   */
  decide(job: number, k: number): number {
    const first = this.first[k];
    if (first >= 0) {
      if (first !== k) return -1;
      const u = this.rng.next();
      let sum = 0;
      for (let m = k; m < this.end[k]; m++) {
        sum += this.probability[m];
        if (u < sum) return this.allowed(job, m) ? m : -1;
      }
      return -1;
    }
    if (!this.allowed(job, k)) return -1;
    const p = this.probability[k];
    return p >= 1 || this.rng.next() < p ? k : -1;
  }

  /** Where the walk goes on after call `k` (made or not): past its whole choice. */
  after(k: number): number {
    return this.first[k] >= 0 ? this.end[k] : k + 1;
  }

  /** Whether call `k` is under its cap: visits to its target along `job`'s callers. */
  private allowed(job: number, k: number): boolean {
    const cap = this.cap[k];
    if (cap === 0) return true;
    const jobs = this.jobs;
    const target = this.targets[k];
    let visits = 0;
    for (let j = job; j >= 0; j = jobs.parent[j]) {
      if (jobs.comp[j] === target && ++visits >= cap) return false;
    }
    return true;
  }
}
