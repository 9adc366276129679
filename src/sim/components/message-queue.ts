import type { MessageQueue as QueueSpec } from "../../scenario/types";
import { SimComponent } from "../kernel/component";
import { JobLists } from "../kernel/job-lists";
import { FLAG_ABANDONED } from "../kernel/jobs";
import { PriorityLists } from "../kernel/priority-lists";
import type { Simulation } from "../kernel/simulation";
import { TimeWeighted } from "../metrics/time-weighted";
import { OK, REJECTED, TIMEOUT, UNAVAILABLE } from "../outcome";
import type { PriorityLevels } from "../priority-levels";
import { FIELD } from "../probe-fields";
import { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import type { ComponentSummary } from "../summary";
import { InstanceFaults } from "./instance-faults";
import { POOL_EVENT_KINDS, type PoolOwner, WorkerPool } from "./worker-pool";

const EV_ACK = POOL_EVENT_KINDS;

export interface MessageQueueOptions {
  spec: QueueSpec;
  /** Component index the consumers call, or -1 when they only process. */
  target: number;
  classCount: number;
  /** Class priority levels, absent when every class has the same priority. */
  priority?: PriorityLevels;
  streams: { publish: Rng; service: Rng; faults: Rng };
}

/**
 * A message broker: a producer's publish is acknowledged after `publish` latency, without
 * waiting for processing, and the message waits until one of the consumers takes it. That
 * decouples the producer's latency from the consumers' speed: a burst fills the queue instead
 * of overwhelming the work behind it, and drains at the consumers' pace (the lag is the age of
 * the messages). A full queue rejects publishes, or with `whenFull: "block"` holds them (and
 * the publishers waiting on them) until a message leaves: backpressure either way. With class
 * priorities the most urgent message is delivered first (a priority queue, as RabbitMQ's).
 *
 * A consumer processes one message at a time and, with a target, calls it and waits. A failed
 * message is delivered again, at the back of the queue, up to `maxRedeliveries` times, then
 * dead-lettered. A crashed broker refuses publishes and delivers nothing until it is back; the
 * messages it holds survive (durable queues).
 */
export class MessageQueue extends SimComponent implements PoolOwner {
  deadLettered = 0;
  redelivered = 0;
  private readonly sim: Simulation;
  private readonly options: MessageQueueOptions;
  /**
   * The consumers, one instance each with one worker; a consumer's own queue holds the messages
   * delivered to it beyond the one it processes (prefetch - 1).
   */
  private readonly pool: WorkerPool;
  /** Messages in the broker, not yet delivered to a consumer. */
  private readonly backlog: JobLists;
  /** The backlog in priority order, or null when every class has the same priority. */
  private readonly order: PriorityLists | null;
  /** Publishes waiting for room (`whenFull: "block"`), or null when a full queue rejects. */
  private readonly blockedPublishes: JobLists | null;
  /** Publishes that had to wait for room. */
  private blocked = 0;
  private blockedBase = 0;
  private readonly backlogSize = new TimeWeighted();
  private readonly publish: Sampler;
  private readonly broker = new InstanceFaults(1);
  private readonly prefetch: number;
  private nextConsumer = 0;
  private maxDepth = 0;
  private age = { sum: 0, count: 0 };
  /** Message ages over the whole run, for the live view (the summary's restart at the warm-up). */
  private readonly lifetimeAge = { sum: 0, count: 0 };
  private probed = { time: 0, ageSum: 0, ageCount: 0, deadLettered: 0 };
  private base = { deadLettered: 0, redelivered: 0 };

  constructor(sim: Simulation, index: number, options: MessageQueueOptions) {
    super(index, options.spec.id);
    const { spec } = options;
    this.sim = sim;
    this.options = options;
    this.prefetch = spec.consumers.prefetch;
    this.publish = new Sampler(spec.publish);
    this.backlog = new JobLists(sim.jobs, 1);
    const priority = options.priority;
    this.order =
      priority === undefined
        ? null
        : new PriorityLists(sim.jobs, this.backlog, 1, priority.levelOf, priority.levels);
    this.blockedPublishes = spec.whenFull === "block" ? new JobLists(sim.jobs, 1) : null;
    const service = new Sampler(spec.consumers.service);
    this.pool = new WorkerPool(sim, this, {
      instances: spec.consumers.count,
      workers: 1,
      queue: spec.consumers.prefetch - 1,
      cores: 1,
      lifo: false,
      deadlines: false,
      priority: priority === undefined ? undefined : { ...priority, preemptive: false },
      service: Array.from({ length: options.classCount }, () => service),
      streams: { service: options.streams.service, faults: options.streams.faults },
    });
  }

  override isUp(): boolean {
    return this.broker.isUp(0);
  }

  override arrive(job: number): void {
    const sim = this.sim;
    if (!this.broker.isUp(0)) {
      sim.reply(job, UNAVAILABLE);
      return;
    }
    if (this.held() >= this.options.spec.capacity) {
      if (this.blockedPublishes !== null) {
        this.blockedPublishes.pushBack(0, job);
        this.blocked++;
        return;
      }
      this.pool.stats.recordOutcome(REJECTED, 0);
      sim.reply(job, REJECTED);
      return;
    }
    this.take(job);
    if (this.blockedPublishes !== null) sim.handedOver(job);
  }

  /** A publish the broker has room for: the message joins the queue, the ack goes back. */
  private take(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const message = jobs.alloc(this.index, -1, jobs.cls[job], jobs.key[job], sim.now);
    sim.tracer?.spawned(job, message, "message");
    this.enqueue(message, sim.now);
    const delay = this.publish.sample(this.options.streams.publish);
    if (delay > 0) sim.schedule(delay, this.index, EV_ACK, job, jobs.token[job]);
    else sim.reply(job, OK);
  }

  processed(job: number, outcome: number): void {
    const jobs = this.sim.jobs;
    // A message's age is from its publication (kept in `work`) to a consumer starting on it.
    const age = jobs.started[job] - jobs.work[job];
    this.age.sum += age;
    this.age.count++;
    this.lifetimeAge.sum += age;
    this.lifetimeAge.count++;
    if (outcome === OK && this.options.target >= 0) this.sim.call(job, this.options.target, -1, 0);
    else this.returned(job, outcome);
  }

  override returned(job: number, outcome: number): void {
    if (outcome !== OK) this.retry(job);
    this.pool.finish(job, outcome);
    this.deliver();
    if (this.blockedPublishes !== null) this.admitBlocked(this.blockedPublishes);
  }

  /**
   * Publishes that waited for room come in, first come first in, while there is room (and the
   * broker is up); one whose publisher gave up meanwhile is dropped.
   */
  private admitBlocked(blocked: JobLists): void {
    const sim = this.sim;
    while (blocked.size[0] > 0 && this.broker.isUp(0) && this.held() < this.options.spec.capacity) {
      const job = blocked.popFront(0);
      if ((sim.jobs.flags[job] & FLAG_ABANDONED) !== 0) {
        sim.reply(job, TIMEOUT);
        continue;
      }
      this.take(job);
      sim.handedOver(job);
    }
  }

  override fire(kind: number, a: number, b: number): void {
    if (this.pool.fire(kind, a, b)) return;
    if (kind === EV_ACK && this.sim.jobs.token[a] === b) this.sim.reply(a, OK);
  }

  override applyFault(
    kind: "crash" | "slow" | "errors",
    _instance: number,
    value: number,
    on: boolean,
  ): void {
    if (kind === "crash") {
      const wasUp = this.broker.isUp(0);
      this.broker.crash(0, on);
      if (wasUp !== this.broker.isUp(0)) {
        // Deliveries stop while the broker is down; messages in processing finish.
        this.pool.changeWorkers(wasUp ? 0 : 1);
        if (!wasUp) this.deliver();
        if (!wasUp && this.blockedPublishes !== null) this.admitBlocked(this.blockedPublishes);
      }
    } else {
      this.pool.applyFault(kind, -1, value, on);
    }
  }

  override resetStatistics(): void {
    const now = this.sim.now;
    this.pool.stats.reset(now);
    this.backlogSize.reset(now);
    this.base = { deadLettered: this.deadLettered, redelivered: this.redelivered };
    this.blockedBase = this.blocked;
    this.maxDepth = this.waiting();
    this.age = { sum: 0, count: 0 };
  }

  override summarize(): ComponentSummary {
    const now = this.sim.now;
    const pool = this.pool.stats.summarize(now, true);
    return {
      ...pool,
      meanQueue: this.backlogSize.mean(now) + (pool.meanQueue ?? 0),
      meanWait: this.age.count > 0 ? this.age.sum / this.age.count : 0,
      meanDepth: this.backlogSize.mean(now) + (pool.meanQueue ?? 0),
      maxDepth: this.maxDepth,
      meanAge: this.age.count > 0 ? this.age.sum / this.age.count : 0,
      deadLettered: this.deadLettered - this.base.deadLettered,
      redelivered: this.redelivered - this.base.redelivered,
      ...(this.blockedPublishes === null ? {} : { blocked: this.blocked - this.blockedBase }),
    };
  }

  override probe(now: number, out: Float64Array, offset: number): void {
    this.pool.probe(now, out, offset);
    const p = this.probed;
    const started = this.lifetimeAge.count - p.ageCount;
    out[offset + FIELD.messageAge] =
      started > 0 ? (this.lifetimeAge.sum - p.ageSum) / started : Number.NaN;
    out[offset + FIELD.deadLettered] =
      now > p.time ? (this.deadLettered - p.deadLettered) / (now - p.time) : 0;
    this.probed = {
      time: now,
      ageSum: this.lifetimeAge.sum,
      ageCount: this.lifetimeAge.count,
      deadLettered: this.deadLettered,
    };
    out[offset + FIELD.meanQueue] = this.waiting();
    out[offset + FIELD.up] = this.broker.isUp(0) ? 1 : 0;
    out[offset + FIELD.instances] = 1;
  }

  /** Messages waiting, in the broker or in a consumer's prefetch buffer. */
  private waiting(): number {
    return this.backlog.size[0] + this.pool.stats.queued.value;
  }

  /** Every message the queue holds, in processing included: what `capacity` bounds. */
  private held(): number {
    return this.backlog.size[0] + this.pool.stats.queued.value + this.pool.stats.busy.value;
  }

  private enqueue(message: number, publishedAt: number): void {
    this.sim.jobs.work[message] = publishedAt;
    if (this.order === null) this.backlog.pushBack(0, message);
    else this.order.push(0, message, false);
    this.backlogSize.add(this.sim.now, 1);
    this.deliver();
    const waiting = this.waiting();
    if (waiting > this.maxDepth) this.maxDepth = waiting;
  }

  /**
   * Delivers messages from the broker to consumers with room in their prefetch, round robin:
   * with a large prefetch a consumer may hold messages another, idle one could process.
   */
  private deliver(): void {
    if (!this.broker.isUp(0)) return;
    const consumers = this.pool.instances;
    while (this.backlog.size[0] > 0) {
      let chosen = -1;
      for (let k = 0; k < consumers; k++) {
        const c = (this.nextConsumer + k) % consumers;
        if (this.pool.isServing(c) && this.pool.holding(c) < this.prefetch) {
          chosen = c;
          break;
        }
      }
      if (chosen < 0) return;
      this.nextConsumer = (chosen + 1) % consumers;
      const message = this.order === null ? this.backlog.popFront(0) : this.order.popFront(0);
      this.backlogSize.add(this.sim.now, -1);
      const publishedAt = this.sim.jobs.work[message];
      this.pool.admit(message, chosen);
      this.sim.jobs.work[message] = publishedAt;
    }
  }

  /** A failed message goes to the back of the queue again, or to the dead letters. */
  private retry(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if (jobs.step[job] >= this.options.spec.maxRedeliveries) {
      this.deadLettered++;
      return;
    }
    this.redelivered++;
    const again = jobs.alloc(this.index, -1, jobs.cls[job], jobs.key[job], sim.now);
    jobs.step[again] = jobs.step[job] + 1;
    sim.tracer?.spawned(job, again, "message");
    this.enqueue(again, sim.now);
  }
}
