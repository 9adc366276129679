import { describe, expect, it } from "vitest";
import type { Server } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { constant, exp, openClient, scenario, server } from "../scenarios";

/** client → front, whose calls are given, to a and b (each answering in 1 ms). */
function front(calls: Server["calls"], seed = "1") {
  return scenario({
    seed,
    duration: 200,
    components: [
      openClient("client", "front", 50),
      server("front", constant(0.001), { workers: 100, calls }),
      server("a", constant(0.001), { workers: 100 }),
      server("b", constant(0.001), { workers: 100 }),
    ],
  });
}

describe("probabilistic calls", () => {
  it("makes a call with probability p on about p of the requests", () => {
    const run = runScenario(front([{ target: "a", mode: "sync", probability: 0.3 }]));
    const served = run.components.front.served!;
    const share = run.components.a.served! / served;
    // Binomial: 4 standard deviations of a share over ~10,000 requests is under 0.02.
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.32);
  });

  it("makes at most one call of a choice, each about as often as its probability", () => {
    const run = runScenario(
      front([
        { target: "a", mode: "sync", probability: 0.5, choice: "next" },
        { target: "b", mode: "sync", probability: 0.2, choice: "next" },
      ]),
    );
    const served = run.components.front.served!;
    const a = run.components.a.served! / served;
    const b = run.components.b.served! / served;
    expect(Math.abs(a - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(b - 0.2)).toBeLessThan(0.02);
    // Nobody waits (100 workers each, 1 ms apiece): a request that called both would take 3 ms.
    expect(run.latency.max).toBeLessThan(0.0025);
  });

  it("repeats a run with probabilistic calls exactly from the same seed", () => {
    const calls = [{ target: "a", mode: "sync" as const, probability: 0.4 }];
    expect(runScenario(front(calls, "x"))).toEqual({
      ...runScenario(front(calls, "x")),
      wallSeconds: expect.any(Number),
    });
  });

  it("draws nothing for a probability of 1: the run is the one without it", () => {
    const plain = runScenario(front([{ target: "a", mode: "sync" }]));
    const certain = runScenario(front([{ target: "a", mode: "sync", probability: 1 }]));
    expect({ ...certain, wallSeconds: 0 }).toEqual({ ...plain, wallSeconds: 0 });
  });
});

describe("bounded feedback", () => {
  /** client → a → b → a (back with probability p, at most `cap` visits of a). */
  function loop(p: number, cap: number) {
    return scenario({
      duration: 100,
      components: [
        openClient("client", "a", 20),
        server("a", exp(0.001), { blocking: false, calls: [{ target: "b", mode: "sync" }] }),
        server("b", exp(0.001), {
          blocking: false,
          calls: [{ target: "a", mode: "sync", probability: p, maxVisits: cap }],
        }),
      ],
    });
  }

  it("visits the earlier station exactly maxVisits times when the call back is certain", () => {
    // A request's visits are nested calls, so all of them finish with the request.
    const run = runScenario(loop(1, 3));
    expect(run.requests.failed).toBe(0);
    expect(run.components.a.served).toBe(3 * run.requests.completed);
    expect(run.components.b.served).toBe(3 * run.requests.completed);
  });

  it("visits it 1/(1-p) times on average when the cap is far", () => {
    const run = runScenario(loop(0.5, 50));
    const visits = run.components.a.served! / run.requests.completed;
    expect(Math.abs(visits - 2)).toBeLessThan(0.05);
  });
});
