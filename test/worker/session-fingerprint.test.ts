/**
 * The page's live run (a Session, which keeps empty replica slots for live what-ifs) ends on the
 * fingerprint the command line prints for the same scenario and seed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summaryFingerprint } from "../../src/sim/fingerprint";
import { Session } from "../../src/worker/session";
import { COVERAGE, goldenFingerprints } from "../fingerprints/cases";

const golden = goldenFingerprints();

describe.each(["faults-and-retries", "dns-traces-queues", "every-dist", "keys-and-caches"])(
  "coverage scenario %s",
  (name) => {
    it("run to its end by the page's session has the command line's fingerprint", () => {
      const session = new Session(() => 0);
      const text = readFileSync(join(COVERAGE, `${name}.json`), "utf8");
      expect(session.load(text).ok).toBe(true);
      session.advanceTo(Number.POSITIVE_INFINITY);
      const { summary } = session.snapshot({ running: false, speed: "max", withSummary: true });
      expect(summaryFingerprint(summary!)).toBe(golden[`coverage/${name}`]);
    });
  },
);
