import { powInt } from "../../math/pow";
import type { Client as ClientSpec, RateChange } from "../../scenario/types";
import { SimComponent } from "../kernel/component";
import { FLAG_MEASURED } from "../kernel/jobs";
import type { Simulation } from "../kernel/simulation";
import type { LatencyHistogram } from "../metrics/histogram";
import { RequestStats, summarizeLatency } from "../metrics/request-stats";
import { OK, OUTCOME_COUNT } from "../outcome";
import { ownRecord } from "../own-record";
import { FIELD } from "../probe-fields";
import { standardExponential } from "../random/exponential";
import { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import { ZipfKeys } from "../random/zipf";
import type { ComponentSummary } from "../summary";
import { ArrivalProcess } from "./arrival-process";
import { retryDelay } from "./retry-delay";

const EV_ARRIVAL = 0;
const EV_RATE_CHANGE = 1;
const EV_USER_SEND = 2;
const EV_RETRY = 3;
const EV_TRACE = 4;
const EV_HEDGE = 5;
const EV_BURST_SWITCH = 6;

/** A retry budget starts with, and saves at most, this many retries (Finagle's reserve). */
const RETRY_RESERVE = 10;

export interface ClientStreams {
  arrivals: Rng;
  mix: Rng;
  keys: Rng;
  think: Rng;
  retry: Rng;
  /** An MMPP's state switches. */
  bursts: Rng;
  /** Batch sizes. */
  batch: Rng;
}

export interface ClientOptions {
  spec: ClientSpec;
  target: number;
  /** Global class index of each entry of the spec's mix. */
  classIndex: number[];
  warmup: number;
  streams: ClientStreams;
}

/**
 * Where requests come from: an open workload (arrivals at a rate, whatever the system does), a
 * closed one (users who wait for each answer and think before the next), or a recorded trace. A request that fails or
 * times out may be retried after an exponential backoff with full jitter; its latency runs from
 * the first send to the final answer.
 */
export class Client extends SimComponent {
  /** All requests of the measured window, and per class (indexed like the spec's mix). */
  readonly stats = new RequestStats();
  readonly classStats: RequestStats[];
  /** Requests of the measured window still waiting for their final answer. */
  inFlight = 0;
  /**
   * Running totals over the whole run, warm-up included, for the live view: requests created,
   * final outcomes by code (0 = completed), attempts after the first.
   */
  readonly lifetime = { generated: 0, retries: 0, outcomes: new Float64Array(OUTCOME_COUNT) };
  /**
   * Histograms that also record the latency of every answered request, warm-up included: the
   * live probe's and the recovery monitor's. Usually none.
   */
  readonly latencyTaps: LatencyHistogram[] = [];
  private probed = { time: 0, completed: 0, failed: 0 };

  private readonly spec: ClientSpec;
  private readonly sim: Simulation;
  private readonly target: number;
  private readonly warmup: number;
  private readonly streams: ClientStreams;
  private readonly classIndex: Int32Array;
  /** Mix entry of each global class index this client sends (classes are unique in a mix). */
  private readonly mixOf: Int32Array;
  private readonly cumulativeWeight: Float64Array;
  private readonly keys: ZipfKeys | null;
  private readonly think: Sampler | null;
  private readonly timeout: number;
  /**
   * Any open arrival process but plain Poisson arrivals one at a time (evenly spaced,
   * hyper-exponential, MMPP, batches), or null: Poisson gaps stay on the hot path here.
   */
  private readonly process: ArrivalProcess | null;
  private rate = 0;
  /** Retries the budget allows now: each request earns `budget`, each retry spends one. */
  private retryTokens = RETRY_RESERVE;
  /** Second copies sent by hedging, over the whole run and at the end of the warm-up. */
  private hedges = 0;
  private hedgesBase = 0;
  /** The retry budget's share, 0 without one (read once: this is the hot path). */
  private readonly retryBudget: number;
  /** Seconds before a hedged copy is sent, 0 without hedging. */
  private readonly hedgeAfter: number;
  /**
   * No timeout, retry or hedge: nothing to track between the send and the answer, so requests
   * go out without a row of their own here (Simulation.request).
   */
  private readonly rowless: boolean;
  private budgetExhausted = 0;
  private budgetBase = 0;
  private arrivalToken = 0;

  constructor(sim: Simulation, index: number, options: ClientOptions) {
    super(index, options.spec.id);
    const { spec } = options;
    this.sim = sim;
    this.spec = spec;
    this.target = options.target;
    this.warmup = options.warmup;
    this.streams = options.streams;
    this.classIndex = Int32Array.from(options.classIndex);
    this.mixOf = new Int32Array(Math.max(...options.classIndex) + 1);
    options.classIndex.forEach((cls, i) => {
      this.mixOf[cls] = i;
    });
    // With one class the class's figures are the client's: one object, recorded once.
    this.classStats = spec.mix.length === 1 ? [this.stats] : spec.mix.map(() => new RequestStats());
    let total = 0;
    this.cumulativeWeight = Float64Array.from(spec.mix, (m) => (total += m.weight));
    this.keys = spec.keys ? new ZipfKeys(spec.keys.count, spec.keys.zipf) : null;
    this.think = spec.workload.kind === "closed" ? new Sampler(spec.workload.think) : null;
    this.timeout = spec.timeout ?? 0;
    const w = spec.workload;
    this.process =
      w.kind === "open" && (w.arrival !== "poisson" || w.batch !== undefined)
        ? new ArrivalProcess(
            w,
            options.streams.arrivals,
            options.streams.bursts,
            options.streams.batch,
          )
        : null;
    this.retryBudget = spec.retry?.budget ?? 0;
    this.hedgeAfter = spec.hedge?.after ?? 0;
    this.rowless = this.timeout === 0 && spec.retry === undefined && spec.hedge === undefined;
  }

  /** Global class index of the mix entry `i`. */
  classIndexOf(i: number): number {
    return this.classIndex[i];
  }

  /** Schedules the first arrivals; called once before the run. */
  begin(): void {
    const w = this.spec.workload;
    if (w.kind === "open") {
      if (this.process?.modulated) this.beginBursts(this.process);
      this.setRate(w.rate);
      w.schedule.forEach((change: RateChange, i) => {
        this.sim.queue.push(change.at, EV_RATE_CHANGE, this.index, i, 0);
      });
    } else if (w.kind === "closed") {
      for (let u = 0; u < w.users; u++) this.scheduleUserSend();
    } else if (w.timestamps.length > 0) {
      this.sim.queue.push(w.timestamps[0], EV_TRACE, this.index, 0, 0);
    }
  }

  override fire(kind: number, a: number, b: number): void {
    if (kind === EV_ARRIVAL) {
      if (b !== this.arrivalToken) return;
      if (this.process === null) this.newRequest();
      else this.newBatch(this.process);
      this.scheduleArrival();
    } else {
      this.fireOther(kind, a, b);
    }
  }

  /** Events other than open arrivals, kept apart so that the arrivals' path stays small. */
  private fireOther(kind: number, a: number, b: number): void {
    switch (kind) {
      case EV_RATE_CHANGE:
        this.setRate((this.spec.workload as { schedule: RateChange[] }).schedule[a].rate);
        return;
      case EV_BURST_SWITCH: {
        // The other state's rate from now on: a fresh gap is exact, as gaps are memoryless.
        const process = this.process as ArrivalProcess;
        this.sim.schedule(process.switchState(), this.index, EV_BURST_SWITCH, 0, 0);
        this.arrivalToken++;
        this.scheduleArrival();
        return;
      }
      case EV_USER_SEND:
        this.newRequest();
        return;
      case EV_RETRY:
        if (this.sim.jobs.token[a] === b) this.attempt(a);
        return;
      case EV_HEDGE: {
        // Still waiting on the same first copy, and no copy sent yet: send one.
        const jobs = this.sim.jobs;
        if (jobs.childToken[a] !== b || jobs.hedgeToken[a] !== 0) return;
        this.hedges++;
        this.sim.hedge(a, this.target, this.timeout);
        return;
      }
      case EV_TRACE: {
        // Replayed arrivals: one at each recorded time, the next scheduled by this one.
        this.newRequest();
        const times = (this.spec.workload as { timestamps: number[] }).timestamps;
        if (a + 1 < times.length) this.sim.queue.push(times[a + 1], EV_TRACE, this.index, a + 1, 0);
        return;
      }
    }
  }

  override arrive(_job: number): void {
    throw new Error(`engine bug: a request was sent to client ${this.id}`);
  }

  override answered(job: number, outcome: number): void {
    this.finish(job, outcome);
  }

  override returned(job: number, outcome: number): void {
    const jobs = this.sim.jobs;
    if (this.hedgeAfter > 0 && (jobs.childToken[job] !== 0 || jobs.hedgeToken[job] !== 0)) {
      // A hedged request with its other copy still under way: a failure waits for that copy,
      // a success wins and the other copy is abandoned.
      if (outcome !== OK) return;
      this.sim.abandonChild(job);
      this.sim.abandonHedge(job);
    }
    const retry = this.spec.retry;
    if (
      outcome !== OK &&
      retry !== undefined &&
      jobs.step[job] <= retry.max &&
      this.spendRetry(retry.budget)
    ) {
      // Backoff b·m^k before retry k (k from 0), drawn uniformly below that with full jitter.
      const ceiling = retry.backoff * powInt(retry.multiplier, jobs.step[job] - 1);
      const delay = retry.jitter ? ceiling * this.streams.retry.next() : ceiling;
      this.sim.schedule(
        retryDelay(delay, retry.backoff),
        this.index,
        EV_RETRY,
        job,
        jobs.token[job],
      );
      return;
    }
    this.finish(job, outcome);
  }

  override resetStatistics(): void {
    this.budgetBase = this.budgetExhausted;
    this.hedgesBase = this.hedges;
  }

  override summarize(): ComponentSummary {
    const window = this.sim.now - this.warmup;
    const classes: NonNullable<ComponentSummary["classes"]> = ownRecord();
    this.spec.mix.forEach((m, i) => {
      const s = this.classStats[i];
      classes[m.class] = {
        completed: s.completed,
        failed: s.failed,
        latency: summarizeLatency(s.latency),
      };
    });
    return {
      offered: window > 0 ? this.stats.generated / window : 0,
      served: this.stats.completed,
      failed: this.stats.failed,
      retries: this.stats.retries,
      ...(this.spec.hedge === undefined ? {} : { hedged: this.hedges - this.hedgesBase }),
      ...(this.spec.retry?.budget === undefined
        ? {}
        : { budgetExhausted: this.budgetExhausted - this.budgetBase }),
      latency: summarizeLatency(this.stats.latency),
      classes,
    };
  }

  override probe(now: number, out: Float64Array, offset: number): void {
    const outcomes = this.lifetime.outcomes;
    let failed = 0;
    for (let k = 1; k < OUTCOME_COUNT; k++) failed += outcomes[k];
    const dt = now - this.probed.time;
    out[offset + FIELD.served] = dt > 0 ? (outcomes[OK] - this.probed.completed) / dt : 0;
    out[offset + FIELD.failed] = dt > 0 ? (failed - this.probed.failed) / dt : 0;
    out[offset + FIELD.inFlight] = this.lifetime.generated - outcomes[OK] - failed;
    this.probed = { time: now, completed: outcomes[OK], failed };
  }

  /** A live change of an open workload's rate, from now on (schedule entries still apply later). */
  changeRate(rate: number): boolean {
    if (this.spec.workload.kind !== "open") return false;
    this.setRate(rate);
    return true;
  }

  /** Whether the retry budget (if any) allows one more retry now; spends it if so. */
  private spendRetry(budget: number | undefined): boolean {
    if (budget === undefined) return true;
    if (this.retryTokens < 1) {
      this.budgetExhausted++;
      return false;
    }
    this.retryTokens -= 1;
    return true;
  }

  private setRate(rate: number): void {
    this.rate = rate;
    this.arrivalToken++;
    this.scheduleArrival();
  }

  private scheduleArrival(): void {
    if (this.rate <= 0) return;
    const gap =
      this.process === null
        ? standardExponential(this.streams.arrivals) / this.rate
        : this.process.gap(this.rate);
    this.sim.schedule(gap, this.index, EV_ARRIVAL, 0, this.arrivalToken);
  }

  /** An MMPP starts in a state drawn from its stationary split, which then switches by events. */
  private beginBursts(process: ArrivalProcess): void {
    process.startState();
    this.sim.schedule(process.stateLength(), this.index, EV_BURST_SWITCH, 0, 0);
  }

  /** One arrival of a batch, or of a process other than Poisson: its requests, all at once. */
  private newBatch(process: ArrivalProcess): void {
    for (let n = process.batchSize(); n > 0; n--) this.newRequest();
  }

  private scheduleUserSend(): void {
    const think = (this.think as Sampler).sample(this.streams.think);
    this.sim.schedule(think, this.index, EV_USER_SEND, 0, 0);
  }

  private newRequest(): void {
    const mixIndex = this.pickClass();
    const key = this.keys === null ? -1 : this.keys.sample(this.streams.keys);
    const sim = this.sim;
    const cls = this.classIndex[mixIndex];
    this.lifetime.generated++;
    if (this.retryBudget > 0) {
      this.retryTokens = Math.min(RETRY_RESERVE, this.retryTokens + this.retryBudget);
    }
    let flags = 0;
    if (sim.now >= this.warmup) {
      flags = FLAG_MEASURED;
      this.stats.generated++;
      if (this.classStats.length > 1) this.classStats[mixIndex].generated++;
      this.inFlight++;
    }
    if (this.rowless) {
      sim.request(this.index, this.target, cls, key, flags);
      return;
    }
    const job = sim.start(this.index, cls, key);
    sim.jobs.flags[job] |= flags;
    this.attempt(job);
  }

  private attempt(job: number): void {
    const jobs = this.sim.jobs;
    if (jobs.step[job] > 0) this.lifetime.retries++;
    if (jobs.step[job] > 0 && (jobs.flags[job] & FLAG_MEASURED) !== 0) {
      this.stats.retries++;
      if (this.classStats.length > 1) this.classStats[this.mixOf[jobs.cls[job]]].retries++;
    }
    jobs.step[job]++;
    this.sim.call(job, this.target, -1, this.timeout);
    if (this.hedgeAfter > 0 && jobs.childToken[job] !== 0) {
      this.sim.schedule(this.hedgeAfter, this.index, EV_HEDGE, job, jobs.childToken[job]);
    }
  }

  private pickClass(): number {
    const weights = this.cumulativeWeight;
    if (weights.length === 1) return 0;
    const u = this.streams.mix.next() * weights[weights.length - 1];
    let i = 0;
    while (weights[i] <= u) i++;
    return i;
  }

  /** The request's final answer: `job` is its row here, or its first hop's if it had none. */
  private finish(job: number, outcome: number): void {
    const sim = this.sim;
    const jobs = sim.jobs;
    const latency = sim.now - jobs.sent[job];
    if (sim.tracer !== null) sim.tracer.finished(job, outcome);
    this.lifetime.outcomes[outcome]++;
    if (outcome === OK && this.latencyTaps.length > 0) this.tap(latency);
    if ((jobs.flags[job] & FLAG_MEASURED) !== 0) {
      this.stats.recordOutcome(outcome, latency);
      if (this.classStats.length > 1)
        this.classStats[this.mixOf[jobs.cls[job]]].recordOutcome(outcome, latency);
      this.inFlight--;
    }
    jobs.free(job);
    if (this.think !== null) this.scheduleUserSend();
  }

  private tap(latency: number): void {
    for (const tap of this.latencyTaps) tap.record(latency);
  }
}
