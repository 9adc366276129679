import type { Cache as CacheSpec } from "../../scenario/types";
import { SimComponent } from "../kernel/component";
import type { Simulation } from "../kernel/simulation";
import { IntervalReader, ServiceStats } from "../metrics/service-stats";
import { ERROR, OK, UNAVAILABLE } from "../outcome";
import { FIELD } from "../probe-fields";
import { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import type { ComponentSummary } from "../summary";
import { InstanceFaults } from "./instance-faults";
import { LruKeys } from "./lru-keys";

const EV_HIT = 0;

/** `step` of a job at the cache: what it is doing. */
const READ_MISS = 1;
const WRITE = 2;
const WAITING = 3;

export interface CacheOptions {
  spec: CacheSpec;
  backend: number;
  /** Global index of the class "write", or -1 when no client sends it. */
  writeClass: number;
  /** Keys run from 0 to universe - 1 (the largest key count of any client). */
  universe: number;
  streams: { hit: Rng; ratio: Rng; faults: Rng };
}

/**
 * A read-through cache in front of a backend. A read of a fresh key is a hit, answered after
 * the `hit` latency; a miss goes to the backend and fills the key for `ttl`; a write goes to the
 * backend and invalidates the key. The hit ratio is not configured but emerges from the keys
 * clients draw, the capacity and the TTL.
 *
 * When a hot key expires, every concurrent miss goes to the backend (a stampede); with
 * `coalesce` the misses of one key wait for a single fetch instead. A crash empties the cache:
 * it comes back cold.
 */
export class Cache extends SimComponent {
  readonly stats = new ServiceStats();
  hits = 0;
  misses = 0;
  coalesced = 0;
  /** Backend calls, reads and writes: the load the cache lets through. */
  backendCalls = 0;
  private readonly reader = new IntervalReader(this.stats);
  private readonly sim: Simulation;
  private readonly options: CacheOptions;
  private readonly hit: Sampler;
  private readonly lru: LruKeys | null;
  private readonly faults = new InstanceFaults(1);
  /** The job fetching each key for the others (coalescing), or -1. */
  private readonly fetching: Int32Array;
  private waiting = 0;
  private base = { hits: 0, misses: 0, coalesced: 0, backendCalls: 0 };
  private probed = { hits: 0, misses: 0 };

  constructor(sim: Simulation, index: number, options: CacheOptions) {
    super(index, options.spec.id);
    this.sim = sim;
    this.options = options;
    this.hit = new Sampler(options.spec.hit);
    const { capacity } = options.spec;
    this.lru = capacity === undefined ? null : new LruKeys(capacity, options.universe);
    this.fetching = new Int32Array(options.spec.coalesce ? options.universe : 0).fill(-1);
  }

  override isUp(): boolean {
    return this.faults.isUp(0);
  }

  override arrive(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    jobs.arrived[job] = sim.now;
    if (!this.faults.isUp(0)) {
      this.respond(job, UNAVAILABLE);
      return;
    }
    const p = this.faults.errorRate(0);
    if (p > 0 && this.options.streams.faults.next() < p) {
      this.respond(job, ERROR);
      return;
    }
    const key = jobs.key[job];
    if (jobs.cls[job] === this.options.writeClass) {
      if (key >= 0) this.lru?.delete(key);
      jobs.step[job] = WRITE;
      this.fetch(job);
    } else if (this.isHit(key)) {
      this.hits++;
      const delay = this.hit.sample(this.options.streams.hit) * this.faults.slowFactor[0];
      if (delay > 0) sim.schedule(delay, this.index, EV_HIT, job, jobs.token[job]);
      else this.respond(job, OK);
    } else {
      this.misses++;
      jobs.step[job] = READ_MISS;
      if (key >= 0 && this.options.spec.coalesce) {
        const leader = this.fetching[key];
        if (leader >= 0) {
          // Wait behind the fetch already under way; waiters are chained through `next`.
          this.coalesced++;
          this.waiting++;
          jobs.step[job] = WAITING;
          jobs.next[job] = jobs.next[leader];
          jobs.next[leader] = job;
          return;
        }
        this.fetching[key] = job;
        jobs.next[job] = -1;
      }
      this.fetch(job);
    }
  }

  override returned(job: number, outcome: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const key = jobs.key[job];
    if (jobs.step[job] === READ_MISS && key >= 0) {
      if (outcome === OK && this.lru !== null && this.faults.isUp(0)) {
        this.lru.put(key, sim.now + this.options.spec.ttl);
      }
      if (this.options.spec.coalesce && this.fetching[key] === job) {
        this.fetching[key] = -1;
        this.releaseWaiters(jobs.next[job], outcome);
      }
    }
    this.respond(job, outcome);
  }

  override fire(kind: number, a: number, b: number): void {
    if (kind === EV_HIT && this.sim.jobs.token[a] === b) this.respond(a, OK);
  }

  override applyFault(
    kind: "crash" | "slow" | "errors",
    _instance: number,
    value: number,
    on: boolean,
  ): void {
    if (this.faults.apply(kind, 0, value, on) && !this.faults.isUp(0)) this.lru?.clear();
  }

  override resetStatistics(): void {
    this.stats.reset(this.sim.now);
    this.base = {
      hits: this.hits,
      misses: this.misses,
      coalesced: this.coalesced,
      backendCalls: this.backendCalls,
    };
  }

  override summarize(): ComponentSummary {
    const hits = this.hits - this.base.hits;
    const misses = this.misses - this.base.misses;
    return {
      ...this.stats.summarize(this.sim.now, false),
      hitRatio: hits + misses > 0 ? hits / (hits + misses) : 0,
      hits,
      misses,
      coalesced: this.coalesced - this.base.coalesced,
      backendCalls: this.backendCalls - this.base.backendCalls,
      evictions: this.lru?.evictions ?? 0,
    };
  }

  override probe(now: number, out: Float64Array, offset: number): void {
    this.reader.read(now, out, offset);
    out[offset + FIELD.utilization] = Number.NaN;
    out[offset + FIELD.meanQueue] = Number.NaN;
    out[offset + FIELD.up] = this.faults.isUp(0) ? 1 : 0;
    out[offset + FIELD.instances] = 1;
    out[offset + FIELD.inFlight] = this.waiting;
    const hits = this.hits - this.probed.hits;
    const misses = this.misses - this.probed.misses;
    out[offset + FIELD.hitRatio] = hits + misses > 0 ? hits / (hits + misses) : Number.NaN;
    this.probed = { hits: this.hits, misses: this.misses };
  }

  private isHit(key: number): boolean {
    const ratio = this.options.spec.hitRatio;
    if (ratio !== undefined && (key < 0 || this.lru === null))
      return this.options.streams.ratio.next() < ratio;
    return key >= 0 && this.lru !== null && this.lru.get(key, this.sim.now);
  }

  private fetch(job: number): void {
    this.backendCalls++;
    this.sim.call(job, this.options.backend, -1, 0);
  }

  /** The coalesced misses of a key get the answer their leader got. */
  private releaseWaiters(first: number, outcome: number): void {
    const jobs = this.sim.jobs;
    const waiters: number[] = [];
    for (let w = first; w >= 0; w = jobs.next[w]) waiters.push(w);
    this.waiting -= waiters.length;
    for (const w of waiters) this.respond(w, outcome);
  }

  private respond(job: number, outcome: number): void {
    const sim = this.sim;
    this.stats.recordOutcome(outcome, sim.now - sim.jobs.arrived[job]);
    sim.reply(job, outcome);
  }
}
