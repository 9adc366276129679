import type { JobLists } from "../kernel/job-lists";
import { FLAG_COMPUTING, type Jobs } from "../kernel/jobs";
import type { TimeWeighted } from "../metrics/time-weighted";

/**
 * The CPU of each instance of a server whose workers outnumber its cores: n jobs computing on c
 * cores each progress at rate min(1, c/n) (egalitarian processor sharing, as an OS scheduler
 * time-slicing threads; a Python process under the GIL is c = 1).
 *
 * Instead of updating every job's remaining work at each change, the instance keeps a virtual
 * clock that advances at the per-job rate; a job that needs w seconds of CPU finishes when the
 * virtual clock reaches its start reading plus w (the classic virtual-time technique of fair
 * queueing schedulers). Only the soonest finisher has a pending event; a change of n reschedules
 * it and the `token` makes the superseded event stale.
 */
export class SharedCpu {
  readonly token: Int32Array;
  private readonly computing: Int32Array;
  private readonly virtualTime: Float64Array;
  private readonly updatedAt: Float64Array;

  constructor(
    instances: number,
    private readonly cores: number,
    private readonly jobs: Jobs,
    private readonly lists: JobLists,
    /** The list of an instance's jobs in service, where computing jobs are found. */
    private readonly serviceList: (instance: number) => number,
    /** Cores computing, over all instances: min(n, cores) each, what the CPU is busy with. */
    private readonly coresBusy: TimeWeighted,
  ) {
    this.token = new Int32Array(instances);
    this.computing = new Int32Array(instances);
    this.virtualTime = new Float64Array(instances);
    this.updatedAt = new Float64Array(instances);
  }

  /** `job` starts computing `work` seconds of CPU; returns the delay to the next completion. */
  start(now: number, instance: number, job: number, work: number): number {
    this.advance(now, instance);
    this.setComputing(now, instance, this.computing[instance] + 1);
    this.jobs.work[job] = this.virtualTime[instance] + work;
    this.jobs.flags[job] |= FLAG_COMPUTING;
    return this.nextDelay(instance);
  }

  /**
   * The pending completion of an instance is due: returns the job that finished (no longer
   * computing) and leaves the delay to the next completion in `pendingDelay` (-1 for none).
   */
  finish(now: number, instance: number): number {
    this.advance(now, instance);
    const job = this.soonest(instance);
    if (this.virtualTime[instance] < this.jobs.work[job])
      this.virtualTime[instance] = this.jobs.work[job];
    this.jobs.flags[job] &= ~FLAG_COMPUTING;
    this.setComputing(now, instance, this.computing[instance] - 1);
    this.pendingDelay = this.nextDelay(instance);
    return job;
  }

  pendingDelay = -1;

  /** A crash: nothing computes on the instance any more. */
  clear(now: number, instance: number): void {
    this.setComputing(now, instance, 0);
    this.token[instance]++;
  }

  private setComputing(now: number, instance: number, n: number): void {
    const before = Math.min(this.computing[instance], this.cores);
    this.computing[instance] = n;
    const after = Math.min(n, this.cores);
    if (after !== before) this.coresBusy.add(now, after - before);
  }

  private advance(now: number, instance: number): void {
    const n = this.computing[instance];
    if (n > 0) this.virtualTime[instance] += (now - this.updatedAt[instance]) * this.rate(n);
    this.updatedAt[instance] = now;
  }

  private rate(n: number): number {
    return n <= this.cores ? 1 : this.cores / n;
  }

  /** Bumps the token and returns the delay until the soonest finisher, or -1 if none computes. */
  private nextDelay(instance: number): number {
    this.token[instance]++;
    const n = this.computing[instance];
    if (n === 0) return -1;
    const left = this.jobs.work[this.soonest(instance)] - this.virtualTime[instance];
    return Math.max(0, left) / this.rate(n);
  }

  private soonest(instance: number): number {
    const jobs = this.jobs;
    let best = -1;
    let bestWork = Number.POSITIVE_INFINITY;
    for (let j = this.lists.head[this.serviceList(instance)]; j >= 0; j = jobs.next[j]) {
      if ((jobs.flags[j] & FLAG_COMPUTING) !== 0 && jobs.work[j] < bestWork) {
        bestWork = jobs.work[j];
        best = j;
      }
    }
    return best;
  }
}
