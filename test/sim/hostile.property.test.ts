/**
 * The fuzz's generators on every `npm test`: a small scenario with one field replaced by a
 * hostile number, a huge count, a deep value or a hostile name. Every case must end with a
 * result or a clear refusal within its budget, conserve its requests and print no NaN.
 * ARCHSIM_FUZZ_RUNS sets how many cases (20 by default; CI may ask for thousands).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insightsToText } from "../../src/cli/insights";
import { summaryToTable } from "../../src/cli/table";
import { formatIssue } from "../../src/scenario/issues";
import { parseScenario } from "../../src/scenario/parse";
import { MemoryBudgetExceeded } from "../../src/sim/memory-budget";
import { runScenario } from "../../src/sim/run";
import { StalledClock } from "../../src/sim/stalled-clock";
import { UnschedulableDelay } from "../../src/sim/unschedulable-delay";
import { WorkBudgetExceeded } from "../../src/sim/work-budget";
import { theoryBeside } from "../../src/theory/beside";

type Doc = Record<string, unknown>;

const RUNS = Number(process.env.ARCHSIM_FUZZ_RUNS ?? 20);

/** Events a case may take: beyond them (or projected beyond them) the run is stopped. */
const EVENT_BUDGET = 2_000_000;

function base(): Doc {
  return {
    version: 1,
    name: "fuzz",
    duration: 5,
    components: [
      {
        id: "users",
        type: "client",
        workload: { kind: "open", rate: 20 },
        target: "web",
        timeout: 1,
        retry: { max: 2, backoff: 0.05, multiplier: 2 },
        mix: [
          { class: "read", weight: 3 },
          { class: "write", weight: 1 },
        ],
      },
      {
        id: "web",
        type: "server",
        workers: 4,
        queue: 50,
        replicas: 2,
        service: { dist: "exp", mean: 0.05 },
      },
    ],
  };
}

/** Paths of numeric fields, each a place to put a hostile number. */
const NUMERIC: ((d: Doc) => [Doc, string])[] = [
  (d) => [d, "duration"],
  (d) => [client(d).workload as Doc, "rate"],
  (d) => [client(d), "timeout"],
  (d) => [client(d).retry as Doc, "max"],
  (d) => [client(d).retry as Doc, "backoff"],
  (d) => [client(d).retry as Doc, "multiplier"],
  (d) => [server(d), "workers"],
  (d) => [server(d), "queue"],
  (d) => [server(d), "replicas"],
  (d) => [server(d).service as Doc, "mean"],
];

const HOSTILE_NUMBERS = [
  0,
  -1,
  0.5,
  1e-300,
  1e-9,
  1e15,
  1e308,
  2 ** 53,
  4e9,
  1e8,
  Number.MAX_VALUE,
  5e-324,
];

const HOSTILE_NAMES = [
  "__proto__",
  "constructor",
  "toString",
  "a\u001b[2J\r\nb",
  "\u202eevil",
  "x".repeat(100_000),
];

const client = (d: Doc) => (d.components as Doc[])[0];
const server = (d: Doc) => (d.components as Doc[])[1];

const numericMutant = fc
  .tuple(fc.nat(NUMERIC.length - 1), fc.constantFrom(...HOSTILE_NUMBERS))
  .map(([field, value]) => {
    const d = base();
    const [owner, key] = NUMERIC[field](d);
    owner[key] = value;
    return d;
  });

const nameMutant = fc
  .tuple(fc.constantFrom(...HOSTILE_NAMES), fc.constantFrom("class", "label", "name"))
  .map(([name, where]) => {
    const d = base();
    if (where === "class") (client(d).mix as Doc[])[0].class = name;
    else if (where === "label") server(d).label = name;
    else d.name = name;
    return d;
  });

const deepMutant = fc.nat(200).map((levels) => {
  const d = base();
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = [v];
  d.extra = v;
  return d;
});

const hostile = fc.oneof(numericMutant, nameMutant, deepMutant);

describe("hostile and extreme scenarios", () => {
  it(`each end with a result or a clear refusal, conserve requests and print no NaN (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(hostile, (doc) => {
        const parsed = parseScenario(doc);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const e of parsed.errors) expect(formatIssue(e)).not.toMatch(/NaN|undefined/);
          return;
        }
        const started = performance.now();
        theoryBeside(parsed.scenario, null);
        expect(performance.now() - started).toBeLessThan(1000);
        try {
          const summary = runScenario(parsed.scenario, {
            maxEvents: EVENT_BUDGET,
            maxJobRows: 1 << 16,
          });
          const r = summary.requests;
          // runScenario checks conservation against the job table itself; the summary agrees.
          expect(r.generated).toBe(r.completed + r.failed + r.inFlight);
          const byClass = Object.values(summary.classes).reduce((n, c) => n + c.completed, 0);
          expect(byClass).toBe(r.completed);
          const text = summaryToTable(summary) + insightsToText(parsed.scenario, summary);
          expect(text).not.toMatch(/NaN/);
        } catch (error) {
          // A clear refusal: the clock stopped, a delay was no time, or a budget ran out.
          const known =
            error instanceof WorkBudgetExceeded ||
            error instanceof MemoryBudgetExceeded ||
            error instanceof StalledClock ||
            error instanceof UnschedulableDelay;
          if (!known) throw error;
        }
      }),
      { numRuns: RUNS },
    );
  });
});
