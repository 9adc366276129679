import { JobLists } from "../kernel/job-lists";
import {
  FLAG_ABANDONED,
  FLAG_CALLER_TIMEOUT,
  FLAG_COMPUTING,
  FLAG_HELD,
  FLAG_HOLDS_WORKER,
  FLAG_PREEMPTED,
  heldBy,
} from "../kernel/jobs";
import { PriorityLists } from "../kernel/priority-lists";
import type { Simulation } from "../kernel/simulation";
import { ReplicaStats } from "../metrics/replica-stats";
import { IntervalReader, ServiceStats } from "../metrics/service-stats";
import { ERROR, OK, REJECTED, TIMEOUT, UNAVAILABLE } from "../outcome";
import { FIELD } from "../probe-fields";
import type { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import { InstanceFaults } from "./instance-faults";
import { SharedCpu } from "./shared-cpu";

export const ABSENT = 0;
export const WARMING = 1;
export const READY = 2;
export type Presence = typeof ABSENT | typeof WARMING | typeof READY;

/** Event kinds the pool schedules on its owner; owners use kinds from POOL_EVENT_KINDS up. */
const EV_SERVICE_DONE = 0;
const EV_SHARED_DONE = 1;
export const POOL_EVENT_KINDS = 2;

/** Where the hottest instance's live figures go in a component's slice of a probe row. */
const HOTTEST_FIELDS = {
  hot: FIELD.hotReplica,
  hotUtilization: FIELD.hotUtilization,
  hotQueue: FIELD.hotQueue,
  coolUtilization: FIELD.coolUtilization,
};

/**
 * The component a pool works for: told when a job's local processing is done, with OK or with
 * ERROR when an injected error fault failed it; the job still holds its worker.
 */
export interface PoolOwner {
  readonly index: number;
  processed(job: number, outcome: number): void;
  /** An instance crashed and lost every job it held, calls under way included. */
  instanceLost?(instance: number): void;
}

export interface WorkerPoolOptions {
  /** Instances serving from the start. */
  instances: number;
  /** The most instances there may ever be (an autoscaler's max); defaults to `instances`. */
  maxInstances?: number;
  workers: number;
  /** Waiting room per instance; Infinity when unbounded. */
  queue: number;
  cores: number;
  lifo: boolean;
  /**
   * Controlled Delay on the queue (Nichols & Jacobson, "Controlling Queue Delay", 2012, as
   * Facebook applies it to RPC servers): while the queue has not been empty for `interval`, a
   * request that waited longer than `target` is dropped when its turn comes; otherwise only
   * one that waited longer than `interval`. With `adaptive`, the newest request is served first
   * while the queue is standing (adaptive LIFO).
   */
  codel?: { target: number; interval: number; adaptive: boolean };
  deadlines: boolean;
  /**
   * Request classes served by priority (extension): the level of each global class index, 0
   * the most urgent, and whether an urgent request takes the worker of a less urgent one that
   * is computing (preemptive resume: the one put back resumes where it stopped). Absent when
   * every class has the same priority. Not applied under CoDel, which orders its own queue.
   */
  priority?: { levelOf: Int32Array; levels: number; preemptive: boolean };
  /**
   * Backpressure (extension): a request that finds the waiting room full waits outside it, its
   * caller blocked, until there is room, instead of being rejected (blocking after service).
   */
  blockWhenFull?: boolean;
  /** Keep each instance's figures apart (a replicated server), when there are several. */
  perInstance?: boolean;
  /** Processing time per global class index. */
  service: Sampler[];
  streams: { service: Rng; faults: Rng };
}

/**
 * Instances that each have `workers` slots, a bounded FIFO or LIFO waiting room and `cores` of
 * CPU shared by processor sharing when workers outnumber them: the machinery of an application
 * server's thread pool and of a database's connection pool alike. The owner decides which
 * instance a request goes to and what happens after local processing; the pool queues,
 * serves, times, fails and counts.
 *
 * A request whose caller has given up is still served, wasting capacity, unless `deadlines` is
 * on; then it is dropped when it reaches a worker.
 */
export class WorkerPool {
  readonly stats = new ServiceStats();
  readonly reader = new IntervalReader(this.stats);
  readonly faults: InstanceFaults;
  /** Each instance's own figures, or null when they are not kept (one instance, or not asked). */
  readonly replicas: ReplicaStats | null;
  /** The replicas' busy and queue times (ReplicaStats), in fields of their own for the hot loop. */
  private readonly busyTimes: Float64Array | null;
  private readonly queueTimes: Float64Array | null;
  /** Instance slots: those that exist now and those an autoscaler may add. */
  readonly instances: number;
  /**
   * 1 for an instance that exists (it costs and it is counted), and 2 when it also takes
   * traffic; an instance warming up exists but does not take traffic yet.
   */
  readonly presence: Uint8Array;
  workers: number;
  /**
   * List 2i is instance i's waiting queue. List 2i+1 holds its jobs in service or waiting on
   * calls only under a shared CPU, which walks it; otherwise those are just counted in `held`
   * and flagged FLAG_HELD, which spares every request two list updates (multi-tier measured
   * 5% faster; a crash finds what it held by a scan, heldBy).
   */
  private readonly lists: JobLists;
  /** Jobs each instance holds beyond its queue: in service or waiting on calls. */
  private readonly held: Int32Array;
  /** Jobs taken into service so far, which orders them for a crash (Jobs.entered). */
  private intakes = 0;
  private readonly busy: Int32Array;
  /** When each instance's queue was last seen empty, for CoDel. */
  private readonly emptyAt: Float64Array;
  private readonly cpu: SharedCpu | null;
  private readonly cores: number;
  /** The live view's previous reading of the CPU's busy and capacity areas. */
  private cpuRead = { busy: 0, capacity: 0 };
  private nextInstance = 0;
  /** Options read on every request, kept in fields of their own for the hot loop. */
  private readonly lifo: boolean;
  private readonly deadlines: boolean;
  private readonly queueCapacity: number;
  private readonly codel: WorkerPoolOptions["codel"];
  private readonly service: Sampler[];
  private readonly serviceRng: Rng;
  private readonly faultsRng: Rng;
  /**
   * Priorities and backpressure, rarely set, take methods of their own (admitExtended,
   * fillWorkersExtended) so that the common path stays as it was.
   */
  private readonly extended: boolean;
  /** Queues (and, preemptive, the jobs computing) in priority order; null without priorities. */
  private readonly order: PriorityLists | null;
  private readonly preemptive: boolean;
  private readonly blockWhenFull: boolean;
  /** List `blockedBase + i` holds the requests waiting for room at instance i (backpressure). */
  private readonly blockedBase: number;
  /** Requests taken off a worker by a more urgent one, and requests that waited for room. */
  preempted = 0;
  blocked = 0;

  constructor(
    private readonly sim: Simulation,
    private readonly owner: PoolOwner,
    options: WorkerPoolOptions,
  ) {
    this.lifo = options.lifo;
    this.deadlines = options.deadlines;
    this.queueCapacity = options.queue;
    this.codel = options.codel;
    this.service = options.service;
    this.serviceRng = options.streams.service;
    this.faultsRng = options.streams.faults;
    const n = Math.max(options.instances, options.maxInstances ?? 0);
    this.instances = n;
    this.presence = new Uint8Array(n);
    this.presence.fill(READY, 0, options.instances);
    this.workers = options.workers;
    this.blockWhenFull = options.blockWhenFull === true;
    this.blockedBase = 2 * n;
    this.lists = new JobLists(sim.jobs, this.blockWhenFull ? 3 * n : 2 * n);
    this.held = new Int32Array(n);
    this.busy = new Int32Array(n);
    this.emptyAt = new Float64Array(n);
    this.faults = new InstanceFaults(n);
    this.cores = options.cores;
    this.cpu =
      options.cores < options.workers
        ? new SharedCpu(
            n,
            options.cores,
            sim.jobs,
            this.lists,
            (i) => 2 * i + 1,
            this.stats.cpuBusy,
          )
        : null;
    this.stats.capacity.set(0, options.instances * this.workers);
    if (this.cpu !== null) this.stats.cpuCapacity.set(0, options.instances * options.cores);
    const replicas =
      options.perInstance === true && n > 1
        ? new ReplicaStats(n, this.busy, this.lists.size)
        : null;
    this.replicas = replicas;
    this.busyTimes = replicas?.busyTimes ?? null;
    this.queueTimes = replicas?.queueTimes ?? null;
    for (let i = 0; replicas !== null && i < options.instances; i++) {
      replicas.existed[i] = 1;
      replicas.capacity.set(i, 0, this.workers);
    }
    const priority = this.codel === undefined ? options.priority : undefined;
    this.order =
      priority === undefined
        ? null
        : new PriorityLists(sim.jobs, this.lists, 2 * n, priority.levelOf, priority.levels);
    // Preemption keeps the jobs computing in list 2i+1, which a shared CPU needs for itself.
    this.preemptive = priority?.preemptive === true && this.cpu === null;
    this.extended = this.order !== null || this.blockWhenFull;
  }

  /** Whether an instance takes traffic: it is ready and not crashed. */
  isServing(instance: number): boolean {
    return this.presence[instance] === READY && this.faults.isUp(instance);
  }

  /** Instances that exist, ready or warming up. */
  existing(): number {
    let n = 0;
    for (let i = 0; i < this.instances; i++) if (this.presence[i] !== ABSENT) n++;
    return n;
  }

  /**
   * An instance comes into existence warming up, becomes ready for traffic, or goes away. One
   * that goes away takes no new work and finishes what it holds (a graceful drain).
   */
  setPresence(instance: number, presence: Presence): void {
    this.presence[instance] = presence;
    if (presence !== ABSENT && this.replicas !== null) this.replicas.existed[instance] = 1;
    this.updateCapacity();
    if (presence === READY) this.fillWorkers(instance);
  }

  /**
   * Instances that are up, the first from `from` on, round robin; -1 when all are down. Every
   * caller passes the same `count`, so the cursor stays below it and wraps by a comparison (an
   * integer division per request showed in profiles).
   */
  pickInstance(from = 0, count = this.instances): number {
    let i = this.nextInstance;
    for (let k = 0; k < count; k++, i++) {
      if (i === count) i = 0;
      if (this.isServing(from + i)) {
        this.nextInstance = i + 1 === count ? 0 : i + 1;
        return from + i;
      }
    }
    return -1;
  }

  /** Requests an instance holds: in service, waiting for a worker or for a call. */
  holding(instance: number): number {
    return this.lists.size[2 * instance] + this.held[instance];
  }

  /** Instances taking traffic. */
  upInstances(): number {
    let up = 0;
    for (let i = 0; i < this.instances; i++) if (this.isServing(i)) up++;
    return up;
  }

  /** A request for `instance`: served at once, queued, rejected when full, refused when down. */
  admit(job: number, instance: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if (instance < 0 || !this.isServing(instance)) {
      // Nobody listens: the connection is refused at once.
      this.stats.recordOutcome(UNAVAILABLE, 0);
      this.replicas?.record(instance, UNAVAILABLE);
      sim.reply(job, UNAVAILABLE);
      return;
    }
    jobs.inst[job] = instance;
    jobs.arrived[job] = sim.now;
    if (this.extended) {
      this.admitExtended(job, instance);
      return;
    }
    if (this.busy[instance] < this.workers) {
      this.emptyAt[instance] = sim.now;
      this.hold(instance, job);
      this.startService(instance, job);
    } else if (this.lists.size[2 * instance] < this.queueCapacity) {
      this.lists.pushBack(2 * instance, job);
      this.stats.queued.add(sim.now, 1);
      if (this.queueTimes !== null) this.queueTimes[instance] -= sim.now;
    } else {
      this.stats.recordOutcome(REJECTED, 0);
      this.replicas?.record(instance, REJECTED);
      sim.reply(job, REJECTED);
    }
  }

  /** Handles the pool's own events; returns false for kinds that are the owner's. */
  fire(kind: number, a: number, b: number): boolean {
    if (kind === EV_SERVICE_DONE) {
      const jobs = this.sim.jobs;
      if (jobs.token[a] === b && (jobs.flags[a] & FLAG_COMPUTING) !== 0) {
        if (this.preemptive && !this.endOfWork(a)) return true;
        jobs.flags[a] &= ~FLAG_COMPUTING;
        this.serviceDone(a);
      }
      return true;
    }
    if (kind === EV_SHARED_DONE) {
      this.sharedDone(a, b);
      return true;
    }
    return false;
  }

  /** The job is done here: it leaves the instance, frees its worker, and its answer goes back. */
  finish(job: number, outcome: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    this.release(jobs.inst[job], job);
    this.stats.recordOutcome(outcome, sim.now - jobs.arrived[job]);
    if (this.replicas !== null) this.replicas.record(jobs.inst[job], outcome);
    this.releaseWorker(job);
    sim.reply(job, outcome);
  }

  /** Frees the job's worker, if it holds one, and gives it to the next request in the queue. */
  releaseWorker(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if ((jobs.flags[job] & FLAG_HOLDS_WORKER) === 0) return;
    jobs.flags[job] &= ~FLAG_HOLDS_WORKER;
    const instance = jobs.inst[job];
    this.busy[instance]--;
    this.stats.busy.add(sim.now, -1);
    if (this.busyTimes !== null) this.busyTimes[instance] += sim.now;
    this.fillWorkers(instance);
  }

  /**
   * A live change of the workers per instance. More workers take queued requests at once; with
   * fewer, requests in service finish and the surplus workers are not replaced.
   */
  changeWorkers(workers: number): void {
    this.workers = workers;
    this.updateCapacity();
    for (let i = 0; i < this.instances; i++) if (this.faults.isUp(i)) this.fillWorkers(i);
  }

  /** A fault begins or ends on one instance, or on all when `instance` is -1. */
  applyFault(
    kind: "crash" | "slow" | "errors",
    instance: number,
    value: number,
    on: boolean,
  ): void {
    const from = Math.max(instance, 0);
    const to = instance < 0 ? this.instances : instance + 1;
    for (let i = from; i < to; i++) {
      if (this.faults.apply(kind, i, value, on)) this.setUp(i, this.faults.isUp(i));
    }
  }

  /**
   * Writes utilisation, queue, served, failed, up, instances and in flight at `offset`; with a
   * shared CPU its utilisation, and with each instance's figures kept, the hottest instance's.
   */
  probe(now: number, out: Float64Array, offset: number): void {
    this.reader.read(now, out, offset);
    out[offset + FIELD.up] = this.upInstances();
    out[offset + FIELD.instances] = this.existing();
    out[offset + FIELD.inFlight] = this.stats.busy.value + this.stats.queued.value;
    if (this.cpu !== null) {
      const busy = this.stats.cpuBusy.area(now);
      const capacity = this.stats.cpuCapacity.area(now);
      const last = this.cpuRead;
      out[offset + FIELD.cpuUtilization] =
        capacity > last.capacity ? (busy - last.busy) / (capacity - last.capacity) : 0;
      this.cpuRead = { busy, capacity };
    }
    this.replicas?.readInterval(now, out, offset, HOTTEST_FIELDS);
  }

  /** Starts the measured window at `now`: the totals and each instance's figures. */
  resetStatistics(now: number): void {
    this.stats.reset(now);
    this.replicas?.reset(now);
  }

  /**
   * `job` is already in the instance's service list; it takes a worker and starts computing.
   * Rarer configurations (deadlines, a shared CPU) branch off to methods of their own, which
   * keeps this one small enough for V8 to inline into its callers.
   */
  private startService(instance: number, job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if (this.deadlines && jobs.isOrphaned(job)) {
      this.dropOrphan(instance, job);
      return;
    }
    const now = sim.now;
    this.busy[instance]++;
    this.stats.busy.add(now, 1);
    if (this.busyTimes !== null) this.busyTimes[instance] -= now;
    if (this.preemptive) {
      this.startPreemptible(instance, job);
      return;
    }
    jobs.started[job] = now;
    if (sim.tracer !== null) sim.tracer.started(job);
    this.stats.recordWait(now - jobs.arrived[job]);
    const work =
      this.service[jobs.cls[job]].sample(this.serviceRng) * this.faults.slowFactor[instance];
    if (this.cpu === null) {
      jobs.flags[job] |= FLAG_HOLDS_WORKER | FLAG_COMPUTING;
      sim.schedule(work, this.owner.index, EV_SERVICE_DONE, job, jobs.token[job]);
    } else {
      jobs.flags[job] |= FLAG_HOLDS_WORKER;
      this.startShared(instance, job, work);
    }
  }

  /** `job` is taken into service (or past the queue) at `instance`. */
  private hold(instance: number, job: number): void {
    const jobs = this.sim.jobs;
    jobs.flags[job] |= FLAG_HELD;
    jobs.entered[job] = this.intakes++;
    this.held[instance]++;
    if (this.cpu !== null) this.lists.pushBack(2 * instance + 1, job);
  }

  /** `job` leaves `instance`: done, dropped or lost. */
  private release(instance: number, job: number): void {
    this.sim.jobs.flags[job] &= ~FLAG_HELD;
    this.held[instance]--;
    if (this.cpu !== null) this.lists.remove(2 * instance + 1, job);
  }

  /** With `deadlines`, a request whose caller has given up is dropped when its turn comes. */
  private dropOrphan(instance: number, job: number): void {
    this.release(instance, job);
    this.stats.dropped++;
    this.sim.reply(job, TIMEOUT);
  }

  private startShared(instance: number, job: number, work: number): void {
    const cpu = this.cpu as SharedCpu;
    const delay = cpu.start(this.sim.now, instance, job, work);
    this.sim.schedule(delay, this.owner.index, EV_SHARED_DONE, instance, cpu.token[instance]);
  }

  private sharedDone(instance: number, token: number): void {
    const cpu = this.cpu as SharedCpu;
    if (cpu.token[instance] !== token) return;
    const job = cpu.finish(this.sim.now, instance);
    if (cpu.pendingDelay >= 0) {
      this.sim.schedule(
        cpu.pendingDelay,
        this.owner.index,
        EV_SHARED_DONE,
        instance,
        cpu.token[instance],
      );
    }
    this.serviceDone(job);
  }

  private serviceDone(job: number): void {
    const jobs = this.sim.jobs;
    const now = this.sim.now;
    if (this.sim.tracer !== null) this.sim.tracer.processed(job);
    this.stats.recordProcessed(now - jobs.started[job], now - jobs.arrived[job]);
    const p = this.faults.errorRate(jobs.inst[job]);
    this.owner.processed(job, p > 0 && this.faultsRng.next() < p ? ERROR : OK);
  }

  /** Utilisation is measured against the workers of the instances taking traffic. */
  private updateCapacity(): void {
    const now = this.sim.now;
    const up = this.upInstances();
    this.stats.capacity.set(now, up * this.workers);
    if (this.cpu !== null) this.stats.cpuCapacity.set(now, up * this.cores);
    const replicas = this.replicas;
    if (replicas === null) return;
    for (let i = 0; i < this.instances; i++) {
      replicas.capacity.set(i, now, this.isServing(i) ? this.workers : 0);
    }
  }

  /** Gives free workers of an instance to the requests waiting in its queue. */
  private fillWorkers(instance: number): void {
    const queue = 2 * instance;
    const lists = this.lists;
    if (this.codel !== undefined) {
      this.fillWorkersCodel(instance);
      return;
    }
    if (this.extended) {
      this.fillWorkersExtended(instance);
      return;
    }
    while (this.busy[instance] < this.workers && lists.size[queue] > 0) {
      const next = this.lifo ? lists.popBack(queue) : lists.popFront(queue);
      this.stats.queued.add(this.sim.now, -1);
      if (this.queueTimes !== null) this.queueTimes[instance] += this.sim.now;
      this.hold(instance, next);
      this.startService(instance, next);
    }
  }

  /** `fillWorkers` under CoDel: requests that waited too long are shed on their way out. */
  private fillWorkersCodel(instance: number): void {
    const sim = this.sim;
    const queue = 2 * instance;
    const codel = this.codel!;
    while (this.busy[instance] < this.workers && this.lists.size[queue] > 0) {
      const standing = sim.now - this.emptyAt[instance] > codel.interval;
      const newestFirst = this.lifo || (standing && codel.adaptive);
      const next = newestFirst ? this.lists.popBack(queue) : this.lists.popFront(queue);
      this.stats.queued.add(sim.now, -1);
      if (this.queueTimes !== null) this.queueTimes[instance] += sim.now;
      if (this.lists.size[queue] === 0) this.emptyAt[instance] = sim.now;
      if (sim.now - sim.jobs.arrived[next] > (standing ? codel.target : codel.interval)) {
        this.stats.shed++;
        this.stats.recordOutcome(REJECTED, 0);
        this.replicas?.record(instance, REJECTED);
        sim.reply(next, REJECTED);
        continue;
      }
      this.hold(instance, next);
      this.startService(instance, next);
    }
    if (this.blockWhenFull) this.admitBlocked(instance);
  }

  /** `admit` with priorities, preemption or backpressure, for an instance that serves. */
  private admitExtended(job: number, instance: number): void {
    if (this.busy[instance] < this.workers) {
      this.emptyAt[instance] = this.sim.now;
      this.hold(instance, job);
      this.startService(instance, job);
    } else if (this.preemptive && this.preempt(instance, job)) {
      // The job took the worker of a less urgent one, which waits at the front of its level.
    } else if (this.lists.size[2 * instance] < this.queueCapacity) {
      this.enqueue(instance, job);
    } else if (this.blockWhenFull) {
      this.lists.pushBack(this.blockedBase + instance, job);
      this.blocked++;
      return;
    } else {
      this.stats.recordOutcome(REJECTED, 0);
      this.replicas?.record(instance, REJECTED);
      this.sim.reply(job, REJECTED);
      return;
    }
    if (this.blockWhenFull) this.sim.handedOver(job);
  }

  private enqueue(instance: number, job: number): void {
    if (this.order === null) this.lists.pushBack(2 * instance, job);
    else this.order.push(2 * instance, job, this.lifo);
    this.stats.queued.add(this.sim.now, 1);
    if (this.queueTimes !== null) this.queueTimes[instance] -= this.sim.now;
  }

  /** `fillWorkers` with priorities or backpressure: the most urgent first, then the blocked. */
  private fillWorkersExtended(instance: number): void {
    const queue = 2 * instance;
    const lists = this.lists;
    const order = this.order;
    while (this.busy[instance] < this.workers && lists.size[queue] > 0) {
      const next =
        order !== null
          ? order.popFront(queue)
          : this.lifo
            ? lists.popBack(queue)
            : lists.popFront(queue);
      this.stats.queued.add(this.sim.now, -1);
      if (this.queueTimes !== null) this.queueTimes[instance] += this.sim.now;
      this.hold(instance, next);
      this.startService(instance, next);
    }
    if (this.blockWhenFull) this.admitBlocked(instance);
  }

  /**
   * Requests that found the instance full come in, first come first in, while there is room;
   * each one's caller is told, which frees a caller that was blocked on the hand-over. A
   * request whose caller gave up meanwhile is dropped. Its time here counts from now: the time
   * it waited outside was its caller's.
   */
  private admitBlocked(instance: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const blocked = this.blockedBase + instance;
    const lists = this.lists;
    while (
      lists.size[blocked] > 0 &&
      (this.busy[instance] < this.workers || lists.size[2 * instance] < this.queueCapacity)
    ) {
      const job = lists.popFront(blocked);
      if ((jobs.flags[job] & FLAG_ABANDONED) !== 0) {
        sim.reply(job, TIMEOUT);
        continue;
      }
      jobs.arrived[job] = sim.now;
      if (this.busy[instance] < this.workers) {
        this.hold(instance, job);
        this.startService(instance, job);
      } else {
        this.enqueue(instance, job);
      }
      sim.handedOver(job);
    }
  }

  /**
   * Preemptive resume: `job` takes the worker of the least urgent job computing at the
   * instance when that one is less urgent than it. The one put back keeps the work it has left
   * and waits at the front of its level; it is not counted as waiting again when it resumes.
   */
  private preempt(instance: number, job: number): boolean {
    const order = this.order as PriorityLists;
    const running = 2 * instance + 1;
    const victim = order.last(running);
    if (victim < 0 || order.level(victim) <= order.level(job)) return false;
    const sim = this.sim;
    const jobs = sim.jobs;
    order.remove(running, victim);
    jobs.flags[victim] =
      (jobs.flags[victim] & ~(FLAG_HOLDS_WORKER | FLAG_COMPUTING)) | FLAG_PREEMPTED;
    jobs.work[victim] -= sim.now;
    this.busy[instance]--;
    this.stats.busy.add(sim.now, -1);
    this.release(instance, victim);
    order.push(2 * instance, victim, true);
    this.stats.queued.add(sim.now, 1);
    if (this.busyTimes !== null) this.busyTimes[instance] += sim.now;
    if (this.queueTimes !== null) this.queueTimes[instance] -= sim.now;
    this.preempted++;
    this.hold(instance, job);
    this.startService(instance, job);
    return true;
  }

  /**
   * A service start that may be preempted: the job joins the instance's list of jobs computing,
   * in priority order, and `work` holds when it will be done (a resumed job's work left was
   * there instead).
   */
  private startPreemptible(instance: number, job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    let work: number;
    if ((jobs.flags[job] & FLAG_PREEMPTED) !== 0) {
      jobs.flags[job] &= ~FLAG_PREEMPTED;
      work = jobs.work[job];
    } else {
      jobs.started[job] = sim.now;
      this.stats.recordWait(sim.now - jobs.arrived[job]);
      work = this.service[jobs.cls[job]].sample(this.serviceRng) * this.faults.slowFactor[instance];
    }
    jobs.work[job] = sim.now + work;
    jobs.flags[job] |= FLAG_HOLDS_WORKER | FLAG_COMPUTING;
    (this.order as PriorityLists).push(2 * instance + 1, job, false);
    sim.schedule(work, this.owner.index, EV_SERVICE_DONE, job, jobs.token[job]);
  }

  /**
   * Whether a service-done event is the job's current one, not one left from before it was
   * preempted (its token is the same); if so the job leaves the list of jobs computing.
   */
  private endOfWork(job: number): boolean {
    const jobs = this.sim.jobs;
    if (jobs.work[job] !== this.sim.now) return false;
    (this.order as PriorityLists).remove(2 * jobs.inst[job] + 1, job);
    return true;
  }

  /**
   * An instance goes down or comes back. Going down, every request it holds is lost: refused as
   * `unavailable`, or silently when its caller has a timeout that will notice.
   */
  private setUp(instance: number, up: boolean): void {
    const sim = this.sim;
    this.updateCapacity();
    if (up) return;
    const jobs = sim.jobs;
    const order = this.order;
    const queued = order === null ? this.lists.drain(2 * instance) : order.drain(2 * instance);
    if (this.preemptive) (order as PriorityLists).drain(2 * instance + 1);
    const blocked = this.blockWhenFull ? this.lists.drain(this.blockedBase + instance) : [];
    const active = heldBy(jobs, this.owner.index, instance);
    for (const job of active) this.release(instance, job);
    this.stats.queued.add(sim.now, -queued.length);
    this.stats.busy.add(sim.now, -this.busy[instance]);
    if (this.queueTimes !== null) this.queueTimes[instance] += sim.now * queued.length;
    if (this.busyTimes !== null) this.busyTimes[instance] += sim.now * this.busy[instance];
    this.busy[instance] = 0;
    this.cpu?.clear(sim.now, instance);
    this.owner.instanceLost?.(instance);
    for (const job of queued.concat(active, blocked)) {
      jobs.flags[job] &= ~(FLAG_HOLDS_WORKER | FLAG_COMPUTING);
      this.stats.recordOutcome(UNAVAILABLE, 0);
      this.replicas?.record(instance, UNAVAILABLE);
      if ((jobs.flags[job] & FLAG_CALLER_TIMEOUT) !== 0) {
        sim.lose(job);
      } else {
        sim.abandonChild(job);
        sim.reply(job, UNAVAILABLE);
      }
    }
  }
}
