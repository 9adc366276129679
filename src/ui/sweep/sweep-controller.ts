/**
 * Runs a sweep of the current scenario on a pool of Web Workers with the sweep core the command
 * line uses (plan, tasks, analysis): for the same document, parameter, values, replications and
 * seed (the scenario's own, as `archsim sweep` takes it), the numbers are the command line's.
 */
import { parseScenarioText } from "../../scenario/parse";
import { parseSlos, type Slo } from "../../sim/slo/parse";
import { analyzeSweep } from "../../sim/sweep/analyze";
import { planSweep } from "../../sim/sweep/plan";
import { parseSweepValues } from "../../sim/sweep/values";
import { poolSize } from "../batch/pool";
import { runBatch } from "../batch/worker-pool";
import type { Controller } from "../controller";
import { t } from "../i18n/index";
import type { Store } from "../store";
import type { SweepState } from "./state";

export interface SweepInputs {
  param: string;
  /** As typed: `from:to:step` or a list. */
  values: string;
  replications: number;
  /** As typed; empty for none. */
  slo: string;
}

export const MAX_SWEEP_REPLICATIONS = 50;

export class SweepController {
  private batch: AbortController | null = null;

  constructor(
    private readonly store: Store,
    private readonly controller: Controller,
  ) {}

  async run(inputs: SweepInputs): Promise<void> {
    this.cancel();
    const text = this.store.state.scenarioText;
    const parsed = parseScenarioText(text);
    if (!parsed.ok) return this.fail([t("sweep.error.scenario")]);
    const errors: string[] = [];
    const values = parseSweepValues(inputs.values.trim());
    if (!values.ok) errors.push(values.error);
    const n = inputs.replications;
    if (!Number.isInteger(n) || n < 1 || n > MAX_SWEEP_REPLICATIONS) {
      errors.push(t("sweep.error.replications", { most: MAX_SWEEP_REPLICATIONS }));
    }
    let slos: Slo[] = [];
    if (inputs.slo.trim() !== "") {
      const read = parseSlos([inputs.slo]);
      if (read.ok) slos = read.slos;
      else errors.push(...read.errors);
    }
    if (!values.ok || errors.length > 0) return this.fail(errors);
    const seed = parsed.scenario.seed;
    const planned = planSweep(JSON.parse(text) as unknown, {
      param: inputs.param,
      values: values.values,
      replications: n,
      seed,
    });
    if (!planned.ok) return this.fail(planned.errors);
    const { plan } = planned;
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
      errors: [],
    });
    const result = await runBatch(plan.tasks, {
      signal: abort.signal,
      onProgress: (done) => this.set({ done }),
    });
    if (this.batch !== abort) return;
    this.batch = null;
    if (result.ok) {
      // No objective typed: no SLO reading at all, rather than an empty one that is always met.
      const options = slos.length > 0 ? { slos } : {};
      this.set({ status: "done", result: analyzeSweep(plan, result.summaries, options) });
    } else if (result.reason === "cancelled") {
      this.set({ status: "cancelled" });
    } else {
      this.set({ status: "failed", errors: [result.reason] });
    }
  }

  cancel(): void {
    this.batch?.abort();
  }

  private fail(errors: string[]): void {
    this.set({ status: "failed", errors });
  }

  private set(change: Partial<SweepState>): void {
    this.store.update({ sweep: { ...this.store.state.sweep, ...change } });
  }
}
