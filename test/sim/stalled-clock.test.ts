import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/sim/run";
import { StalledClock } from "../../src/sim/stalled-clock";
import { closedClient, constant, scenario, server } from "./scenarios";

describe("a loop of zero-duration steps", () => {
  it("stops the run with a clear StalledClock error instead of hanging", () => {
    const loop = scenario({
      duration: 10,
      components: [closedClient("users", "web", 1, constant(0)), server("web", constant(0))],
    });
    expect(() => runScenario(loop)).toThrow(StalledClock);
    expect(() => runScenario(loop)).toThrow(/stopped advancing at t=0 s/);
  });

  it("leaves a zero think time alone when the server takes time", () => {
    const busy = scenario({
      duration: 10,
      components: [closedClient("users", "web", 1, constant(0)), server("web", constant(0.01))],
    });
    // One request every 10 ms from t=0: the one answered at exactly t=10 is inside the run.
    expect(runScenario(busy).requests.completed).toBe(1000);
  });
});
