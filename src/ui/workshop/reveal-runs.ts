/**
 * The two runs a prediction is about, made as the headless check of every lesson makes them
 * (test/models/predictions.test.ts): the scenario as it is and with the change, each run whole
 * on its own seed, which is also the seed the live view runs each text on. Pure: the presenter
 * hands the tasks to the batch worker pool and reads the figure from the summaries it returns.
 */
import type { Figure } from "../../scenario/lesson";
import { parseScenarioText, scenarioJson } from "../../scenario/parse";
import type { RunTask } from "../../sim/batch/task";
import type { Summary } from "../../sim/summary";
import { figureValue } from "./figures";
import type { Figures, RevealProblem, WholeRun } from "./reveal";

export type RevealRuns = { ok: true; tasks: RunTask[] } | { ok: false; problem: RevealProblem };

/** The tasks for the text before the change and the text after it, in that order. */
export function revealRuns(before: string, after: string): RevealRuns {
  const tasks: RunTask[] = [];
  for (const text of [before, after]) {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) return { ok: false, problem: { kind: "invalid", issue: parsed.errors[0] } };
    tasks.push({ document: scenarioJson(text), seed: parsed.scenario.seed });
  }
  return { ok: true, tasks };
}

/** The figure of the two runs' summaries, in the order of `revealRuns`' tasks. */
export function revealFigures(figure: Figure, summaries: readonly Summary[]): Figures {
  const run = (summary: Summary): WholeRun => ({
    value: figureValue(summary, figure),
    seed: summary.seed,
    duration: summary.duration,
  });
  return { before: run(summaries[0]), after: run(summaries[1]) };
}
