import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import type { Server } from "../../src/scenario/types";
import { type Doc, errorsOf, type Json } from "./documents";

const exp = { dist: "exp", mean: 0.01 };

/** users → front, whose calls are `calls`, to a, b and back to front. */
function routed(calls: Json[], more: Json[] = []): Doc {
  return {
    version: 1,
    name: "routed",
    duration: 60,
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "front" },
      { id: "front", type: "server", blocking: false, service: exp, calls },
      { id: "a", type: "server", service: exp },
      { id: "b", type: "server", service: exp },
      ...more,
    ],
  };
}

describe("probabilistic calls", () => {
  it("reads a probability, a choice and a cap on a call", () => {
    const result = parseScenario(
      routed([
        { target: "a", probability: 0.7, choice: "route" },
        { target: "b", probability: 0.3, choice: "route" },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const front = result.scenario.components[1] as Server;
    expect(front.calls).toEqual([
      { target: "a", mode: "sync", probability: 0.7, choice: "route" },
      { target: "b", mode: "sync", probability: 0.3, choice: "route" },
    ]);
  });

  it("refuses a probability outside [0, 1] at its path", () => {
    expect(errorsOf(routed([{ target: "a", probability: 1.5 }]))).toEqual([
      "components[1].calls[0].probability: must be a number between 0 and 1, got 1.5",
    ]);
  });

  it("refuses a choice whose probabilities add up to more than 1, at the call that passes 1", () => {
    expect(
      errorsOf(
        routed([
          { target: "a", probability: 0.6, choice: "route" },
          { target: "b", probability: 0.5, choice: "route" },
        ]),
      ),
    ).toEqual([
      'components[1].calls[1].probability: the probabilities of choice "route" add up to 1.1, more than 1',
    ]);
  });

  it("takes probabilities that add up to 1 but for rounding", () => {
    const calls = [0.1, 0.2, 0.7].map((p) => ({ target: "a", probability: p, choice: "x" }));
    expect(parseScenario(routed(calls)).ok).toBe(true);
  });

  it("refuses a call of a choice without a probability, or apart from the others", () => {
    expect(
      errorsOf(
        routed([
          { target: "a", probability: 0.5, choice: "route" },
          { target: "b" },
          { target: "b", choice: "route" },
        ]),
      ),
    ).toEqual([
      'components[1].calls[2].choice: the calls of choice "route" must be next to each other (another one is at calls[0])',
      'components[1].calls[2].probability: a call of choice "route" needs a probability',
    ]);
  });

  it("refuses a choice whose calls apply to different classes", () => {
    expect(
      errorsOf(
        routed([
          { target: "a", probability: 0.5, choice: "route" },
          { target: "b", probability: 0.5, choice: "route", when: "write" },
        ]),
      ),
    ).toContain(
      'components[1].calls[1].when: the calls of choice "route" must all have the same when (calls[0] differs)',
    );
  });
});

describe("bounded feedback", () => {
  it("accepts a call back to an earlier station with a visit cap", () => {
    const doc = routed(
      [{ target: "back" }],
      [
        {
          id: "back",
          type: "server",
          service: exp,
          calls: [{ target: "front", probability: 0.4, maxVisits: 10 }],
        },
      ],
    );
    expect(parseScenario(doc).ok).toBe(true);
  });

  it("still refuses the same loop without a cap, at the call that closes it", () => {
    const doc = routed(
      [{ target: "back" }],
      [
        {
          id: "back",
          type: "server",
          service: exp,
          calls: [{ target: "front", probability: 0.4 }],
        },
      ],
    );
    expect(errorsOf(doc)).toEqual([
      "components[4].calls[0].target: call cycle front → back → front would never end",
    ]);
  });

  it("refuses a loop that has a cap on one way round and none on another", () => {
    // front → a (capped) → front, and front → b → a → front: the second loop has no cap.
    const doc: Doc = {
      version: 1,
      name: "two loops",
      duration: 60,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "front" },
        {
          id: "front",
          type: "server",
          service: exp,
          calls: [{ target: "a", maxVisits: 3 }, { target: "b" }],
        },
        { id: "a", type: "server", service: exp, calls: [{ target: "front" }] },
        { id: "b", type: "server", service: exp, calls: [{ target: "a" }] },
      ],
    };
    expect(errorsOf(doc)).toEqual([
      "components[2].calls[0].target: call cycle front → b → a → front would never end",
    ]);
  });

  it("refuses a cap on an async call", () => {
    expect(errorsOf(routed([{ target: "a", mode: "async", maxVisits: 2 }]))).toEqual([
      "components[1].calls[0].maxVisits: applies to a sync call only: an async call does not wait, so the request's visits cannot be counted",
    ]);
  });

  it("refuses a capped loop that an async call passes through, naming the loop", () => {
    const doc = routed(
      [{ target: "back", mode: "async" }],
      [{ id: "back", type: "server", service: exp, calls: [{ target: "front", maxVisits: 5 }] }],
    );
    expect(errorsOf(doc)).toEqual([
      "components[4].calls[0].maxVisits: this capped call is on a loop (back → front → back) that passes an async call or a queue, where a request's visits stop being counted, so the loop is not bounded",
    ]);
  });

  it("refuses loops that could nest deeper than the engine unwinds", () => {
    const doc = routed(
      [{ target: "back" }],
      [{ id: "back", type: "server", service: exp, calls: [{ target: "front", maxVisits: 50 }] }],
    );
    const servers = Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      type: "server",
      service: exp,
      calls: [{ target: i === 19 ? "front" : `s${i + 1}`, ...(i === 19 ? { maxVisits: 50 } : {}) }],
    }));
    const components = doc.components as Json[];
    (components[1] as { calls: Json[] }).calls.push({ target: "s0" });
    components.push(...servers);
    expect(errorsOf(doc)).toEqual([
      'components[4].calls[0].maxVisits: the loops through "front" could nest up to 2222 calls deep in one request; at most 1000 are simulated (lower maxVisits)',
    ]);
  });

  it("refuses a cap above the most visits simulated", () => {
    expect(errorsOf(routed([{ target: "a", maxVisits: 51 }]))).toEqual([
      "components[1].calls[0].maxVisits: must be an integer between 1 and 50, got 51",
    ]);
  });
});
