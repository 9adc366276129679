import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { theoryBeside } from "../../src/theory/beside";
import { REASONS } from "../../src/theory/match/stream";
import { propertyRuns } from "../property-runs";
import { validScenario } from "../scenario/arbitraries";
import type { Doc } from "../scenario/documents";

describe("theoryBeside on arbitrary valid scenarios", () => {
  it("never throws, and gives either a model with numbers (no NaN) or a known reason", () => {
    const steady = validScenario.map(steadily);
    fc.assert(
      fc.property(steady, (doc) => {
        const parsed = parseScenario(doc);
        if (!parsed.ok) return;
        for (const entry of theoryBeside(parsed.scenario, null)) {
          if (!entry.applies) {
            expect(REASONS).toContain(entry.reason);
            continue;
          }
          for (const row of entry.rows) expect(Number.isNaN(row.theory)).toBe(false);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

/**
 * The document without what rules every model out (faults, schedules, retries, hedging), so
 * that the matching and the formulas themselves are exercised.
 */
function steadily(doc: Doc): Doc {
  const components = (doc.components as Doc[]).map((c) => {
    if (c.type !== "client") return c;
    const { retry: _retry, hedge: _hedge, ...rest } = c;
    const workload = rest.workload as Doc;
    return workload.kind === "open" ? { ...rest, workload: { ...workload, schedule: [] } } : rest;
  });
  return { ...doc, faults: [], components };
}
