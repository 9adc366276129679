import { describe, expect, it } from "vitest";
import { SimComponent } from "../../../src/sim/kernel/component";
import { Simulation } from "../../../src/sim/kernel/simulation";
import { ERROR, OK, TIMEOUT, UNAVAILABLE } from "../../../src/sim/outcome";
import { Sampler } from "../../../src/sim/random/sampler";
import { createStream } from "../../../src/sim/random/stream";
import { UnschedulableDelay } from "../../../src/sim/unschedulable-delay";

/** A callee that answers each job with `outcome` after `delay` seconds (at once for 0). */
class Responder extends SimComponent {
  arrivals: number[] = [];

  constructor(
    private readonly sim: Simulation,
    index: number,
    private readonly delay: number,
    private readonly outcome = OK,
  ) {
    super(index, "responder");
  }

  override arrive(job: number): void {
    this.arrivals.push(this.sim.now);
    if (this.delay === 0) this.sim.reply(job, this.outcome);
    else this.sim.schedule(this.delay, this.index, 0, job, this.sim.jobs.token[job]);
  }

  override fire(_kind: number, a: number, b: number): void {
    if (this.sim.jobs.token[a] === b) this.sim.reply(a, this.outcome);
  }

  override returned(): void {
    throw new Error("the responder makes no calls");
  }

  override probe(): void {}

  override resetStatistics(): void {}

  override summarize() {
    return {};
  }
}

/** A caller that records when and how each of its calls ended. */
class Caller extends SimComponent {
  answers: [time: number, outcome: number][] = [];
  /** When each rowless request was sent, read from its row when the answer came. */
  sentAt: number[] = [];

  constructor(private readonly sim: Simulation) {
    super(0, "caller");
  }

  request(target: number, timeout = 0): number {
    const job = this.sim.start(this.index, 0, -1);
    this.sim.call(job, target, -1, timeout);
    return job;
  }

  override arrive(): void {
    throw new Error("nobody calls the caller");
  }

  override returned(job: number, outcome: number): void {
    this.answers.push([this.sim.now, outcome]);
    this.sim.jobs.free(job);
  }

  override answered(job: number, outcome: number): void {
    this.sentAt.push(this.sim.jobs.sent[job]);
    this.returned(job, outcome);
  }

  override probe(): void {}

  override resetStatistics(): void {}

  override summarize() {
    return {};
  }
}

function setup(delay: number, options: { network?: number; outcome?: number } = {}) {
  const network =
    options.network === undefined ? null : new Sampler({ dist: "const", value: options.network });
  const sim = new Simulation(network, [
    createStream("1", "caller", "network"),
    createStream("1", "responder", "network"),
  ]);
  const caller = new Caller(sim);
  const responder = new Responder(sim, 1, delay, options.outcome);
  sim.add(caller);
  sim.add(responder);
  return { sim, caller, responder };
}

describe("Simulation", () => {
  it("delivers a call without network latency at once, and an instant answer before call returns", () => {
    const { sim, caller, responder } = setup(0);
    caller.request(1);
    expect(responder.arrivals).toEqual([0]);
    expect(caller.answers).toEqual([[0, OK]]);
    expect(sim.jobs.live).toBe(0);
    expect(sim.queue.length).toBe(0);
  });

  it("answers a call after the callee's own delay", () => {
    const { sim, caller } = setup(1.5);
    caller.request(1);
    sim.runUntil(10);
    expect(caller.answers).toEqual([[1.5, OK]]);
    expect(sim.jobs.live).toBe(0);
  });

  it("stops after maxEvents with the clock at the last event, and carries on in the same order", () => {
    const { sim, caller } = setup(1, { network: 0.25 });
    for (let i = 0; i < 3; i++) caller.request(1);
    // Each call is three events: delivery, the responder's answer, the reply's arrival.
    expect(sim.runUntil(10, 4)).toBe(false);
    expect(sim.events).toBe(4);
    expect(sim.now).toBe(1.25);
    expect(caller.answers).toEqual([]);
    expect(sim.runUntil(10, 4)).toBe(false);
    expect(sim.runUntil(10, 4)).toBe(true);
    expect(sim.now).toBe(10);
    expect(caller.answers).toEqual([
      [1.5, OK],
      [1.5, OK],
      [1.5, OK],
    ]);
  });

  it("adds one network latency on the way there and one on the way back", () => {
    const { sim, caller, responder } = setup(1, { network: 0.25 });
    caller.request(1);
    sim.runUntil(10);
    expect(responder.arrivals).toEqual([0.25]);
    expect(caller.answers).toEqual([[1.5, OK]]);
  });

  it("carries a failure back to the caller with its kind", () => {
    const { sim, caller } = setup(1, { outcome: ERROR });
    caller.request(1);
    sim.runUntil(10);
    expect(caller.answers).toEqual([[1, ERROR]]);
  });

  it("times a slow call out at the timeout and drops the late answer", () => {
    const { sim, caller } = setup(3);
    caller.request(1, 1);
    sim.runUntil(10);
    expect(caller.answers).toEqual([[1, TIMEOUT]]);
    // The callee's job was abandoned and freed when its answer came at t = 3.
    expect(sim.jobs.live).toBe(0);
  });

  it("forgets the timeout of a call answered in time", () => {
    const { sim, caller } = setup(1);
    caller.request(1, 2);
    sim.runUntil(10);
    expect(caller.answers).toEqual([[1, OK]]);
  });

  it("frees the copy sent fire-and-forget without answering anyone", () => {
    const { sim, caller, responder } = setup(1);
    const job = sim.start(0, 0, -1);
    sim.send(0, job, 1);
    sim.runUntil(10);
    expect(responder.arrivals).toEqual([0]);
    expect(caller.answers).toEqual([]);
    // Only the original request is left.
    expect(sim.jobs.live).toBe(1);
  });

  it("sends a rowless request straight to its target and brings the answer back to the client, one row in all", () => {
    const { sim, caller, responder } = setup(1.5);
    sim.runUntil(0.5);
    sim.request(0, 1, 0, -1, 0);
    expect(sim.jobs.live).toBe(1);
    sim.runUntil(10);
    expect(responder.arrivals).toEqual([0.5]);
    expect(caller.answers).toEqual([[2, OK]]);
    expect(caller.sentAt).toEqual([0.5]);
    expect(sim.jobs.live).toBe(0);
  });

  it("carries a rowless request and its answer across the network", () => {
    const { sim, caller, responder } = setup(1, { network: 0.25 });
    sim.request(0, 1, 0, -1, 0);
    sim.runUntil(10);
    expect(responder.arrivals).toEqual([0.25]);
    expect(caller.answers).toEqual([[1.5, OK]]);
  });

  it("refuses a rowless request into a partition at once, since its client has no timeout to notice", () => {
    const { sim, caller, responder } = setup(1);
    sim.partition(0, 1, true);
    sim.request(0, 1, 0, -1, 0);
    expect(responder.arrivals).toEqual([]);
    expect(caller.answers).toEqual([[0, UNAVAILABLE]]);
    expect(sim.jobs.live).toBe(0);
  });

  it("runs engine hooks at their time, and leaves the clock at the end of the run", () => {
    const { sim } = setup(0);
    const seen: number[] = [];
    sim.at(2, () => seen.push(sim.now));
    sim.at(1, () => seen.push(sim.now));
    sim.at(7, () => seen.push(sim.now));
    sim.runUntil(5);
    expect(seen).toEqual([1, 2]);
    expect(sim.now).toBe(5);
    expect(sim.events).toBe(2);
    sim.runUntil(7);
    expect(seen).toEqual([1, 2, 7]);
  });
});

describe("Simulation.schedule refuses a delay that is not a time", () => {
  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])(
    "stops the run with its cause for %s",
    (delay) => {
      const sim = new Simulation(null, [createStream("1", "responder", "network")]);
      sim.add(new Responder(sim, 0, 1));
      expect(() => sim.schedule(delay, 0, 0, 0, 0)).toThrow(UnschedulableDelay);
      expect(() => sim.schedule(delay, 0, 0, 0, 0)).toThrow(/responder asked for an event after/);
      expect(sim.queue.length).toBe(0);
    },
  );
});
