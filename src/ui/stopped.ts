import { STALL_EVENTS } from "../sim/stalled-clock";
import type { EngineFailure } from "../worker/protocol";
import { formatNumber, t } from "./i18n/index";
import { upTo3 } from "./number-format";

/**
 * Why the simulation stopped: the engine stopped the run, or the worker failed. Kept as what
 * happened rather than as text, and worded when shown, so a change of language rewords it.
 */
export type Stopped =
  | { failure: EngineFailure }
  | {
      worker: "banner.workerFailed" | "banner.workerStopped" | "banner.workerNotStarted";
      /** The browser's own message, as it gave it; empty when it gave none. */
      reason: string;
    };

/** Why the simulation stopped, in the page's language. */
export function stoppedText(stopped: Stopped): string {
  if ("failure" in stopped) return engineFailureText(stopped.failure);
  return t(stopped.worker, { reason: stopped.reason || t("banner.unknownError") });
}

/** Why the engine stopped a run, in the page's language. */
export function engineFailureText(failure: EngineFailure): string {
  if (failure.kind === "bug") return t("banner.engineBug", { reason: failure.message });
  if (failure.kind === "unschedulable") {
    const delay = Number.isNaN(failure.delay) ? "NaN" : formatNumber(failure.delay);
    return t("banner.unschedulable", {
      component: failure.component,
      delay,
      time: seconds(failure.time),
    });
  }
  if (failure.kind === "workBudget") return workBudgetText(failure);
  if (failure.kind === "memoryBudget") {
    return t("budget.memory", {
      component: failure.component,
      held: formatNumber(failure.held),
      total: formatNumber(failure.total),
      time: seconds(failure.time),
    });
  }
  const events = formatNumber(STALL_EVENTS);
  if (failure.reached === failure.time) {
    return t("banner.clockStopped", { time: seconds(failure.time), events });
  }
  return t("banner.clockCrawls", {
    time: seconds(failure.time),
    reached: seconds(failure.reached),
    events,
  });
}

function workBudgetText(failure: Extract<EngineFailure, { kind: "workBudget" }>): string {
  const max = upTo3(failure.maxEvents);
  if (failure.time === 0) return t("budget.workAtZero", { max });
  return t("budget.work", {
    projected: upTo3(failure.projected),
    rate: upTo3(failure.rate),
    duration: upTo3(failure.duration),
    max,
    time: seconds(failure.time),
  });
}

/** A time in seconds; one far below a millisecond keeps its magnitude (5.7e-54, not 0). */
function seconds(value: number): string {
  return value === 0 || Math.abs(value) >= 1e-3 ? formatNumber(value) : value.toPrecision(2);
}
