import type { Remote } from "comlink";
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/scenario/types";
import type { ProbeLayout } from "../../src/sim/probe";
import type { Summary } from "../../src/sim/summary";
import { Controller } from "../../src/ui/controller";
import { initialState, Store } from "../../src/ui/store";
import type { LoadResult, SimulatorApi, Snapshot } from "../../src/worker/protocol";

const layout = { components: [], edges: [], rowLength: 2 };

/** A worker whose loads start run `run`, numbered as the session numbers them. */
function workerStartingRun(run: number): Remote<SimulatorApi> {
  const loaded: LoadResult = {
    ok: true,
    scenario: { duration: 60 } as Scenario,
    layout,
    warnings: [],
    probeInterval: 1,
    run,
  };
  return { load: async () => loaded } as unknown as Remote<SimulatorApi>;
}

function snapshot(run: number, time: number, summary?: Summary): Snapshot {
  return {
    run,
    time,
    duration: 60,
    events: 100,
    seed: "1",
    running: true,
    finished: false,
    speed: 1,
    rows: Float64Array.of(time, 0.5),
    markers: [],
    summary,
  };
}

describe("Controller", () => {
  it("ignores the replaced run's snapshots that arrive after a load", async () => {
    const store = new Store(initialState(), () => {});
    const controller = new Controller(store, workerStartingRun(2), null);
    const oldSummary = { requests: { generated: 7 } } as unknown as Summary;
    controller.onSnapshot(snapshot(1, 30, oldSummary));
    expect(store.state.summary).toBe(oldSummary);

    await controller.load("{}");
    controller.onSnapshot(snapshot(1, 31, oldSummary));
    expect(store.state.summary).toBeNull();
    expect(store.state.history.length).toBe(0);
    expect(store.state.time).toBe(0);

    controller.onSnapshot(snapshot(2, 1));
    expect(store.state.history.length).toBe(1);
    expect(store.state.time).toBe(1);
  });

  it("keeps a selection that only the next document has when a slow worker answers an earlier load", async () => {
    const store = new Store(initialState(), () => {});
    const answers: ((result: LoadResult) => void)[] = [];
    const slow = {
      load: () => new Promise<LoadResult>((resolve) => answers.push(resolve)),
    } as unknown as Remote<SimulatorApi>;
    const controller = new Controller(store, slow, null);
    const loaded = (run: number, components: string[]): LoadResult => ({
      ok: true,
      scenario: { duration: 60 } as Scenario,
      layout: { ...layout, components } as unknown as ProbeLayout,
      warnings: [],
      probeInterval: 1,
      run,
    });
    // An edit of server-1's workers, then its rename to api, which the selection follows.
    const edited = controller.load('{"edit":1}');
    const renamed = controller.load('{"edit":2}');
    controller.select("api");
    answers[0](loaded(1, ["users", "server-1"]));
    await edited;
    expect(store.state.selected).toBe("api");
    answers[1](loaded(2, ["users", "api"]));
    await renamed;
    expect(store.state.selected).toBe("api");
  });

  it("drops the selection of a component the latest document no longer has", async () => {
    const store = new Store(initialState(), () => {});
    const controller = new Controller(store, workerStartingRun(2), null);
    controller.select("gone");
    await controller.load("{}");
    expect(store.state.selected).toBeNull();
  });
});
