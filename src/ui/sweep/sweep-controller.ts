/**
 * Runs a sweep of the current scenario on a pool of Web Workers with the sweep core the command
 * line uses (plan, tasks, analysis): for the same document, parameter, values, replications and
 * seed (the scenario's own, as `archsim sweep` takes it), the numbers are the command line's.
 */
import { analyzeSweep } from "../../sim/sweep/analyze";
import { poolSize } from "../batch/pool";
import { runBatch } from "../batch/worker-pool";
import type { Controller } from "../controller";
import type { Store } from "../store";
import type { SweepProblem, SweepState } from "./state";
import { type SweepInputs, sweepRequest } from "./sweep-inputs";

export class SweepController {
  private batch: AbortController | null = null;

  constructor(
    private readonly store: Store,
    private readonly controller: Controller,
  ) {}

  async run(inputs: SweepInputs): Promise<void> {
    this.cancel();
    const request = sweepRequest(this.store.state.scenarioText, inputs);
    if (!request.ok) return this.fail(request.problems);
    const { plan, slos, seed } = request;
    const abort = new AbortController();
    this.batch = abort;
    await this.controller.pause();
    this.set({
      status: "running",
      done: 0,
      total: plan.tasks.length,
      workers: poolSize(plan.tasks.length, globalThis.navigator?.hardwareConcurrency),
      result: null,
      slos,
      seed,
      problems: [],
      warnings: plan.warnings,
    });
    const result = await runBatch(plan.tasks, {
      signal: abort.signal,
      onProgress: (done) => this.set({ done }),
    });
    if (this.batch !== abort) return;
    this.batch = null;
    if (result.ok) {
      this.set({ status: "done", result: analyzeSweep(plan, result.summaries, request.analysis) });
    } else if (result.reason === "cancelled") {
      this.set({ status: "cancelled" });
    } else {
      this.fail([{ kind: "batch", reason: result.reason }]);
    }
  }

  cancel(): void {
    this.batch?.abort();
  }

  /** Failed: the problems instead of the warnings, which were about a sweep not shown. */
  private fail(problems: SweepProblem[]): void {
    this.set({ status: "failed", problems, warnings: [] });
  }

  private set(change: Partial<SweepState>): void {
    this.store.update({ sweep: { ...this.store.state.sweep, ...change } });
  }
}
