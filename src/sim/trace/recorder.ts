import type { Jobs } from "../kernel/jobs";
import { OK, TIMEOUT, UNAVAILABLE } from "../outcome";
import type { Rng } from "../random/stream";
import {
  type Hop,
  type HopKind,
  MAX_HOPS,
  type SampledRequest,
  type SampleOptions,
  type TraceSample,
} from "./sample";

const OUTCOME_CAUSE = ["", "rejected", "timeout", "unavailable", "error"];

interface Trace extends SampledRequest {
  /** Replaced in the reservoir by a later request: what it still does is not recorded. */
  evicted: boolean;
}

/**
 * Records the hops of a sample of requests, as a tracer instrumented in every service would:
 * the kernel and the components tell it when a request starts, calls, arrives, is taken up,
 * answers and is answered, and it keeps what concerns the sampled ones.
 *
 * Which requests: each with probability `rate`, drawn from a stream of its own (so the
 * simulation's draws, and with them its numbers, are the same with or without a recorder), and
 * of those a uniform sample of `max` at most over the whole run (Vitter's reservoir, "algorithm
 * R", 1985): memory stays bounded however long the run. A request pushed out of the reservoir
 * while in flight is no longer followed.
 *
 * A sampled request's rows are found through arrays indexed by job row and checked against the
 * row's token, so a finished row that is reused by another request is not mistaken for it.
 * Without a recorder (`Simulation.tracer` null) the engine pays one null check per hook.
 */
export class TraceRecorder {
  /** Every request started in the run, sampled or not: the next one's `seq`. */
  private requests = 0;
  /** Requests that passed the rate's draw. */
  private offered = 0;
  private readonly kept: Trace[] = [];
  private rowTrace: (Trace | null)[] = [];
  private rowHop = new Int32Array(0);
  private rowToken = new Int32Array(0);
  /** Set by `find`: the trace and hop of the row looked up. */
  private trace: Trace | null = null;
  private hop = -1;

  constructor(
    private readonly jobs: Jobs,
    private readonly clock: { readonly now: number },
    private readonly rng: Rng,
    private readonly options: SampleOptions,
    /** 1 for components whose jobs' `inst` is a replica (servers, databases, queues). */
    private readonly replicated: Uint8Array,
  ) {}

  /** A client starts a request in a row of its own (`job`). */
  begin(client: number, job: number): void {
    const trace = this.choose();
    if (trace !== null) this.map(job, trace, this.add(trace, -1, client, "request", 0));
  }

  /** A client starts a request without a row of its own: `job` is its first hop, at `target`. */
  beginRowless(client: number, job: number): void {
    const trace = this.choose();
    if (trace === null) return;
    const root = this.add(trace, -1, client, "request", 0);
    const first = this.add(trace, root, this.jobs.comp[job], "call", 1);
    if (first >= 0) this.map(job, trace, first);
  }

  /** `caller` calls (or hedges) and waits: `child` is the call's row. */
  called(caller: number, child: number, kind: "call" | "hedge"): void {
    if (!this.find(caller)) return;
    const trace = this.trace!;
    const parent = this.hop;
    const attempt = parent === 0 && trace.hops[0].kind === "request" ? this.jobs.step[caller] : 0;
    const hop = this.add(trace, parent, this.jobs.comp[child], kind, attempt);
    if (hop >= 0) this.map(child, trace, hop);
  }

  /** `job` sends `child` without waiting (an async call) or a queue makes it a message. */
  spawned(job: number, child: number, kind: "async" | "message"): void {
    if (!this.find(job)) return;
    const trace = this.trace!;
    // A redelivered message is another delivery of the same publish.
    const from =
      kind === "message" && trace.hops[this.hop].kind === "message"
        ? trace.hops[this.hop].parent
        : this.hop;
    const hop = this.add(trace, from, this.jobs.comp[child], kind, 0);
    if (hop < 0) return;
    this.map(child, trace, hop);
    if (kind === "message") trace.hops[hop].arrived = this.clock.now;
  }

  arrived(job: number): void {
    if (this.find(job)) this.trace!.hops[this.hop].arrived = this.clock.now;
  }

  /** A worker (connection, consumer) takes `job` up at its replica. */
  started(job: number): void {
    if (!this.find(job)) return;
    const hop = this.trace!.hops[this.hop];
    hop.started = this.clock.now;
    hop.instance = this.jobs.inst[job];
  }

  processed(job: number): void {
    if (this.find(job)) this.trace!.hops[this.hop].processed = this.clock.now;
  }

  replied(job: number, outcome: number): void {
    if (!this.find(job)) return;
    const hop = this.trace!.hops[this.hop];
    if (hop.instance < 0 && this.replicated[hop.component] === 1 && this.jobs.inst[job] >= 0)
      hop.instance = this.jobs.inst[job];
    hop.replied = this.clock.now;
    this.end(hop, outcome);
  }

  /** `job`'s answer reaches its caller (which may have stopped waiting). */
  returned(job: number, outcome: number): void {
    if (!this.find(job)) return;
    const trace = this.trace!;
    const hop = trace.hops[this.hop];
    hop.returned = this.clock.now;
    if (outcome !== OK && hop.abandoned < 0 && hop.parent >= 0)
      trace.hops[hop.parent].failedCall = this.hop;
  }

  /** The caller of `child` (a call or a hedged copy) has timed out waiting for it. */
  timedOut(child: number): void {
    if (!this.find(child)) return;
    const trace = this.trace!;
    const hop = trace.hops[this.hop];
    if (hop.parent >= 0) trace.hops[hop.parent].failedCall = this.hop;
  }

  /** The caller of `child` stops waiting for it. */
  abandoned(child: number): void {
    if (!this.find(child)) return;
    const hop = this.trace!.hops[this.hop];
    if (hop.abandoned < 0) hop.abandoned = this.clock.now;
  }

  /** `job` vanishes with its replica; its caller's timeout will notice. */
  lost(job: number): void {
    if (!this.find(job)) return;
    const hop = this.trace!.hops[this.hop];
    hop.replied = this.clock.now;
    hop.outcome = UNAVAILABLE;
    hop.cause = "lost";
  }

  /** `job` was sent into a network partition: it never arrives. */
  cutOff(job: number): void {
    if (!this.find(job)) return;
    const hop = this.trace!.hops[this.hop];
    hop.outcome = UNAVAILABLE;
    hop.cause = "partition";
  }

  /** The client has the final answer of the request whose row (or first hop's row) is `job`. */
  finished(job: number, outcome: number): void {
    if (!this.find(job)) return;
    const root = this.trace!.hops[0];
    root.replied = this.clock.now;
    root.returned = this.clock.now;
    this.end(root, outcome);
  }

  /** The sample so far, requests in the order they started; a copy the run no longer touches. */
  sample(components: string[], types: string[], seed: string): TraceSample {
    const requests = this.kept
      .slice()
      .sort((a, b) => a.seq - b.seq)
      .map((t) => ({
        seq: t.seq,
        droppedHops: t.droppedHops,
        hops: t.hops.map((h) => ({ ...h })),
      }));
    return { components, types, seed, now: this.clock.now, offered: this.offered, requests };
  }

  private end(hop: Hop, outcome: number): void {
    hop.outcome = outcome;
    if (outcome === OK || hop.cause !== "") return;
    if (hop.failedCall < 0) hop.cause = OUTCOME_CAUSE[outcome];
    else if (outcome === TIMEOUT && this.trace!.hops[hop.failedCall].abandoned >= 0)
      // It stopped waiting for its call: its own timeout, not one passed on from below.
      hop.cause = "timeout";
    else hop.cause = "downstream";
  }

  /** Whether the request starting now is sampled: its trace, or null. */
  private choose(): Trace | null {
    const seq = this.requests++;
    const { rate, max } = this.options;
    if (rate < 1 && this.rng.next() >= rate) return null;
    const seen = ++this.offered;
    const trace: Trace = { seq, hops: [], droppedHops: 0, evicted: false };
    if (this.kept.length < max) {
      this.kept.push(trace);
      return trace;
    }
    const slot = Math.floor(this.rng.next() * seen);
    if (slot >= max) return null;
    this.kept[slot].evicted = true;
    this.kept[slot] = trace;
    return trace;
  }

  private add(
    trace: Trace,
    parent: number,
    component: number,
    kind: HopKind,
    attempt: number,
  ): number {
    if (trace.hops.length >= MAX_HOPS) {
      trace.droppedHops++;
      return -1;
    }
    const now = this.clock.now;
    trace.hops.push({
      parent,
      component,
      instance: -1,
      kind,
      attempt,
      sent: now,
      arrived: kind === "request" ? now : -1,
      started: -1,
      processed: -1,
      replied: -1,
      returned: -1,
      abandoned: -1,
      outcome: -1,
      cause: "",
      failedCall: -1,
    });
    return trace.hops.length - 1;
  }

  private map(job: number, trace: Trace, hop: number): void {
    if (job >= this.rowHop.length) this.grow(this.jobs.capacity);
    this.rowTrace[job] = trace;
    this.rowHop[job] = hop;
    this.rowToken[job] = this.jobs.token[job];
  }

  /** Looks `job` up: true, with `trace` and `hop` set, when it belongs to a followed request. */
  private find(job: number): boolean {
    if (job < 0 || job >= this.rowHop.length) return false;
    const trace = this.rowTrace[job];
    if (trace === null || trace.evicted || this.rowToken[job] !== this.jobs.token[job])
      return false;
    this.trace = trace;
    this.hop = this.rowHop[job];
    return true;
  }

  private grow(capacity: number): void {
    const hop = new Int32Array(capacity);
    hop.set(this.rowHop);
    const token = new Int32Array(capacity);
    token.set(this.rowToken);
    this.rowHop = hop;
    this.rowToken = token;
    while (this.rowTrace.length < capacity) this.rowTrace.push(null);
  }
}
