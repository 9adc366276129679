import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/scenario/issues";
import { LIMITS, textTooDeep, tooDeep } from "../../src/scenario/limits";
import { parseScenario, parseScenarioText } from "../../src/scenario/parse";
import { decodeShareLink, encodeShareLink } from "../../src/scenario/share-link";

type Doc = Record<string, unknown>;

const client = { id: "u", type: "client", workload: { kind: "open", rate: 10 }, target: "s" };
const server = (extra: Doc = {}) => ({
  id: "s",
  type: "server",
  service: { dist: "exp", mean: 0.01 },
  ...extra,
});
const doc = (...components: Doc[]): Doc => ({ version: 1, name: "x", duration: 10, components });

function errors(d: unknown): string[] {
  const r = parseScenario(d);
  return r.ok ? [] : r.errors.map(formatIssue);
}

/** `inner` wrapped in `levels` arrays, built without recursion. */
function nested(levels: number, inner: unknown = 1): unknown {
  let v = inner;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

describe("limits", () => {
  it("accept a scenario at every limit", () => {
    const d = doc(
      client,
      server({
        replicas: LIMITS.replicas,
        workers: LIMITS.workers,
        queue: LIMITS.queue,
        label: "x".repeat(LIMITS.label),
      }),
    );
    expect(errors(d)).toEqual([]);
  });

  it("refuse replicas, workers and a queue past them, each at its path, saying the limit", () => {
    const d = doc(client, server({ replicas: 1e8, workers: 1e15, queue: 4e10 }));
    expect(errors(d)).toEqual([
      "components[1].workers: must be at most 1000000000 (a limit of archsim, see docs/scenario-format.md), got 1000000000000000",
      "components[1].replicas: must be at most 10000 (a limit of archsim, see docs/scenario-format.md), got 100000000",
      "components[1].queue: must be at most 1000000000 (a limit of archsim, see docs/scenario-format.md), got 40000000000",
    ]);
  });

  it("keep the readers' own wording below the range", () => {
    expect(errors(doc(client, server({ workers: 0 })))).toEqual([
      "components[1].workers: must be an integer >= 1, got 0",
    ]);
  });

  it("refuse more components than the engine's tables hold, without reading each", () => {
    const many = Array.from({ length: 70_000 }, (_, i) => server({ id: `s${i}` }));
    const r = parseScenario(doc(client, ...many));
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([
      "components: holds 70001 components; at most 1000 can be simulated",
    ]);
    // Not "has no client": the components were not read.
    expect(r.warnings).toEqual([]);
  });

  it("refuse a label of 100,000 characters", () => {
    expect(errors(doc(client, server({ label: { en: "x".repeat(100_000) } })))).toEqual([
      "components[1].label: is longer than 1000 characters",
    ]);
  });
});

describe("depth", () => {
  it("finds where a value is nested too deep, iteratively, even ten million deep", () => {
    expect(tooDeep(nested(LIMITS.depth))).toBeUndefined();
    expect(tooDeep({ a: nested(LIMITS.depth) })).toBe(`a${"[0]".repeat(LIMITS.depth - 1)}`);
    expect(tooDeep(nested(10_000_000))).toBe("[0]".repeat(LIMITS.depth));
  });

  it("refuses a lesson value nested 10,000 deep with one clear error, where a walk overflowed", () => {
    const d = doc(client, server());
    d.lesson = {
      goal: "g",
      try: [
        {
          text: "t",
          change: { set: [{ path: "components.s.label", value: nested(10_000, "x") }] },
        },
      ],
      question: { text: "q", answer: "a" },
    };
    const found = errors(d);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^lesson\.try\[0\]\.change\.set\[0\]\.value(\[0\])+: is nested more than 64 levels deep/,
    );
  });

  it("refuses text nested ten million deep before parsing it, in one pass", () => {
    const depth = 10_000_000;
    const text = `{"version":1,"x":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const started = performance.now();
    const r = parseScenarioText(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([
      "(document): is nested more than 64 levels deep; a scenario needs about 8, so nothing of this document is read",
    ]);
  });

  it("counts brackets outside strings only", () => {
    expect(textTooDeep(JSON.stringify({ name: "[".repeat(1000) }))).toBe(false);
    expect(textTooDeep(JSON.stringify({ name: '\\"[' }))).toBe(false);
    expect(textTooDeep(JSON.stringify(nested(65)))).toBe(true);
  });

  it("refuses a share link nested too deep with the reason, not a blank page", () => {
    const link = encodeShareLink({
      scenario: { ...doc(client, server()), extra: nested(100) } as Doc,
    });
    const decoded = decodeShareLink(link);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok && decoded.reason === "invalid-scenario") {
      expect(decoded.issues.map(formatIssue)[0]).toMatch(/nested more than 64 levels deep/);
    } else throw new Error(`refused for another reason: ${JSON.stringify(decoded)}`);
  });
});
