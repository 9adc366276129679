/**
 * The page's live run (a Session, which keeps empty replica slots for live what-ifs) ends on the
 * fingerprint the command line prints for the same scenario and seed: every preset cut short, and
 * every coverage scenario.
 */
import { describe, expect, it } from "vitest";
import { summaryFingerprint } from "../../src/sim/fingerprint";
import { Session } from "../../src/worker/session";
import { goldenFingerprints, shortCases } from "../fingerprints/cases";

const golden = goldenFingerprints();

describe.each(shortCases().map((c) => [c.id, c] as const))("%s", (id, { document, seed }) => {
  it("run to its end by the page's session has the command line's fingerprint", () => {
    const session = new Session(() => 0);
    expect(session.load(JSON.stringify({ ...document, seed })).ok).toBe(true);
    session.advanceTo(Number.POSITIVE_INFINITY);
    const { summary } = session.snapshot({ running: false, speed: "max", withSummary: true });
    expect(summaryFingerprint(summary!)).toBe(golden[id]);
  });
});
