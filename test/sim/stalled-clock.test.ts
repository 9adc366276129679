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
    // One run (ten million events before the stall is called) checked for both.
    const error = thrownBy(() => runScenario(loop));
    expect(error).toBeInstanceOf(StalledClock);
    expect(String(error)).toMatch(/stopped advancing at t=0 s/);
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
    const error = thrownBy(() => runScenario(crawl));
    expect(error).toBeInstanceOf(StalledClock);
    expect(String(error)).toMatch(/barely advances from t=0 s/);
  });
});

/** What `run` throws; fails the test when it returns. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a StalledClock, and the run returned");
}
