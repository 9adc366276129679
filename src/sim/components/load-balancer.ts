import type { LoadBalancer as BalancerSpec } from "../../scenario/types";
import type { BalancerView, BalancingPolicy } from "../balancing/balancer-view";
import { backendIdentity } from "../balancing/hash";
import { createPolicy } from "../balancing/policies";
import { SimComponent } from "../kernel/component";
import { FLAG_CALLER_TIMEOUT, FLAG_HELD, heldBy } from "../kernel/jobs";
import type { Simulation } from "../kernel/simulation";
import { IntervalReader, ServiceStats } from "../metrics/service-stats";
import { ERROR, OK, REJECTED, UNAVAILABLE } from "../outcome";
import { ownRecord } from "../own-record";
import { FIELD } from "../probe-fields";
import { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import type { ComponentSummary } from "../summary";
import { InstanceFaults } from "./instance-faults";

const EV_FORWARD = 0;
const EV_HEALTH_CHECK = 1;

/** Weight of the newest answer in a backend's moving-average response time. */
const RESPONSE_TIME_SMOOTHING = 0.2;
/**
 * A failed answer counts as this many times the slowest backend's average (1 s before any is
 * known): a dead backend refuses at once, and scored by its speed it would win every pick.
 */
const FAILURE_PENALTY = 2;

export interface Backend {
  comp: number;
  /** Instance of the target component, or -1 when it has a single one. */
  inst: number;
  weight: number;
  /** `id` or `id#instance`, for reports. */
  name: string;
}

export interface LoadBalancerOptions {
  spec: BalancerSpec;
  backends: Backend[];
  /** Probes whether a backend answers (the target component's `isUp`). */
  probe: (backend: Backend) => boolean;
  /**
   * Whether a backend is registered for traffic at all (service discovery): an autoscaled
   * replica that does not exist yet, or is still warming up, is not.
   */
  registered: (backend: Backend) => boolean;
  streams: { policy: Rng; service: Rng; faults: Rng };
}

/**
 * Spreads requests over its backends (every replica of every target) with one of the format's
 * algorithms. With a health check it takes backends that fail `unhealthyAfter` probes in a row
 * out of rotation and puts them back after `healthyAfter` passes; without one it keeps sending
 * to a dead backend. A token bucket may limit the rate it accepts.
 */
export class LoadBalancer extends SimComponent implements BalancerView {
  readonly stats = new ServiceStats();
  private readonly reader = new IntervalReader(this.stats);
  readonly count: number;
  readonly weight: Float64Array;
  /** In rotation: registered and, with a health check, passing it. What policies pick from. */
  readonly healthy: Uint8Array;
  /** The health check's verdict on each backend (1 without a health check). */
  private readonly passing: Uint8Array;
  private membershipSeen = -1;
  readonly active: Int32Array;
  readonly responseTime: Float64Array;
  readonly identity: Int32Array;
  readonly rng: Rng;
  /** Requests forwarded to each backend in the measured window. */
  readonly sent: Float64Array;

  private readonly sim: Simulation;
  private readonly options: LoadBalancerOptions;
  private readonly policy: BalancingPolicy;
  private readonly service: Sampler;
  /** Requests being forwarded (flagged FLAG_HELD), and how many have been taken in. */
  private inFlight = 0;
  private intakes = 0;
  private readonly faults = new InstanceFaults(1);
  private readonly passes: Int32Array;
  private readonly failures: Int32Array;
  private tokens = 0;
  private tokensAt = 0;

  constructor(sim: Simulation, index: number, options: LoadBalancerOptions) {
    super(index, options.spec.id);
    this.sim = sim;
    this.options = options;
    const n = options.backends.length;
    this.count = n;
    this.weight = Float64Array.from(options.backends, (b) => b.weight);
    this.healthy = new Uint8Array(n);
    this.passing = new Uint8Array(n).fill(1);
    this.active = new Int32Array(n);
    this.responseTime = new Float64Array(n);
    this.identity = Int32Array.from(options.backends, (b) => backendIdentity(b.comp, b.inst));
    this.sent = new Float64Array(n);
    this.passes = new Int32Array(n);
    this.failures = new Int32Array(n);
    this.rng = options.streams.policy;
    this.policy = createPolicy(options.spec.algorithm, options.spec.ttl, sim);
    this.service = new Sampler(options.spec.service);
    this.tokens = options.spec.rateLimit?.burst ?? 0;
  }

  begin(): void {
    const check = this.options.spec.healthCheck;
    if (check) this.sim.schedule(check.interval, this.index, EV_HEALTH_CHECK, 0, 0);
  }

  override isUp(): boolean {
    return this.faults.isUp(0);
  }

  override arrive(job: number): void {
    const sim = this.sim;
    sim.jobs.arrived[job] = sim.now;
    if (!this.faults.isUp(0)) {
      this.stats.recordOutcome(UNAVAILABLE, 0);
      sim.reply(job, UNAVAILABLE);
      return;
    }
    if (!this.admit()) {
      this.stats.recordOutcome(REJECTED, 0);
      sim.reply(job, REJECTED);
      return;
    }
    sim.jobs.flags[job] |= FLAG_HELD;
    sim.jobs.entered[job] = this.intakes++;
    this.inFlight++;
    if (this.service.isZero) {
      this.forward(job);
    } else {
      const delay = this.service.sample(this.options.streams.service) * this.faults.slowFactor[0];
      sim.schedule(delay, this.index, EV_FORWARD, job, sim.jobs.token[job]);
    }
  }

  override returned(job: number, outcome: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const b = jobs.inst[job];
    this.active[b]--;
    const rt = outcome === OK ? sim.now - jobs.started[job] : this.failurePenalty();
    const avg = this.responseTime[b];
    this.responseTime[b] = avg === 0 ? rt : avg + RESPONSE_TIME_SMOOTHING * (rt - avg);
    this.policy.changed?.(this, b);
    this.done(job, outcome);
  }

  override fire(kind: number, a: number, b: number): void {
    if (kind === EV_FORWARD) {
      if (this.sim.jobs.token[a] === b && this.sim.jobs.inst[a] === -1) this.forward(a);
    } else if (kind === EV_HEALTH_CHECK) {
      this.checkHealth();
      this.sim.schedule(this.options.spec.healthCheck!.interval, this.index, EV_HEALTH_CHECK, 0, 0);
    }
  }

  override applyFault(
    kind: "crash" | "slow" | "errors",
    _instance: number,
    value: number,
    on: boolean,
  ): void {
    if (this.faults.apply(kind, 0, value, on) && !this.faults.isUp(0)) this.dropInFlight();
  }

  override resetStatistics(): void {
    this.stats.reset(this.sim.now);
    this.sent.fill(0);
  }

  override summarize(): ComponentSummary {
    const summary = this.stats.summarize(this.sim.now, false);
    // Replica slots that never took traffic (room for autoscaling) are not backends yet.
    const sent = ownRecord<number>();
    this.options.backends.forEach((b, i) => {
      if (this.sent[i] > 0 || this.options.registered(b)) sent[b.name] = this.sent[i];
    });
    return { ...summary, sent };
  }

  override probe(now: number, out: Float64Array, offset: number): void {
    this.reader.read(now, out, offset);
    out[offset + FIELD.utilization] = Number.NaN;
    out[offset + FIELD.meanQueue] = Number.NaN;
    out[offset + FIELD.up] = this.faults.isUp(0) ? 1 : 0;
    out[offset + FIELD.instances] = 1;
    out[offset + FIELD.inFlight] = this.inFlight;
  }

  private failurePenalty(): number {
    let slowest = 0;
    for (let i = 0; i < this.count; i++) slowest = Math.max(slowest, this.responseTime[i]);
    return slowest > 0 ? FAILURE_PENALTY * slowest : 1;
  }

  private admit(): boolean {
    const limit = this.options.spec.rateLimit;
    if (limit === undefined) return true;
    const now = this.sim.now;
    this.tokens = Math.min(limit.burst, this.tokens + (now - this.tokensAt) * limit.rate);
    this.tokensAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private forward(job: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const p = this.faults.errorRate(0);
    if (p > 0 && this.options.streams.faults.next() < p) {
      this.done(job, ERROR);
      return;
    }
    this.refreshRotation();
    const b = this.policy.pick(this, jobs.key[job], job);
    if (b < 0) {
      this.done(job, UNAVAILABLE);
      return;
    }
    jobs.inst[job] = b;
    jobs.started[job] = sim.now;
    this.active[b]++;
    this.policy.changed?.(this, b);
    this.sent[b]++;
    const backend = this.options.backends[b];
    sim.call(job, backend.comp, backend.inst, 0);
  }

  private done(job: number, outcome: number): void {
    const sim = this.sim;
    sim.jobs.flags[job] &= ~FLAG_HELD;
    this.inFlight--;
    this.stats.recordOutcome(outcome, sim.now - sim.jobs.arrived[job]);
    sim.reply(job, outcome);
  }

  private checkHealth(): void {
    const check = this.options.spec.healthCheck!;
    this.options.backends.forEach((backend, i) => {
      if (this.options.probe(backend)) {
        this.passes[i]++;
        this.failures[i] = 0;
        if (this.passing[i] === 0 && this.passes[i] >= check.healthyAfter) this.passing[i] = 1;
      } else {
        this.failures[i]++;
        this.passes[i] = 0;
        if (this.passing[i] === 1 && this.failures[i] >= check.unhealthyAfter) this.passing[i] = 0;
      }
    });
    this.membershipSeen = -1;
  }

  /** Recomputes the rotation when a health verdict or the set of registered replicas changed. */
  private refreshRotation(): void {
    if (this.membershipSeen !== this.sim.membership) this.rebuildRotation();
  }

  /**
   * Apart from refreshRotation, which runs on every request: a closure in it made V8 allocate
   * its context on every call, 56 bytes per request.
   */
  private rebuildRotation(): void {
    this.membershipSeen = this.sim.membership;
    this.options.backends.forEach((backend, i) => {
      this.healthy[i] = this.passing[i] === 1 && this.options.registered(backend) ? 1 : 0;
    });
    this.policy.changed?.(this, -1);
  }

  /** The balancer crashed: what it was forwarding is lost to its callers. */
  private dropInFlight(): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    for (const job of heldBy(jobs, this.index, -1)) {
      jobs.flags[job] &= ~FLAG_HELD;
      this.inFlight--;
      const b = jobs.inst[job];
      if (b >= 0) {
        this.active[b]--;
        this.policy.changed?.(this, b);
      }
      this.stats.recordOutcome(UNAVAILABLE, 0);
      if ((jobs.flags[job] & FLAG_CALLER_TIMEOUT) !== 0) sim.lose(job);
      else {
        sim.abandonChild(job);
        sim.reply(job, UNAVAILABLE);
      }
    }
  }
}
