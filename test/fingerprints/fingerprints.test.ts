/**
 * The fingerprints the browsers must reproduce, checked in Node: each short case and coverage
 * scenario run as a batch task (what a Web Worker of the page runs too), and the command line's
 * `archsim run --json` on two of them. After an intended change of the numbers, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/fingerprints test/models` and review the diff; the
 * cross-engine browser test (test/e2e/fingerprints.test.ts) reads the same files.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { runTask } from "../../src/sim/batch/task";
import { summaryFingerprint } from "../../src/sim/fingerprint";
import { COVERAGE, GOLDEN_SHORT, goldenFingerprints, shortCases } from "./cases";

const ROOT = join(import.meta.dirname, "../..");
const cases = shortCases();
const golden = process.env.UPDATE_GOLDEN ? {} : goldenFingerprints();
const computed: Record<string, string> = {};

afterAll(() => {
  if (process.env.UPDATE_GOLDEN)
    writeFileSync(GOLDEN_SHORT, `${JSON.stringify(computed, null, 2)}\n`);
});

describe.each(cases)("$id", ({ id, document, seed }) => {
  it("is a valid scenario without warnings whose run has its golden fingerprint", () => {
    const parsed = parseScenario(document);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.warnings).toEqual([]);
    computed[id] = summaryFingerprint(runTask({ document, seed }));
    if (!process.env.UPDATE_GOLDEN) expect(computed[id]).toBe(golden[id]);
  });
});

describe("the command line", () => {
  it("prints the golden fingerprints of a coverage scenario and of a shortened preset", () => {
    if (process.env.UPDATE_GOLDEN) return;
    const run = (...args: string[]) =>
      JSON.parse(
        execFileSync("node", ["bin/archsim.js", "run", ...args, "--json"], {
          cwd: ROOT,
          encoding: "utf8",
        }),
      );
    expect(run(join(COVERAGE, "faults-and-retries.json")).fingerprint).toBe(
      golden["coverage/faults-and-retries"],
    );
    const short = cases.find((c) => c.id === "short/retry-storm")!;
    const cut = run(
      "models/retry-storm.json",
      "--duration",
      String(short.document.duration),
      "--warmup",
      String(short.document.warmup),
    );
    expect(cut.fingerprint).toBe(golden["short/retry-storm"]);
  });
});
