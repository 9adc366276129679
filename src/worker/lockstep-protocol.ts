/**
 * The contract of the lock-step worker, which runs every variant live side by side on one seed:
 * types only. The page holds a `Remote<LockstepApi>`.
 */
import type { Issue } from "../scenario/issues";
import type { Scenario } from "../scenario/types";
import type { ProbeLayout } from "../sim/probe";
import type { Snapshot, Speed } from "./protocol";

export interface LoadedVariant {
  scenario: Scenario;
  layout: ProbeLayout;
  probeInterval: number;
}

export type LockstepLoad =
  | { ok: true; run: number; seed: string; variants: LoadedVariant[] }
  /** The first variant that did not load, by index, and why. */
  | { ok: false; variant: number; errors: Issue[] };

/** About 15 times a second while running: each variant's own snapshot, in variant order. */
export interface LockstepSnapshot {
  /** Increases with each load, so a late snapshot of an old run can be ignored. */
  run: number;
  /** The simulated time every variant has reached. */
  time: number;
  running: boolean;
  /** Every variant has reached its end (or stopped on an engine failure, in its `error`). */
  finished: boolean;
  speed: Speed;
  variants: Snapshot[];
}

export interface LockstepApi {
  /** Validates and loads every variant's text on the common seed, paused at t = 0. */
  load(texts: string[], seed: string): LockstepLoad;
  subscribe(listener: (snapshot: LockstepSnapshot) => void): void;
  play(): void;
  pause(): void;
  setSpeed(speed: Speed): void;
}
