import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runReplications } from "../../src/cli/replicate";
import { parseScenarioText } from "../../src/scenario/parse";
import {
  canonicalSummary,
  FINGERPRINT_LENGTH,
  fnv1a64,
  summaryFingerprint,
} from "../../src/sim/fingerprint";
import { runScenario } from "../../src/sim/run";
import { Session } from "../../src/worker/session";
import { oneRun } from "../cli/fixtures";

const preset = (name: string) =>
  readFileSync(join(import.meta.dirname, `../../models/${name}.json`), "utf8");

function scenarioOf(text: string) {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error("preset invalid");
  return parsed.scenario;
}

describe("summaryFingerprint", () => {
  it("hashes with 64-bit FNV-1a (the published test vectors)", () => {
    expect(fnv1a64(new Uint8Array())).toBe("cbf29ce484222325");
    expect(fnv1a64(new TextEncoder().encode("a"))).toBe("af63dc4c8601ec8c");
    expect(fnv1a64(new TextEncoder().encode("foobar"))).toBe("85944171f73967e8");
  });

  it("is ten hex digits, blind to the wall time and to the order of keys", () => {
    const summary = oneRun();
    const fingerprint = summaryFingerprint(summary);
    expect(fingerprint).toMatch(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`));
    expect(summaryFingerprint({ ...summary, wallSeconds: 99 })).toBe(fingerprint);
    const reordered = Object.fromEntries(Object.entries(summary).reverse()) as typeof summary;
    expect(summaryFingerprint(reordered)).toBe(fingerprint);
    expect(summaryFingerprint({ ...summary, fingerprint: "0000000000" })).toBe(fingerprint);
  });

  it("is blind to the wall time inside ci95 too, as replications write it", () => {
    const scenario = scenarioOf(preset("one-server-saturating"));
    const replicated = runReplications(scenario, { replications: 2, duration: 20 });
    const ci95 = (s: typeof replicated) => (s as unknown as { ci95: Record<string, unknown> }).ci95;
    expect(ci95(replicated)).toHaveProperty("wallSeconds");
    const slower = structuredClone(replicated);
    ci95(slower).wallSeconds = 99;
    expect(summaryFingerprint(slower)).toBe(summaryFingerprint(replicated));
  });

  it("changes when any figure changes, however deep", () => {
    const summary = oneRun();
    const fingerprint = summaryFingerprint(summary);
    expect(summaryFingerprint({ ...summary, events: summary.events + 1 })).not.toBe(fingerprint);
    const deeper = structuredClone(summary);
    deeper.latency.p99 += 1e-12;
    expect(summaryFingerprint(deeper)).not.toBe(fingerprint);
    expect(canonicalSummary(summary)).not.toContain("wallSeconds");
  });

  it("is the same for two runs of one scenario and seed, and differs with the seed", () => {
    const scenario = scenarioOf(preset("one-server-saturating"));
    const a = runScenario(scenario, { duration: 60 });
    const b = runScenario(scenario, { duration: 60 });
    expect(summaryFingerprint(a)).toBe(summaryFingerprint(b));
    expect(summaryFingerprint(runScenario(scenario, { duration: 60, seed: "2" }))).not.toBe(
      summaryFingerprint(a),
    );
  });

  it("is the same from the live session (the worker's run) as from the command line's run", () => {
    const text = preset("retry-storm");
    const expected = summaryFingerprint(runScenario(scenarioOf(text)));
    const session = new Session();
    expect(session.load(text).ok).toBe(true);
    for (let t = 1.3; !session.finished; t += 17.1) session.advanceTo(t);
    const last = session.snapshot({ running: false, speed: 1, withSummary: true });
    expect(last.summary).toBeDefined();
    expect(summaryFingerprint(last.summary!)).toBe(expected);
  });
});
