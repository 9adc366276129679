import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import type { Fault } from "../../src/scenario/types";
import { runScenario } from "../../src/sim/run";
import { exp, openClient, scenario, server } from "./scenarios";

function withFaults(faults: Fault[]) {
  return scenario({
    duration: 200,
    warmup: 10,
    faults,
    components: [openClient("users", "web", 50), server("web", exp(0.01), { workers: 4 })],
  });
}

describe("recovery after a fault", () => {
  it("is measured from the end of the fault until goodput and p99 are back within 10%", () => {
    const summary = runScenario(
      withFaults([{ kind: "slow", at: 60, target: "web", duration: 20, factor: 50 }]),
    );
    const [r] = summary.recovery!;
    expect(r.fault).toBe("slow web ×50 at 60 s");
    expect(r.baselineGoodput).toBeGreaterThan(45);
    expect(r.baselineGoodput).toBeLessThan(55);
    // The backlog of the slow period drains in a few seconds at 20% utilisation.
    expect(r.seconds).not.toBeNull();
    expect(r.seconds!).toBeLessThan(30);
    expect(r.recoveredAt).toBe(r.end + r.seconds!);
  });

  it("reports a metastable failure as not recovered", () => {
    const text = readFileSync(join(import.meta.dirname, "../../models/retry-storm.json"), "utf8");
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error("preset invalid");
    const [r] = runScenario(parsed.scenario).recovery!;
    expect(r.recoveredAt).toBeNull();
    expect(r.seconds).toBeNull();
  });

  it("judges overlapping faults as one disturbance, from the last end", () => {
    const summary = runScenario(
      withFaults([
        { kind: "crash", at: 60, target: "web", duration: 10 },
        { kind: "slow", at: 65, target: "web", duration: 20, factor: 2 },
      ]),
    );
    expect(summary.recovery).toHaveLength(1);
    expect(summary.recovery![0].fault).toBe("crash web at 60 s + slow web ×2 at 65 s");
    expect(summary.recovery![0].end).toBe(85);
  });

  it("is absent from a run without faults", () => {
    expect(runScenario(withFaults([])).recovery).toBeUndefined();
  });
});
