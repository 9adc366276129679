import type { MessageQueue as QueueSpec } from "../../scenario/types";
import { SimComponent } from "../kernel/component";
import type { Simulation } from "../kernel/simulation";
import { OK, REJECTED, UNAVAILABLE } from "../outcome";
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
  streams: { publish: Rng; service: Rng; faults: Rng };
}

/**
 * A message broker: a producer's publish is acknowledged after `publish` latency, without
 * waiting for processing, and the message waits until one of the consumers takes it. That
 * decouples the producer's latency from the consumers' speed: a burst fills the queue instead
 * of overwhelming the work behind it, and drains at the consumers' pace (the lag is the age of
 * the messages). A full queue rejects publishes: backpressure.
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
  /** The consumers: one instance whose workers are the consumers and whose queue is the broker's. */
  private readonly pool: WorkerPool;
  private readonly publish: Sampler;
  private readonly broker = new InstanceFaults(1);
  private maxDepth = 0;
  private base = { deadLettered: 0, redelivered: 0 };

  constructor(sim: Simulation, index: number, options: MessageQueueOptions) {
    super(index, options.spec.id);
    const { spec } = options;
    this.sim = sim;
    this.options = options;
    this.publish = new Sampler(spec.publish);
    const service = new Sampler(spec.consumers.service);
    this.pool = new WorkerPool(sim, this, {
      instances: 1,
      workers: spec.consumers.count,
      queue: spec.capacity,
      cores: spec.consumers.count,
      lifo: false,
      deadlines: false,
      service: Array.from({ length: options.classCount }, () => service),
      streams: { service: options.streams.service, faults: options.streams.faults },
    });
  }

  override isUp(): boolean {
    return this.broker.isUp(0);
  }

  override arrive(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    if (!this.broker.isUp(0)) {
      sim.reply(job, UNAVAILABLE);
      return;
    }
    const depth = this.pool.stats.queued.value + this.pool.stats.busy.value;
    if (depth >= this.options.spec.capacity) {
      this.pool.stats.recordOutcome(REJECTED, 0);
      sim.reply(job, REJECTED);
      return;
    }
    const message = sim.jobs.alloc(this.index, -1, jobs.cls[job], jobs.key[job], sim.now);
    this.pool.admit(message, 0);
    const queued = this.pool.stats.queued.value;
    if (queued > this.maxDepth) this.maxDepth = queued;
    const delay = this.publish.sample(this.options.streams.publish);
    if (delay > 0) sim.schedule(delay, this.index, EV_ACK, job, jobs.token[job]);
    else sim.reply(job, OK);
  }

  processed(job: number, outcome: number): void {
    if (outcome === OK && this.options.target >= 0) this.sim.call(job, this.options.target, -1, 0);
    else this.returned(job, outcome);
  }

  override returned(job: number, outcome: number): void {
    if (outcome !== OK) this.retry(job);
    this.pool.finish(job, outcome);
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
        this.pool.changeWorkers(wasUp ? 0 : this.options.spec.consumers.count);
      }
    } else {
      this.pool.applyFault(kind, 0, value, on);
    }
  }

  override resetStatistics(): void {
    this.pool.stats.reset(this.sim.now);
    this.base = { deadLettered: this.deadLettered, redelivered: this.redelivered };
    this.maxDepth = this.pool.stats.queued.value;
  }

  override summarize(): ComponentSummary {
    const pool = this.pool.stats.summarize(this.sim.now, true);
    return {
      ...pool,
      meanDepth: pool.meanQueue,
      maxDepth: this.maxDepth,
      meanAge: pool.meanWait,
      deadLettered: this.deadLettered - this.base.deadLettered,
      redelivered: this.redelivered - this.base.redelivered,
    };
  }

  override probe(now: number, out: Float64Array, offset: number): void {
    this.pool.probe(now, out, offset);
    out[offset + 4] = this.broker.isUp(0) ? 1 : 0;
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
    this.pool.admit(again, 0);
  }
}
