/**
 * Every preset in models/ validates without warnings, runs to its end with conservation intact
 * (runScenario checks it), and gives the same headline figures as its golden summary: a change
 * of behaviour shows up here. After an intended change, regenerate the goldens with
 * `UPDATE_GOLDEN=1 npx vitest run test/models` and review the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import { plainText } from "../../src/scenario/text";
import { summaryFingerprint } from "../../src/sim/fingerprint";
import { runScenario } from "../../src/sim/run";
import type { Summary } from "../../src/sim/summary";
import { GOLDEN_PRESETS } from "../fingerprints/cases";

const MODELS = join(import.meta.dirname, "../../models");
const GOLDEN = join(import.meta.dirname, "golden");
const presets = readdirSync(MODELS).filter((f) => f.endsWith(".json"));

/** The figures a golden keeps, rounded to 4 significant digits so float noise cannot flap. */
function headline(s: Summary) {
  const round = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(4)));
  const components: Record<string, Record<string, number>> = {};
  for (const [id, c] of Object.entries(s.components)) {
    const figures: Record<string, number> = {};
    for (const key of [
      "utilization",
      "meanQueue",
      "served",
      "rejected",
      "failed",
      "hitRatio",
    ] as const) {
      const v = c[key];
      if (typeof v === "number") figures[key] = round(v);
    }
    components[id] = figures;
  }
  return {
    events: s.events,
    requests: s.requests,
    throughput: round(s.throughput),
    latency: Object.fromEntries(Object.entries(s.latency).map(([k, v]) => [k, round(v)])),
    components,
    recovery: s.recovery?.map((r) => ({
      fault: r.fault,
      seconds: r.seconds === null ? null : round(r.seconds),
    })),
  };
}

/** Each preset's fingerprint, which the browsers must reproduce (test/e2e/fingerprints.test.ts). */
const fingerprints: Record<string, string> = process.env.UPDATE_GOLDEN
  ? {}
  : JSON.parse(readFileSync(GOLDEN_PRESETS, "utf8"));

afterAll(() => {
  if (process.env.UPDATE_GOLDEN) {
    const sorted = Object.fromEntries(
      Object.entries(fingerprints).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    writeFileSync(GOLDEN_PRESETS, `${JSON.stringify(sorted, null, 2)}\n`);
  }
});

describe.each(presets)("preset %s", (file) => {
  it("validates without warnings, runs to its end and matches its golden summary", () => {
    const parsed = parseScenarioText(readFileSync(join(MODELS, file), "utf8"));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
    expect(parsed.warnings).toEqual([]);
    const goal = parsed.scenario.lesson?.goal;
    expect(goal === undefined ? "" : plainText(goal)).not.toBe("");
    const summary = runScenario(parsed.scenario);
    const figures = headline(summary);
    const golden = join(GOLDEN, file);
    const id = `preset/${file.replace(/\.json$/, "")}`;
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(golden, `${JSON.stringify(figures, null, 2)}\n`);
      fingerprints[id] = summaryFingerprint(summary);
    }
    expect(figures).toEqual(JSON.parse(readFileSync(golden, "utf8")));
    expect(summaryFingerprint(summary)).toBe(fingerprints[id]);
  });
});
