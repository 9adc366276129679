import type { Database as DatabaseSpec } from "../../scenario/types";
import { SimComponent } from "../kernel/component";
import type { Simulation } from "../kernel/simulation";
import { OK } from "../outcome";
import type { PriorityLevels } from "../priority-levels";
import { FIELD } from "../probe-fields";
import { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import type { ComponentSummary } from "../summary";
import { POOL_EVENT_KINDS, type PoolOwner, WorkerPool } from "./worker-pool";

const EV_FAILOVER = POOL_EVENT_KINDS;

export interface DatabaseOptions {
  spec: DatabaseSpec;
  /** Global class index of "write", or -1 when no client sends it. */
  writeClass: number;
  /** Number of global classes (service times are per class). */
  classCount: number;
  /** Class priority levels, absent when every class has the same priority. */
  priority?: PriorityLevels;
  streams: { service: Rng; faults: Rng; lag: Rng; shard: Rng };
}

/**
 * A database: shards chosen by key hash, each a primary and its read replicas, every node with
 * a pool of `connections` and a waiting room. Writes go to the shard's primary; reads are spread
 * round robin over the shard's nodes that are up, and a read served by a replica is as stale as
 * its replication lag. Under Zipf keys the shard holding the hot keys is the busy one.
 *
 * When a primary crashes, writes to its shard fail until, with `failover`, a replica that is up
 * is promoted after that many seconds; the old primary comes back as a replica.
 */
export class Database extends SimComponent implements PoolOwner {
  private readonly sim: Simulation;
  private readonly options: DatabaseOptions;
  private readonly pool: WorkerPool;
  private readonly shards: number;
  /** Nodes per shard: the primary and the replicas. */
  private readonly nodes: number;
  /** The node that is primary of each shard. */
  private readonly primary: Int32Array;
  private readonly lag: Sampler | null;
  /** Queries answered per shard, for the hot-shard figure. */
  private readonly shardServed: Float64Array;
  private shardBase: Float64Array;
  private staleness = { sum: 0, count: 0, max: 0 };
  /** Staleness over the whole run, for the live view (the summary's restarts at the warm-up). */
  private readonly lifetimeStale = { sum: 0, count: 0 };
  private readonly probed: { staleSum: number; staleCount: number; shardServed: Float64Array };
  private failovers = 0;

  constructor(sim: Simulation, index: number, options: DatabaseOptions) {
    super(index, options.spec.id);
    const { spec } = options;
    this.sim = sim;
    this.options = options;
    this.shards = spec.shards;
    this.nodes = 1 + (spec.replicas?.count ?? 0);
    this.primary = Int32Array.from({ length: this.shards }, (_, s) => s * this.nodes);
    this.lag = spec.replicas ? new Sampler(spec.replicas.lag) : null;
    this.shardServed = new Float64Array(this.shards);
    this.shardBase = new Float64Array(this.shards);
    this.probed = { staleSum: 0, staleCount: 0, shardServed: new Float64Array(this.shards) };
    const read = new Sampler(spec.read);
    const write = new Sampler(spec.write);
    this.pool = new WorkerPool(sim, this, {
      instances: this.shards * this.nodes,
      workers: spec.connections,
      queue: spec.queue,
      cores: spec.connections,
      lifo: false,
      deadlines: false,
      priority:
        options.priority === undefined ? undefined : { ...options.priority, preemptive: false },
      service: Array.from({ length: options.classCount }, (_, c) =>
        c === options.writeClass ? write : read,
      ),
      streams: { service: options.streams.service, faults: options.streams.faults },
    });
  }

  override get instanceCount(): number {
    return this.shards * this.nodes;
  }

  override isUp(instance: number): boolean {
    return this.pool.faults.isUp(instance);
  }

  override arrive(job: number): void {
    const jobs = this.sim.jobs;
    const key = jobs.key[job];
    const shard =
      this.shards === 1
        ? 0
        : key >= 0
          ? shardOf(key, this.shards)
          : Math.floor(this.options.streams.shard.next() * this.shards);
    const node =
      jobs.cls[job] === this.options.writeClass
        ? this.primary[shard]
        : this.pool.pickInstance(shard * this.nodes, this.nodes);
    this.pool.admit(job, node);
  }

  processed(job: number, outcome: number): void {
    if (outcome !== OK) {
      this.pool.finish(job, outcome);
      return;
    }
    const jobs = this.sim.jobs;
    const node = jobs.inst[job];
    const shard = Math.floor(node / this.nodes);
    this.shardServed[shard]++;
    if (this.lag !== null && node !== this.primary[shard]) {
      const stale = this.lag.sample(this.options.streams.lag);
      this.staleness.sum += stale;
      this.staleness.count++;
      this.lifetimeStale.sum += stale;
      this.lifetimeStale.count++;
      if (stale > this.staleness.max) this.staleness.max = stale;
    }
    this.pool.finish(job, OK);
  }

  override returned(_job: number, _outcome: number): void {
    throw new Error(`engine bug: database ${this.id} makes no calls`);
  }

  override fire(kind: number, a: number, b: number): void {
    if (this.pool.fire(kind, a, b)) return;
    if (kind === EV_FAILOVER) this.failOver(a);
  }

  override applyFault(
    kind: "crash" | "slow" | "errors",
    instance: number,
    value: number,
    on: boolean,
  ): void {
    this.pool.applyFault(kind, instance, value, on);
    const failover = this.options.spec.failover;
    if (kind !== "crash" || !on || failover === undefined || this.nodes === 1) return;
    for (let s = 0; s < this.shards; s++) {
      if (!this.pool.faults.isUp(this.primary[s]))
        this.sim.schedule(failover, this.index, EV_FAILOVER, s, 0);
    }
  }

  override resetStatistics(): void {
    this.pool.stats.reset(this.sim.now);
    this.shardBase = this.shardServed.slice();
    this.staleness = { sum: 0, count: 0, max: 0 };
    this.failovers = 0;
  }

  override summarize(): ComponentSummary {
    const summary: ComponentSummary = this.pool.stats.summarize(this.sim.now, true);
    if (this.shards > 1) {
      const load: Record<string, number> = {};
      for (let s = 0; s < this.shards; s++)
        load[`shard-${s}`] = this.shardServed[s] - this.shardBase[s];
      summary.shardLoad = load;
    }
    if (this.lag !== null) {
      summary.staleness = {
        mean: this.staleness.count > 0 ? this.staleness.sum / this.staleness.count : 0,
        max: this.staleness.max,
      };
      summary.failovers = this.failovers;
    }
    return summary;
  }

  override probe(now: number, out: Float64Array, offset: number): void {
    this.pool.probe(now, out, offset);
    const p = this.probed;
    if (this.lag !== null) {
      const reads = this.lifetimeStale.count - p.staleCount;
      out[offset + FIELD.staleness] =
        reads > 0 ? (this.lifetimeStale.sum - p.staleSum) / reads : Number.NaN;
      p.staleSum = this.lifetimeStale.sum;
      p.staleCount = this.lifetimeStale.count;
    }
    if (this.shards > 1) {
      let total = 0;
      let busiest = 0;
      for (let s = 0; s < this.shards; s++) {
        const served = this.shardServed[s] - p.shardServed[s];
        total += served;
        if (served > busiest) busiest = served;
        p.shardServed[s] = this.shardServed[s];
      }
      out[offset + FIELD.hotShard] = total > 0 ? busiest / total : Number.NaN;
    }
  }

  /** Promotes a replica of `shard` that is up, if its primary is still down. */
  private failOver(shard: number): void {
    const faults = this.pool.faults;
    if (faults.isUp(this.primary[shard])) return;
    for (let j = 0; j < this.nodes; j++) {
      const node = shard * this.nodes + j;
      if (faults.isUp(node)) {
        this.primary[shard] = node;
        this.failovers++;
        return;
      }
    }
  }
}

/** The shard of a key: a multiplicative hash, so neighbouring keys land on different shards. */
function shardOf(key: number, shards: number): number {
  return (Math.imul(key + 1, 0x9e3779b1) >>> 0) % shards;
}
