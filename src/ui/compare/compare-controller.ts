/**
 * Runs the variants against each other: live side by side in the lock-step worker (one seed,
 * the same moments), and as paired replications on a pool of workers for the comparison table.
 * The main run is paused meanwhile: the machine's cores go to the comparison.
 */
import * as Comlink from "comlink";
import { comparisonOf, comparisonTasks } from "../../sim/compare/run";
import type { LockstepApi, LockstepSnapshot } from "../../worker/lockstep-protocol";
import type { Speed } from "../../worker/protocol";
import { runBatch } from "../batch/worker-pool";
import type { Controller } from "../controller";
import { History } from "../history";
import type { Store } from "../store";
import { comparisonRequest } from "./comparison-request";
import type { CompareState, LiveComparison, LiveError } from "./state";

export class CompareController {
  private lockstep: Remote | null = null;
  private run = 0;
  private batch: AbortController | null = null;

  constructor(
    private readonly store: Store,
    private readonly controller: Controller,
  ) {}

  /** Loads every variant on the main run's seed into the lock-step worker and plays them. */
  async runLive(): Promise<void> {
    const { variants, seed } = this.store.state;
    const api = this.api();
    await this.controller.pause();
    const texts = variants.list.map((v) => v.text);
    let result: Awaited<ReturnType<LockstepApi["load"]>>;
    try {
      result = await api.load(texts, seed);
    } catch (e) {
      this.setLive({ status: "idle", error: workerFailed(e) });
      return;
    }
    if (!result.ok) {
      const variant = variants.list[result.variant]?.name ?? "?";
      const issue = result.errors[0] ?? null;
      this.setLive({ status: "idle", error: { kind: "invalid", variant, issue } });
      return;
    }
    this.run = result.run;
    this.setLive({
      status: "paused",
      error: null,
      seed: result.seed,
      time: 0,
      duration: Math.max(...result.variants.map((v) => v.scenario.duration)),
      variants: result.variants.map((v, i) => ({
        name: variants.list[i].name,
        scenario: v.scenario,
        layout: v.layout,
        history: new History(v.layout.rowLength),
        time: 0,
        finished: false,
        summary: null,
        error: null,
      })),
    });
    await api.setSpeed(this.store.state.compare.live.speed);
    await api.play();
  }

  async pauseLive(): Promise<void> {
    await this.lockstep?.pause();
  }

  async resumeLive(): Promise<void> {
    await this.controller.pause();
    await this.lockstep?.play();
  }

  async setLiveSpeed(speed: Speed): Promise<void> {
    this.setLive({ speed });
    await this.lockstep?.setSpeed(speed);
  }

  /**
   * The paired comparison of every variant against the first, `replications` runs each on
   * common random numbers (each `duration` simulated seconds long, or its own length), spread
   * over a pool of workers; cancels the one under way, if any.
   */
  async compare(replications: number, duration?: number): Promise<void> {
    this.cancel();
    const { variants, seed } = this.store.state;
    const request = comparisonRequest(variants.list, seed, replications, duration);
    if (!request.ok) {
      this.setTable({ status: "failed", error: request.refusal });
      return;
    }
    const { options } = request;
    const parsed = request.variants;
    const tasks = comparisonTasks(parsed, options);
    const abort = new AbortController();
    this.batch = abort;
    await this.controller.pause();
    await this.lockstep?.pause();
    this.setTable({
      status: "running",
      replications,
      seed,
      duration: duration ?? null,
      done: 0,
      total: tasks.length,
      comparison: null,
      compared: variants.list.map(signature),
      error: null,
    });
    const result = await runBatch(tasks, {
      signal: abort.signal,
      onProgress: (done) => this.setTable({ done }),
    });
    if (this.batch !== abort) return;
    this.batch = null;
    if (result.ok) {
      this.setTable({
        status: "done",
        comparison: comparisonOf(parsed, options, result.summaries),
      });
    } else if (result.reason === "cancelled") {
      this.setTable({ status: "cancelled" });
    } else {
      this.setTable({ status: "failed", error: { kind: "batch", reason: result.reason } });
    }
  }

  cancel(): void {
    this.batch?.abort();
  }

  private readonly onSnapshot = (s: LockstepSnapshot): void => {
    if (s.run !== this.run) return;
    const live = this.store.state.compare.live;
    const variants = live.variants.map((v, i) => {
      const snap = s.variants[i];
      if (snap === undefined) return v;
      v.history.append(snap.rows);
      return {
        ...v,
        time: snap.time,
        finished: snap.finished,
        summary: snap.summary ?? v.summary,
        error: snap.error ?? v.error,
      };
    });
    this.setLive({
      status: s.finished ? "finished" : s.running ? "running" : "paused",
      time: s.time,
      variants,
      revision: live.revision + 1,
    });
  };

  private api(): Remote {
    if (this.lockstep !== null) return this.lockstep;
    const worker = new Worker(new URL("../../worker/lockstep.worker.ts", import.meta.url), {
      type: "module",
    });
    worker.addEventListener("error", (event) => {
      this.setLive({
        status: "idle",
        error: { kind: "worker", worker: "compare.workerStopped", reason: event.message },
      });
    });
    const api = Comlink.wrap<LockstepApi>(worker);
    void api.subscribe(Comlink.proxy(this.onSnapshot));
    this.lockstep = api;
    return api;
  }

  private setLive(change: Partial<LiveComparison>): void {
    const compare = this.store.state.compare;
    this.store.update({ compare: { ...compare, live: { ...compare.live, ...change } } });
  }

  private setTable(change: Partial<CompareState["table"]>): void {
    const compare = this.store.state.compare;
    this.store.update({ compare: { ...compare, table: { ...compare.table, ...change } } });
  }
}

type Remote = Comlink.Remote<LockstepApi>;

/** A variant's name and text as one string, to tell whether it changed since a comparison. */
export function signature(v: { name: string; text: string }): string {
  return `${v.name}\n${v.text}`;
}

/** The lock-step worker's load threw: what it threw, kept as its message. */
function workerFailed(e: unknown): LiveError {
  const reason = e instanceof Error ? e.message : String(e);
  return { kind: "worker", worker: "compare.workerFailed", reason };
}
