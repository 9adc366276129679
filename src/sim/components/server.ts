import type { Call, Server as ServerSpec } from "../../scenario/types";
import { SimComponent } from "../kernel/component";
import type { Simulation } from "../kernel/simulation";
import { OK, REJECTED, UNAVAILABLE } from "../outcome";
import type { PriorityLevels } from "../priority-levels";
import { FIELD } from "../probe-fields";
import type { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import type { ComponentSummary } from "../summary";
import { CallRouting } from "./call-routing";
import { CircuitBreaker } from "./circuit-breaker";
import { replicaFigures } from "./replica-figures";
import {
  ABSENT,
  POOL_EVENT_KINDS,
  type PoolOwner,
  type Presence,
  READY,
  WorkerPool,
} from "./worker-pool";

/** A change of a capacity schedule (the pool's own event kinds come first). */
const EV_CAPACITY = POOL_EVENT_KINDS;

export interface ServerOptions {
  spec: ServerSpec;
  /** The most replicas an autoscaler may give it; defaults to `spec.replicas`. */
  maxReplicas?: number;
  /** Service time per global class index. */
  service: Sampler[];
  /** Component index of each call's target, in the order of `spec.calls`. */
  callTargets: number[];
  /** Global class index each call is limited to, or -1 for every class. */
  callClasses: number[];
  /** Whether each call's target holds its callers when full (backpressure); all false if absent. */
  callBlocks?: boolean[];
  /** Class priority levels, absent when every class has the same priority. */
  priority?: PriorityLevels;
  streams: { service: Rng; faults: Rng };
  /** Draws for probabilistic calls; null when no call has a probability or a cap. */
  routing?: Rng | null;
}

/**
 * An application service: `replicas` identical instances whose workers (a WorkerPool) take
 * requests from a queue, compute, then make the server's calls in order. A blocking worker stays
 * held while it waits on a sync call (thread per request: a slow dependency exhausts the pool);
 * a non-blocking one is freed (an event loop). A call may have a timeout and a circuit breaker.
 */
export class Server extends SimComponent implements PoolOwner {
  private readonly sim: Simulation;
  private readonly spec: ServerSpec;
  private readonly calls: Call[];
  private readonly blocking: boolean;
  private readonly pool: WorkerPool;
  /** The breaker of each call, or null for calls without one. */
  private readonly breakers: (CircuitBreaker | null)[];
  private breakerBase = { opened: 0, shortCircuited: 0 };
  /**
   * What each call needs on every request, in arrays of its own rather than read from the
   * scenario's objects (whose shapes vary with the options they set): its target, the class it
   * is limited to (-1 for all), whether it is async, its timeout (0 for none) and its bulkhead's
   * limit (Infinity for none).
   */
  private readonly callTarget: Int32Array;
  private readonly callClass: Int32Array;
  private readonly callAsync: Uint8Array;
  private readonly callTimeout: Float64Array;
  private readonly callLimit: Float64Array;
  /**
   * 1 for a call whose target applies backpressure: a non-blocking worker is held until the
   * target takes the request in (`accepted`), not freed as the call leaves.
   */
  private readonly callHolds: Uint8Array;
  /** Calls under way per instance and call (bulkheads), at instance * calls + call. */
  private readonly callsInFlight: Int32Array;
  private bulkheadRejected = 0;
  /** The adaptive concurrency limit of each instance, or null without one. */
  private readonly limits: Float64Array | null;
  private limitRejected = 0;
  private limitBase = 0;
  private bulkheadBase = 0;
  private preemptedBase = 0;
  private blockedBase = 0;
  /** Which calls a request makes, when some are probabilistic or capped; else null (all). */
  private readonly routing: CallRouting | null;

  constructor(sim: Simulation, index: number, options: ServerOptions) {
    super(index, options.spec.id);
    this.sim = sim;
    this.spec = options.spec;
    this.calls = options.spec.calls;
    this.blocking = options.spec.blocking;
    this.pool = new WorkerPool(sim, this, {
      instances: options.spec.replicas,
      maxInstances: options.maxReplicas,
      workers: options.spec.workers,
      queue: options.spec.queue,
      cores: options.spec.cores,
      lifo: options.spec.discipline === "lifo",
      codel:
        options.spec.codel === undefined
          ? undefined
          : { ...options.spec.codel, adaptive: options.spec.discipline === "adaptive-lifo" },
      deadlines: options.spec.deadlines,
      priority:
        options.priority === undefined
          ? undefined
          : { ...options.priority, preemptive: options.spec.preemptive === true },
      blockWhenFull: options.spec.whenFull === "block",
      perInstance: true,
      service: options.service,
      streams: options.streams,
    });
    this.breakers = options.spec.calls.map((c) =>
      c.breaker ? new CircuitBreaker(c.breaker) : null,
    );
    this.callTarget = Int32Array.from(options.callTargets);
    this.callClass = Int32Array.from(options.callClasses);
    this.callAsync = Uint8Array.from(this.calls, (c) => (c.mode === "async" ? 1 : 0));
    this.callTimeout = Float64Array.from(this.calls, (c) => c.timeout ?? 0);
    this.callLimit = Float64Array.from(
      this.calls,
      (c) => c.maxConcurrent ?? Number.POSITIVE_INFINITY,
    );
    this.callHolds = Uint8Array.from(this.calls, (_, k) => (options.callBlocks?.[k] ? 1 : 0));
    this.callsInFlight = new Int32Array(this.pool.instances * this.calls.length);
    this.routing =
      options.routing == null
        ? null
        : new CallRouting(this.calls, this.callTarget, sim.jobs, options.routing);
    const adaptive = options.spec.adaptiveLimit;
    this.limits =
      adaptive === undefined ? null : new Float64Array(this.pool.instances).fill(adaptive.initial);
  }

  /** Workers, queue and CPU of every instance, with their figures. */
  get stats() {
    return this.pool.stats;
  }

  /** Instance slots, including those an autoscaler may add later. */
  override get instanceCount(): number {
    return this.pool.instances;
  }

  override isUp(instance: number): boolean {
    return this.pool.isServing(instance);
  }

  override isRegistered(instance: number): boolean {
    return this.pool.presence[instance] === READY;
  }

  /** Instances that exist now (ready or warming up): what an autoscaler counts. */
  get replicas(): number {
    return this.pool.existing();
  }

  /** An autoscaler adds, readies or removes an instance; balancers learn of it at once. */
  setPresence(instance: number, presence: Presence): void {
    this.pool.setPresence(instance, presence);
    this.sim.membership++;
  }

  /**
   * A live change of the replicas: the first `replicas` slots take traffic at once (no warm-up:
   * a what-if asks "what if there were n"), the others stop taking work and drain.
   */
  changeReplicas(replicas: number): void {
    for (let i = 0; i < this.pool.instances; i++) {
      const want = i < replicas ? READY : ABSENT;
      if (this.pool.presence[i] !== want) this.pool.setPresence(i, want);
    }
    this.sim.membership++;
  }

  /** Utilisation so far (busy and capacity areas), for an autoscaler's differences. */
  utilizationAreas(): { busy: number; capacity: number } {
    const now = this.sim.now;
    return { busy: this.pool.stats.busy.area(now), capacity: this.pool.stats.capacity.area(now) };
  }

  /** The presence of each instance slot (ABSENT, WARMING or READY). */
  presenceOf(instance: number): number {
    return this.pool.presence[instance];
  }

  /** Requests sent to the server itself, not to one instance, are spread round robin. */
  override arrive(job: number): void {
    const chosen = this.sim.jobs.inst[job];
    const instance = chosen < 0 ? this.pool.pickInstance() : chosen;
    if (this.limits !== null && this.overLimit(instance)) {
      this.limitRejected++;
      this.pool.stats.recordOutcome(REJECTED, 0);
      this.pool.replicas?.record(instance, REJECTED);
      this.sim.reply(job, REJECTED);
      return;
    }
    this.pool.admit(job, instance);
  }

  private overLimit(instance: number): boolean {
    return instance >= 0 && this.pool.holding(instance) >= Math.floor(this.limits![instance]);
  }

  processed(job: number, outcome: number): void {
    // A server that calls nothing is done (the job's step stays 0, as nextCall would leave it).
    if (outcome === OK && this.calls.length > 0) this.nextCall(job);
    else this.finish(job, outcome);
  }

  override returned(job: number, outcome: number): void {
    const k = this.sim.jobs.step[job] - 1;
    if (this.callLimit[k] !== Number.POSITIVE_INFINITY) {
      this.callsInFlight[this.sim.jobs.inst[job] * this.calls.length + k]--;
    }
    const breaker = this.breakers[k];
    if (breaker !== null) breaker.record(this.sim.now, outcome === OK);
    if (outcome === OK) {
      this.nextCall(job);
    } else {
      this.pool.stats.recordPassedBack(outcome);
      this.finish(job, outcome);
    }
  }

  override fire(kind: number, a: number, b: number): void {
    if (!this.pool.fire(kind, a, b) && kind === EV_CAPACITY) this.changeCapacity(a);
  }

  /** Schedules the changes of a capacity schedule; called once before the run. */
  begin(): void {
    this.spec.schedule?.forEach((_, i) => {
      this.sim.queue.push(this.spec.schedule![i].at, EV_CAPACITY, this.index, i, 0);
    });
  }

  /**
   * Entry `i` of the capacity schedule takes effect. Fewer workers or replicas take nothing
   * back: requests in service finish, a removed replica serves what it holds (its queue too)
   * and takes nothing new, as in a graceful drain, so no request is lost.
   */
  private changeCapacity(i: number): void {
    const change = this.spec.schedule![i];
    if (change.workers !== undefined) this.changeWorkers(change.workers);
    if (change.replicas !== undefined) this.changeReplicas(change.replicas);
  }

  /** A backpressured call was taken in: a worker that does not wait on calls is free again. */
  override accepted(job: number): void {
    if (!this.blocking) this.pool.releaseWorker(job);
  }

  override applyFault(
    kind: "crash" | "slow" | "errors",
    instance: number,
    value: number,
    on: boolean,
  ): void {
    this.pool.applyFault(kind, instance, value, on);
  }

  instanceLost(instance: number): void {
    this.callsInFlight.fill(0, instance * this.calls.length, (instance + 1) * this.calls.length);
  }

  override resetStatistics(): void {
    this.pool.resetStatistics(this.sim.now);
    this.breakerBase = this.breakerTotals();
    this.bulkheadBase = this.bulkheadRejected;
    this.limitBase = this.limitRejected;
    this.preemptedBase = this.pool.preempted;
    this.blockedBase = this.pool.blocked;
  }

  override summarize(): ComponentSummary {
    const summary = this.pool.stats.summarize(this.sim.now, true);
    summary.own = this.pool.stats.summarizeOwn();
    if (this.spec.cores < this.spec.workers) {
      summary.cpuUtilization = this.pool.stats.cpuUtilization(this.sim.now);
    }
    Object.assign(summary, replicaFigures(this.id, this.pool.replicas, this.sim.now));
    if (this.limits !== null) {
      summary.limitRejected = this.limitRejected - this.limitBase;
      // Over the replicas that exist: empty slots for live what-ifs must not count.
      let sum = 0;
      let n = 0;
      for (let i = 0; i < this.limits.length; i++) {
        if (this.pool.presence[i] === ABSENT) continue;
        sum += this.limits[i];
        n++;
      }
      summary.concurrencyLimit = n > 0 ? sum / n : 0;
    }
    if (this.spec.preemptive === true) summary.preempted = this.pool.preempted - this.preemptedBase;
    if (this.spec.whenFull === "block") summary.blocked = this.pool.blocked - this.blockedBase;
    if (this.calls.some((c) => c.maxConcurrent !== undefined)) {
      summary.bulkheadRejected = this.bulkheadRejected - this.bulkheadBase;
    }
    if (this.breakers.every((b) => b === null)) return summary;
    const totals = this.breakerTotals();
    return {
      ...summary,
      breakerOpened: totals.opened - this.breakerBase.opened,
      shortCircuited: totals.shortCircuited - this.breakerBase.shortCircuited,
    };
  }

  override probe(now: number, out: Float64Array, offset: number): void {
    this.pool.probe(now, out, offset);
    if (this.breakers.some((b) => b !== null)) {
      out[offset + FIELD.breakersOpen] = this.breakers.filter((b) => b?.isOpen).length;
    }
  }

  /**
   * A live change of the workers per instance. Cores follow the workers unless the CPU is
   * shared (cores < workers), where they stay as configured.
   */
  changeWorkers(workers: number): void {
    this.pool.changeWorkers(workers);
  }

  private breakerTotals(): { opened: number; shortCircuited: number } {
    let opened = 0;
    let shortCircuited = 0;
    for (const b of this.breakers) {
      opened += b?.opened ?? 0;
      shortCircuited += b?.shortCircuited ?? 0;
    }
    return { opened, shortCircuited };
  }

  /** Makes the job's next applicable call, or finishes it when none is left. */
  private nextCall(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const n = this.calls.length;
    const routing = this.routing;
    for (let c = jobs.step[job]; c < n; c++) {
      const only = this.callClass[c];
      if (only >= 0 && only !== jobs.cls[job]) continue;
      let k = c;
      if (routing !== null) {
        k = routing.decide(job, c);
        // The loop's c++ then lands on the call after this one's choice.
        c = routing.after(c) - 1;
        if (k < 0) continue;
      }
      if (this.callAsync[k] === 1) {
        sim.send(this.index, job, this.callTarget[k]);
        continue;
      }
      jobs.step[job] = k + 1;
      const breaker = this.breakers[k];
      if (breaker !== null && !breaker.allow(sim.now)) {
        this.finish(job, UNAVAILABLE);
        return;
      }
      if (this.callLimit[k] !== Number.POSITIVE_INFINITY && !this.enterBulkhead(job, k)) {
        this.bulkheadRejected++;
        this.finish(job, REJECTED);
        return;
      }
      if (!this.blocking && this.callHolds[k] === 0) this.pool.releaseWorker(job);
      sim.call(job, this.callTarget[k], -1, this.callTimeout[k]);
      return;
    }
    jobs.step[job] = n;
    this.finish(job, OK);
  }

  /** Takes a place among the calls `k` under way from the job's instance, if one is free. */
  private enterBulkhead(job: number, k: number): boolean {
    const slot = this.sim.jobs.inst[job] * this.calls.length + k;
    if (this.callsInFlight[slot] >= this.callLimit[k]) return false;
    this.callsInFlight[slot]++;
    return true;
  }

  /**
   * The job is done here. With an adaptive limit, a quick success raises its instance's limit
   * by 1/limit (about one per limit's worth of answers) and anything else cuts it by a tenth.
   */
  private finish(job: number, outcome: number): void {
    if (this.limits !== null) this.adjustLimit(this.limits, job, outcome);
    this.pool.finish(job, outcome);
  }

  private adjustLimit(limits: Float64Array, job: number, outcome: number): void {
    const sim = this.sim;
    const instance = sim.jobs.inst[job];
    const { target, min, max } = this.spec.adaptiveLimit!;
    const quick = outcome === OK && sim.now - sim.jobs.arrived[job] <= target;
    const limit = limits[instance];
    limits[instance] = quick ? Math.min(max, limit + 1 / limit) : Math.max(min, limit * 0.9);
  }
}
