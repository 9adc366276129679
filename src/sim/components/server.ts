import type { Call, Server as ServerSpec } from "../../scenario/types";
import { SimComponent } from "../kernel/component";
import { JobLists } from "../kernel/job-lists";
import { FLAG_CALLER_TIMEOUT, FLAG_COMPUTING, FLAG_HOLDS_WORKER } from "../kernel/jobs";
import type { Simulation } from "../kernel/simulation";
import { IntervalReader, ServiceStats } from "../metrics/service-stats";
import { ERROR, OK, REJECTED, TIMEOUT, UNAVAILABLE } from "../outcome";
import type { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import type { ComponentSummary } from "../summary";
import { CircuitBreaker } from "./circuit-breaker";
import { InstanceFaults } from "./instance-faults";
import { SharedCpu } from "./shared-cpu";

const EV_SERVICE_DONE = 0;
const EV_SHARED_DONE = 1;

export interface ServerOptions {
  spec: ServerSpec;
  /** Service time per global class index. */
  service: Sampler[];
  /** Component index of each call's target, in the order of `spec.calls`. */
  callTargets: number[];
  /** Global class index each call is limited to, or -1 for every class. */
  callClasses: number[];
  streams: { service: Rng; faults: Rng };
}

/**
 * An application service: `replicas` identical instances, each with `workers` that take requests
 * from a bounded FIFO or LIFO queue, compute on `cores` shared by processor sharing, then make
 * their calls in order. A blocking worker stays held while it waits on a sync call (thread per
 * request: a slow dependency exhausts the pool); a non-blocking one is freed (an event loop).
 *
 * A request whose caller has given up is still served, wasting capacity, unless `deadlines` is
 * on; then it is dropped when it reaches a worker.
 */
export class Server extends SimComponent {
  readonly stats = new ServiceStats();
  private readonly reader = new IntervalReader(this.stats);
  private readonly sim: Simulation;
  private readonly spec: ServerSpec;
  private readonly calls: Call[];
  private readonly options: ServerOptions;
  private readonly lists: JobLists;
  private readonly busy: Int32Array;
  private readonly faults: InstanceFaults;
  private readonly cpu: SharedCpu | null;
  private workers: number;
  private readonly lifo: boolean;
  private nextInstance = 0;
  /** The breaker of each call, or null for calls without one. */
  private readonly breakers: (CircuitBreaker | null)[];
  private breakerBase = { opened: 0, shortCircuited: 0 };

  constructor(sim: Simulation, index: number, options: ServerOptions) {
    super(index, options.spec.id);
    this.sim = sim;
    this.spec = options.spec;
    this.calls = options.spec.calls;
    this.options = options;
    this.workers = options.spec.workers;
    this.lifo = options.spec.discipline === "lifo";
    this.breakers = options.spec.calls.map((c) =>
      c.breaker ? new CircuitBreaker(c.breaker) : null,
    );
    const n = this.spec.replicas;
    // List 2i is instance i's waiting queue, list 2i+1 its jobs in service or awaiting calls.
    this.lists = new JobLists(sim.jobs, 2 * n);
    this.busy = new Int32Array(n);
    this.faults = new InstanceFaults(n);
    this.cpu =
      this.spec.cores < this.spec.workers
        ? new SharedCpu(n, this.spec.cores, sim.jobs, this.lists, (i) => 2 * i + 1)
        : null;
    this.stats.capacity.set(0, n * this.workers);
  }

  override get instanceCount(): number {
    return this.spec.replicas;
  }

  override isUp(instance: number): boolean {
    return this.faults.isUp(instance);
  }

  override arrive(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    let instance = jobs.inst[job];
    if (instance < 0) instance = this.pickInstance();
    if (instance < 0 || !this.faults.isUp(instance)) {
      // Nobody listens: the connection is refused at once.
      this.stats.recordOutcome(UNAVAILABLE, 0);
      sim.reply(job, UNAVAILABLE);
      return;
    }
    jobs.inst[job] = instance;
    jobs.arrived[job] = sim.now;
    if (this.busy[instance] < this.workers) {
      this.lists.pushBack(2 * instance + 1, job);
      this.startService(instance, job);
    } else if (this.lists.size[2 * instance] < this.spec.queue) {
      this.lists.pushBack(2 * instance, job);
      this.stats.queued.add(sim.now, 1);
    } else {
      this.stats.recordOutcome(REJECTED, 0);
      sim.reply(job, REJECTED);
    }
  }

  override returned(job: number, outcome: number): void {
    const breaker = this.breakers[this.sim.jobs.step[job] - 1];
    if (breaker !== null) breaker.record(this.sim.now, outcome === OK);
    if (outcome === OK) this.nextCall(job);
    else this.finish(job, outcome);
  }

  override fire(kind: number, a: number, b: number): void {
    const jobs = this.sim.jobs;
    if (kind === EV_SERVICE_DONE) {
      if (jobs.token[a] !== b || (jobs.flags[a] & FLAG_COMPUTING) === 0) return;
      jobs.flags[a] &= ~FLAG_COMPUTING;
      this.serviceDone(a);
    } else if (kind === EV_SHARED_DONE) {
      const cpu = this.cpu as SharedCpu;
      if (cpu.token[a] !== b) return;
      const job = cpu.finish(this.sim.now, a);
      if (cpu.pendingDelay >= 0) {
        this.sim.schedule(cpu.pendingDelay, this.index, EV_SHARED_DONE, a, cpu.token[a]);
      }
      this.serviceDone(job);
    }
  }

  override applyFault(
    kind: "crash" | "slow" | "errors",
    instance: number,
    value: number,
    on: boolean,
  ): void {
    const from = Math.max(instance, 0);
    const to = instance < 0 ? this.spec.replicas : instance + 1;
    for (let i = from; i < to; i++) {
      if (kind === "crash") {
        const wasUp = this.faults.isUp(i);
        this.faults.crash(i, on);
        if (wasUp !== this.faults.isUp(i)) this.setUp(i, !wasUp);
      } else if (kind === "slow") {
        this.faults.slow(i, value, on);
      } else {
        this.faults.errors(i, value, on);
      }
    }
  }

  override resetStatistics(): void {
    this.stats.reset(this.sim.now);
    this.breakerBase = this.breakerTotals();
  }

  override summarize(): ComponentSummary {
    const summary = this.stats.summarize(this.sim.now, true);
    if (this.breakers.every((b) => b === null)) return summary;
    const totals = this.breakerTotals();
    return {
      ...summary,
      breakerOpened: totals.opened - this.breakerBase.opened,
      shortCircuited: totals.shortCircuited - this.breakerBase.shortCircuited,
    };
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

  override probe(now: number, out: Float64Array, offset: number): void {
    this.reader.read(now, out, offset);
    out[offset + 4] = this.upInstances();
    out[offset + 5] = this.spec.replicas;
    out[offset + 6] = this.stats.busy.value + this.stats.queued.value;
    if (this.breakers.some((b) => b !== null)) {
      out[offset + 8] = this.breakers.filter((b) => b?.isOpen).length;
    }
  }

  /**
   * A live change of the workers per instance. More workers take queued requests at once; with
   * fewer, requests in service finish and the surplus workers are not replaced. Cores follow the
   * workers unless the CPU is shared (cores < workers), where they stay as configured.
   */
  changeWorkers(workers: number): void {
    const sim = this.sim;
    const up = this.upInstances();
    this.stats.capacity.add(sim.now, up * (workers - this.workers));
    this.workers = workers;
    for (let i = 0; i < this.spec.replicas; i++) {
      if (this.faults.isUp(i)) this.fillWorkers(i);
    }
  }

  private upInstances(): number {
    let up = 0;
    for (let i = 0; i < this.spec.replicas; i++) if (this.faults.isUp(i)) up++;
    return up;
  }

  /** Requests sent to the server itself, not to one instance, are spread round robin. */
  private pickInstance(): number {
    const n = this.spec.replicas;
    for (let k = 0; k < n; k++) {
      const i = (this.nextInstance + k) % n;
      if (this.faults.isUp(i)) {
        this.nextInstance = (i + 1) % n;
        return i;
      }
    }
    return -1;
  }

  /** `job` is already in the instance's service list; it takes a worker and starts computing. */
  private startService(instance: number, job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if (this.spec.deadlines && jobs.isOrphaned(job)) {
      this.lists.remove(2 * instance + 1, job);
      this.stats.dropped++;
      sim.reply(job, TIMEOUT);
      return;
    }
    this.busy[instance]++;
    this.stats.busy.add(sim.now, 1);
    jobs.flags[job] |= FLAG_HOLDS_WORKER;
    jobs.started[job] = sim.now;
    this.stats.recordWait(sim.now - jobs.arrived[job]);
    const work =
      this.options.service[jobs.cls[job]].sample(this.options.streams.service) *
      this.faults.slowFactor[instance];
    if (this.cpu === null) {
      jobs.flags[job] |= FLAG_COMPUTING;
      sim.schedule(work, this.index, EV_SERVICE_DONE, job, jobs.token[job]);
    } else {
      const delay = this.cpu.start(sim.now, instance, job, work);
      sim.schedule(delay, this.index, EV_SHARED_DONE, instance, this.cpu.token[instance]);
    }
  }

  private serviceDone(job: number): void {
    const instance = this.sim.jobs.inst[job];
    const p = this.faults.errorRate(instance);
    if (p > 0 && this.options.streams.faults() < p) this.finish(job, ERROR);
    else this.nextCall(job);
  }

  /** Makes the job's next applicable call, or finishes it when none is left. */
  private nextCall(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const calls = this.calls;
    const { callTargets, callClasses } = this.options;
    for (let k = jobs.step[job]; k < calls.length; k++) {
      const only = callClasses[k];
      if (only >= 0 && only !== jobs.cls[job]) continue;
      const call = calls[k];
      if (call.mode === "async") {
        sim.send(this.index, job, callTargets[k]);
        continue;
      }
      jobs.step[job] = k + 1;
      const breaker = this.breakers[k];
      if (breaker !== null && !breaker.allow(sim.now)) {
        this.finish(job, UNAVAILABLE);
        return;
      }
      if (!this.spec.blocking) this.releaseWorker(job);
      sim.call(job, callTargets[k], -1, call.timeout ?? 0);
      return;
    }
    jobs.step[job] = calls.length;
    this.finish(job, OK);
  }

  private finish(job: number, outcome: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const instance = jobs.inst[job];
    this.lists.remove(2 * instance + 1, job);
    this.stats.recordOutcome(outcome, sim.now - jobs.arrived[job]);
    this.releaseWorker(job);
    sim.reply(job, outcome);
  }

  /** Frees the job's worker, if it holds one, and gives it to the next request in the queue. */
  private releaseWorker(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if ((jobs.flags[job] & FLAG_HOLDS_WORKER) === 0) return;
    jobs.flags[job] &= ~FLAG_HOLDS_WORKER;
    const instance = jobs.inst[job];
    this.busy[instance]--;
    this.stats.busy.add(sim.now, -1);
    this.fillWorkers(instance);
  }

  /** Gives free workers of an instance to the requests waiting in its queue. */
  private fillWorkers(instance: number): void {
    const sim = this.sim;
    const queue = 2 * instance;
    while (this.busy[instance] < this.workers && this.lists.size[queue] > 0) {
      const next = this.lifo ? this.lists.popBack(queue) : this.lists.popFront(queue);
      this.stats.queued.add(sim.now, -1);
      this.lists.pushBack(queue + 1, next);
      this.startService(instance, next);
    }
  }

  /**
   * An instance goes down or comes back. Going down, every request it holds is lost: refused as
   * `unavailable`, or silently when its caller has a timeout that will notice.
   */
  private setUp(instance: number, up: boolean): void {
    const sim = this.sim;
    const workers = this.workers;
    this.stats.capacity.add(sim.now, up ? workers : -workers);
    if (up) return;
    const jobs = sim.jobs;
    const queued = this.lists.drain(2 * instance);
    const active = this.lists.drain(2 * instance + 1);
    this.stats.queued.add(sim.now, -queued.length);
    this.stats.busy.add(sim.now, -this.busy[instance]);
    this.busy[instance] = 0;
    this.cpu?.clear(instance);
    for (const job of queued.concat(active)) {
      jobs.flags[job] &= ~(FLAG_HOLDS_WORKER | FLAG_COMPUTING);
      this.stats.recordOutcome(UNAVAILABLE, 0);
      if ((jobs.flags[job] & FLAG_CALLER_TIMEOUT) !== 0) {
        sim.lose(job);
      } else {
        sim.abandonChild(job);
        sim.reply(job, UNAVAILABLE);
      }
    }
  }
}
