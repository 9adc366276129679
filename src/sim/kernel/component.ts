import type { ComponentSummary } from "../summary";

/**
 * What the engine needs of every simulated component: a state machine driven by the event loop
 * (perf-notes.md: coroutine-style processes cost 2x to 150x). A component learns of work through
 * `arrive`, of an answer to a call it made through `returned`, and of its own timers through
 * `fire`.
 */
export abstract class SimComponent {
  constructor(
    readonly index: number,
    readonly id: string,
  ) {}

  /** How many backends a balancer sees in this component: one per replica. */
  get instanceCount(): number {
    return 1;
  }

  /** A job addressed to this component (its `inst` set when the caller chose an instance). */
  abstract arrive(job: number): void;

  /** The sync call that `job` was waiting on has ended with `outcome` (see outcome.ts). */
  abstract returned(job: number, outcome: number): void;

  /**
   * The answer to one of this client's rowless requests (Simulation.request): `job` is the
   * request's row at its first hop, which this frees.
   */
  answered(_job: number, _outcome: number): void {
    throw new Error(`engine bug: ${this.id} sent no rowless request`);
  }

  /**
   * The sync call `job` is waiting on has been taken in by a callee that applies backpressure
   * (Simulation.handedOver): a caller that held its worker for the hand-over may free it.
   */
  accepted(_job: number): void {}

  /** One of this component's own scheduled events. */
  fire(_kind: number, _a: number, _b: number): void {}

  /** Whether an instance is registered for traffic (it exists and has warmed up). */
  isRegistered(_instance: number): boolean {
    return true;
  }

  /** Whether an instance answers at all: what a balancer's health check probes. */
  isUp(_instance: number): boolean {
    return true;
  }

  /** A fault begins (`on`) or ends on one instance, or on all of them when `instance` is -1. */
  applyFault(
    _kind: "crash" | "slow" | "errors",
    _instance: number,
    _value: number,
    _on: boolean,
  ): void {}

  /**
   * Writes this component's live figures for the interval ending `now` at `offset`, in the
   * order of PROBE_FIELDS (probe-fields.ts); the probe has set them all to NaN beforehand, so
   * a component writes only the figures that apply to it.
   */
  abstract probe(now: number, out: Float64Array, offset: number): void;

  /** Starts the measured window: statistics gathered so far are the warm-up, discarded. */
  abstract resetStatistics(): void;

  abstract summarize(): ComponentSummary;
}
