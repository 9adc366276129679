import type { Scenario } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import type { Summary } from "../../../src/sim/summary";
import { attachRecorder } from "../../../src/sim/trace/attach";
import type { SampleOptions, TraceSample } from "../../../src/sim/trace/sample";

/** Runs `scenario` with a recorder attached: its summary and the sample at the end. */
export function tracedRun(
  scenario: Scenario,
  options: SampleOptions = { rate: 1, max: 1_000_000 },
): { summary: Summary; sample: TraceSample } {
  let read: (() => TraceSample) | undefined;
  const summary = runScenario(scenario, {
    wallClock: () => 0,
    beforeRun: (model) => {
      read = attachRecorder(model, scenario, scenario.seed, options);
    },
  });
  return { summary, sample: read!() };
}
