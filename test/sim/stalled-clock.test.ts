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

describe("a loop of steps too short to matter", () => {
  it("stops the run too, though the clock moves by 1e-142 s a turn", () => {
    const crawl = scenario({
      duration: 10,
      components: [
        closedClient("users", "web", 1, constant(1e-142)),
        server("web", constant(1e-142)),
      ],
    });
    expect(() => runScenario(crawl)).toThrow(StalledClock);
    expect(() => runScenario(crawl)).toThrow(/barely advances from t=0 s/);
  });
});
