import { MAX_JOB_ROWS, MemoryBudgetExceeded } from "../memory-budget";
import { OUTCOME_COUNT, TIMEOUT, UNAVAILABLE } from "../outcome";
import type { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";
import { STALL_EVENTS, STALL_SPAN, StalledClock } from "../stalled-clock";
import type { TraceRecorder } from "../trace/recorder";
import { UnschedulableDelay } from "../unschedulable-delay";
import type { SimComponent } from "./component";
import { EventQueue } from "./event-queue";
import {
  FLAG_ABANDONED,
  FLAG_CALLER_TIMEOUT,
  FLAG_LIVE,
  Jobs,
  NO_CALLER,
  rowlessCaller,
  rowlessClient,
} from "./jobs";
import type { ZoneLatency } from "./zone-latency";

/** Engine events carry `comp = -1`; component events carry the component's index. */
const ENGINE = -1;
const EV_DELIVER = 0;
const EV_TIMEOUT = 1;
/** EV_REPLY + outcome: an answer arriving after network latency. */
const EV_REPLY = 2;
const EV_HOOK = EV_REPLY + OUTCOME_COUNT;
const EV_TICK = EV_HOOK + 1;

/**
 * The clock, the future event list and the job table, and the two verbs components use to talk
 * to each other: `call` (with an optional timeout) and `reply`. Answers travel back to the caller
 * hop by hop; a caller that stopped waiting abandons its callee, whose answer is then dropped.
 *
 * With zero network latency a call is delivered by a direct method call, not an event: that
 * halves the events of a multi-tier request. Components therefore finish updating their own
 * state before they call or reply, since the answer may come back before `call` returns.
 */
export class Simulation {
  now = 0;
  events = 0;
  readonly queue = new EventQueue();
  readonly jobs: Jobs;
  readonly components: SimComponent[] = [];
  /** Calls made from component i to component j, at i * componentCount + j: the edges' traffic. */
  readonly calls: Float64Array;
  /**
   * Events in a row within STALL_SPAN of `stallFrom`, to notice a clock that no longer advances:
   * stopped, or crawling by steps too small to matter (1e-59 s a turn).
   */
  private sameInstant = 0;
  private stallFrom = 0;
  /** Changes whenever a component's set of instances taking traffic changes (autoscaling). */
  membership = 0;
  /** Follows a sample of requests hop by hop (`run --traces`, the waterfall); usually none. */
  tracer: TraceRecorder | null = null;
  /** Partitions in force from component i to component j, at i * componentCount + j. */
  private readonly partitions: Int32Array;
  private readonly componentCount: number;

  private readonly hooks: Array<() => void> = [];
  private readonly freeHooks: number[] = [];
  private readonly tickers: Array<{ interval: number; action: () => void }> = [];

  constructor(
    /** Network latency of one hop, or null when every hop is instantaneous. */
    private readonly network: Sampler | null,
    /** One network stream per calling component, so topology changes keep other draws. */
    private readonly networkRng: Rng[],
    /** Latency between zones (extension), or null when no hop crosses one. */
    private readonly zones: ZoneLatency | null = null,
    /** Rows of the job table a run may use before it is stopped (memory-budget.ts). */
    maxJobRows = MAX_JOB_ROWS,
  ) {
    this.jobs = new Jobs(256, maxJobRows, () => this.outOfRows());
    this.componentCount = networkRng.length;
    this.calls = new Float64Array(this.componentCount * this.componentCount);
    this.partitions = new Int32Array(this.componentCount * this.componentCount);
  }

  /** The network from `from` to `to` is cut (`on`) or restored; cuts nest. */
  partition(from: number, to: number, on: boolean): void {
    this.partitions[from * this.componentCount + to] += on ? 1 : -1;
  }

  add(component: SimComponent): void {
    this.components[component.index] = component;
  }

  /** Schedules one of a component's own events. */
  schedule(delay: number, comp: number, kind: number, a: number, b: number): void {
    if (!(delay >= 0 && delay < Number.POSITIVE_INFINITY))
      throw new UnschedulableDelay(delay, this.components[comp].id, this.now);
    this.queue.push(this.now + delay, kind, comp, a, b);
  }

  /** Schedules a rare engine-level action (faults, warm-up end); may allocate. */
  at(time: number, action: () => void): void {
    // Slots of hooks that have run are reused, so a long run of random failures stays flat.
    const slot = this.freeHooks.length > 0 ? this.freeHooks.pop()! : this.hooks.length;
    this.hooks[slot] = action;
    this.queue.push(time, EV_HOOK, ENGINE, slot, 0);
  }

  /** Runs `action` every `interval` seconds from `start` on (a monitor's clock); allocates nothing per tick. */
  every(interval: number, start: number, action: () => void): void {
    this.tickers.push({ interval, action });
    this.queue.push(start + interval, EV_TICK, ENGINE, this.tickers.length - 1, 0);
  }

  /**
   * `caller` sends its request on to `target` (at instance `inst`, or -1 to let the target
   * choose) and waits; its component's `returned` is called with the outcome, or with
   * TIMEOUT after `timeout` seconds (0 for none).
   */
  call(caller: number, target: number, inst: number, timeout: number): void {
    const jobs = this.jobs;
    const child = jobs.alloc(target, caller, jobs.cls[caller], jobs.key[caller], this.now);
    jobs.inst[child] = inst;
    jobs.child[caller] = child;
    const token = jobs.token[child];
    jobs.childToken[caller] = token;
    if (timeout > 0) {
      jobs.flags[child] |= FLAG_CALLER_TIMEOUT;
      this.queue.push(this.now + timeout, EV_TIMEOUT, ENGINE, caller, token);
    }
    if (this.tracer !== null) this.tracer.called(caller, child, "call");
    this.deliver(jobs.comp[caller], child);
  }

  /**
   * A second copy of `caller`'s current call (a hedged request): both are under way and the
   * caller hears from each; it abandons the other once it has the answer it wants.
   */
  hedge(caller: number, target: number, timeout: number): void {
    const jobs = this.jobs;
    const copy = jobs.alloc(target, caller, jobs.cls[caller], jobs.key[caller], this.now);
    jobs.inst[copy] = -1;
    jobs.hedge[caller] = copy;
    const token = jobs.token[copy];
    jobs.hedgeToken[caller] = token;
    if (timeout > 0) {
      jobs.flags[copy] |= FLAG_CALLER_TIMEOUT;
      this.queue.push(this.now + timeout, EV_TIMEOUT, ENGINE, caller, token);
    }
    if (this.tracer !== null) this.tracer.called(caller, copy, "hedge");
    this.deliver(jobs.comp[caller], copy);
  }

  /** Stops waiting for `job`'s hedged copy, if one is under way. */
  abandonHedge(job: number): void {
    const jobs = this.jobs;
    const token = jobs.hedgeToken[job];
    if (token === 0) return;
    const copy = jobs.hedge[job];
    if (jobs.token[copy] === token) {
      jobs.flags[copy] |= FLAG_ABANDONED;
      if (this.tracer !== null) this.tracer.abandoned(copy);
    }
    jobs.hedgeToken[job] = 0;
  }

  /** Fire and forget: `from` sends a copy of `job`'s request to `target` and does not wait. */
  send(from: number, job: number, target: number): void {
    const jobs = this.jobs;
    const child = jobs.alloc(target, -1, jobs.cls[job], jobs.key[job], this.now);
    if (this.tracer !== null) this.tracer.spawned(job, child, "async");
    this.deliver(from, child);
  }

  /** Starts a new request at a client, in a row of the client's own (no caller). */
  start(comp: number, cls: number, key: number): number {
    const job = this.jobs.alloc(comp, NO_CALLER, cls, key, this.now);
    this.jobs.sent[job] = this.now;
    if (this.tracer !== null) this.tracer.begin(comp, job);
    return job;
  }

  /**
   * A new request of `client` that goes straight to `target`, the client keeping no row of its
   * own (it has no timeout, retry or hedge to track): one row per request instead of two. The
   * answer reaches the client's `answered` with that row. `flags` are set before delivery, since
   * the answer may come back before this returns.
   */
  request(client: number, target: number, cls: number, key: number, flags: number): void {
    const jobs = this.jobs;
    const job = jobs.alloc(target, rowlessCaller(client), cls, key, this.now);
    jobs.sent[job] = this.now;
    jobs.flags[job] |= flags;
    if (this.tracer !== null) this.tracer.beginRowless(client, job);
    this.deliver(client, job);
  }

  /** `job` is done at its component with `outcome`; the answer goes back to the caller. */
  reply(job: number, outcome: number): void {
    if (this.tracer !== null) this.tracer.replied(job, outcome);
    if (this.network === null && this.zones === null) this.complete(job, outcome);
    else this.replyLater(job, outcome);
  }

  /**
   * An answer crosses the network: it arrives after a latency drawn from the replier's stream,
   * and after the zones' latency when it goes back to a caller in another zone.
   */
  private replyLater(job: number, outcome: number): void {
    const jobs = this.jobs;
    const from = jobs.comp[job];
    let delay = this.network === null ? 0 : this.network.sample(this.networkRng[from]);
    if (this.zones !== null) {
      const parent = jobs.parent[job];
      const caller =
        parent >= 0 ? jobs.comp[parent] : parent < NO_CALLER ? rowlessClient(parent) : -1;
      if (caller >= 0) delay += this.zones.delay(from, caller);
      // Within a zone and without a network, an answer stays a direct call.
      if (delay === 0 && this.network === null) {
        this.complete(job, outcome);
        return;
      }
    }
    this.queue.push(this.now + delay, EV_REPLY + outcome, ENGINE, job, jobs.token[job]);
  }

  /**
   * A job vanishes without an answer (its instance crashed and its caller has a timeout that will
   * notice); whatever it was waiting on is abandoned in turn.
   */
  lose(job: number): void {
    if (this.tracer !== null) this.tracer.lost(job);
    this.abandonChild(job);
    this.jobs.free(job);
  }

  /**
   * A callee that applies backpressure has taken `job` in (into service or its queue); its
   * caller, if one waits for it, learns of it through `accepted`.
   */
  handedOver(job: number): void {
    const jobs = this.jobs;
    const parent = jobs.parent[job];
    if (parent < 0 || (jobs.flags[job] & FLAG_ABANDONED) !== 0) return;
    this.components[jobs.comp[parent]].accepted(parent);
  }

  /** Stops waiting for `job`'s current call: its answer, when it comes, is dropped. */
  abandonChild(job: number): void {
    const jobs = this.jobs;
    const child = jobs.child[job];
    if (child >= 0 && jobs.token[child] === jobs.childToken[job]) {
      jobs.flags[child] |= FLAG_ABANDONED;
      if (this.tracer !== null) this.tracer.abandoned(child);
    }
    jobs.child[job] = -1;
    jobs.childToken[job] = 0;
  }

  /**
   * Runs every event up to and including `until`, then sets the clock to `until`, and returns
   * true. With `maxEvents`, it returns false after that many events if `until` is still ahead
   * (the clock at the last event's time), so that a live view gets control back however long a
   * stretch of simulated time takes to run; calling again carries on in the same order.
   */
  runUntil(until: number, maxEvents = Number.POSITIVE_INFINITY): boolean {
    const queue = this.queue;
    const components = this.components;
    const stopAt = this.events + maxEvents;
    while (queue.popUntil(until)) {
      if (queue.time - this.stallFrom <= STALL_SPAN) {
        if (++this.sameInstant > STALL_EVENTS) throw new StalledClock(this.stallFrom, queue.time);
      } else {
        this.sameInstant = 0;
        this.stallFrom = queue.time;
      }
      this.now = queue.time;
      this.events++;
      const comp = queue.comp;
      if (comp >= 0) components[comp].fire(queue.kind, queue.a, queue.b);
      else this.fireEngine(queue.kind, queue.a, queue.b);
      if (this.events >= stopAt) return false;
    }
    this.now = until;
    return true;
  }

  /**
   * The job table may grow no more: stops the run naming the component where the most requests
   * are (a row waiting on a call it made is held up further on, and counts there instead).
   */
  private outOfRows(): never {
    const jobs = this.jobs;
    const held = new Float64Array(this.componentCount);
    for (let j = 0; j < jobs.capacity; j++)
      if ((jobs.flags[j] & FLAG_LIVE) !== 0 && jobs.child[j] < 0) held[jobs.comp[j]]++;
    let most = 0;
    for (let c = 1; c < held.length; c++) if (held[c] > held[most]) most = c;
    throw new MemoryBudgetExceeded(this.components[most].id, held[most], jobs.live, this.now);
  }

  private fireEngine(kind: number, a: number, b: number): void {
    const jobs = this.jobs;
    if (kind === EV_DELIVER) {
      if (jobs.token[a] !== b) return;
      this.arriveNow(a);
    } else if (kind === EV_TIMEOUT) {
      if (jobs.childToken[a] === b) {
        if (this.tracer !== null) this.tracer.timedOut(jobs.child[a]);
        this.abandonChild(a);
      } else if (jobs.hedgeToken[a] === b) {
        if (this.tracer !== null) this.tracer.timedOut(jobs.hedge[a]);
        this.abandonHedge(a);
      } else return;
      this.components[jobs.comp[a]].returned(a, TIMEOUT);
    } else if (kind < EV_HOOK) {
      if (jobs.token[a] === b) this.complete(a, kind - EV_REPLY);
    } else if (kind === EV_HOOK) {
      const action = this.hooks[a];
      this.freeHooks.push(a);
      action();
    } else {
      const ticker = this.tickers[a];
      ticker.action();
      this.queue.push(this.now + ticker.interval, EV_TICK, ENGINE, a, 0);
    }
  }

  private deliver(from: number, child: number): void {
    const edge = from * this.componentCount + this.jobs.comp[child];
    this.calls[edge]++;
    if (this.partitions[edge] > 0) {
      this.cutOff(child);
      return;
    }
    if (this.network === null && this.zones === null) this.arriveNow(child);
    else this.deliverLater(from, child);
  }

  /** `job` reaches its component now. */
  private arriveNow(job: number): void {
    if (this.tracer !== null) this.tracer.arrived(job);
    this.components[this.jobs.comp[job]].arrive(job);
  }

  /**
   * A call crosses the network: it arrives after a latency drawn from the caller's stream, and
   * after the zones' latency when it goes to another zone.
   */
  private deliverLater(from: number, child: number): void {
    const to = this.jobs.comp[child];
    let delay = this.network === null ? 0 : this.network.sample(this.networkRng[from]);
    if (this.zones !== null) {
      delay += this.zones.delay(from, to);
      // Within a zone and without a network, a call stays a direct call.
      if (delay === 0 && this.network === null) {
        this.arriveNow(child);
        return;
      }
    }
    this.queue.push(this.now + delay, EV_DELIVER, ENGINE, child, this.jobs.token[child]);
  }

  /**
   * A call into a partition never arrives. A caller with a timeout waits for it; one without
   * learns at once that the target is unreachable; a fire-and-forget message is just lost.
   */
  private cutOff(child: number): void {
    const jobs = this.jobs;
    if (this.tracer !== null) this.tracer.cutOff(child);
    if (jobs.parent[child] === NO_CALLER || (jobs.flags[child] & FLAG_CALLER_TIMEOUT) !== 0)
      jobs.free(child);
    else this.complete(child, UNAVAILABLE);
  }

  private complete(job: number, outcome: number): void {
    const jobs = this.jobs;
    if (this.tracer !== null) this.tracer.returned(job, outcome);
    const parent = jobs.parent[job];
    if (parent < NO_CALLER) {
      // Nobody abandons a rowless request: its client has no timeout.
      this.components[rowlessClient(parent)].answered(job, outcome);
      return;
    }
    if (parent === NO_CALLER || (jobs.flags[job] & FLAG_ABANDONED) !== 0) {
      jobs.free(job);
      return;
    }
    // Almost always the caller's one call; otherwise the hedged copy of it.
    if (jobs.childToken[parent] === jobs.token[job]) {
      jobs.child[parent] = -1;
      jobs.childToken[parent] = 0;
    } else {
      jobs.hedgeToken[parent] = 0;
    }
    jobs.free(job);
    this.components[jobs.comp[parent]].returned(parent, outcome);
  }
}
