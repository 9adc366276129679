import type { Model } from "./build";
import { Client } from "./components/client";
import { Server } from "./components/server";

/** A what-if applied to a running simulation, from the current simulated time. */
export type LiveAction =
  | { kind: "crash"; target: string; duration: number; instance?: number }
  | { kind: "slow"; target: string; duration: number; factor: number; instance?: number }
  | { kind: "errors"; target: string; duration: number; rate: number; instance?: number }
  | { kind: "rate"; target: string; rate: number }
  | { kind: "workers"; target: string; workers: number }
  | { kind: "replicas"; target: string; replicas: number };

export type ActionResult = { ok: true } | { ok: false; reason: string };

/**
 * Applies a live what-if: a fault for a while (as a scheduled fault would, starting now), or a
 * new arrival rate, worker count or replica count from now on. Refusals are results, not exceptions: the user
 * asked for something this component cannot do.
 */
export function applyAction(model: Model, action: LiveAction): ActionResult {
  const { sim } = model;
  const comp = sim.components.find((c) => c.id === action.target);
  if (comp === undefined) return { ok: false, reason: `no component "${action.target}"` };
  switch (action.kind) {
    case "crash":
    case "slow":
    case "errors": {
      if (comp instanceof Client) return { ok: false, reason: `a client cannot be faulted` };
      if (!(action.duration > 0)) return { ok: false, reason: "duration must be > 0" };
      const instance = action.instance ?? -1;
      if (instance >= comp.instanceCount) {
        return { ok: false, reason: `${action.target} has no instance ${instance}` };
      }
      const value =
        action.kind === "slow" ? action.factor : action.kind === "errors" ? action.rate : 0;
      if (action.kind === "slow" && !(value > 0))
        return { ok: false, reason: "factor must be > 0" };
      if (action.kind === "errors" && !(value >= 0 && value <= 1)) {
        return { ok: false, reason: "rate must be between 0 and 1" };
      }
      comp.applyFault(action.kind, instance, value, true);
      sim.at(sim.now + action.duration, () => comp.applyFault(action.kind, instance, value, false));
      return { ok: true };
    }
    case "rate":
      if (!(comp instanceof Client))
        return { ok: false, reason: `${action.target} is not a client` };
      if (!(action.rate >= 0 && Number.isFinite(action.rate))) {
        return { ok: false, reason: "rate must be a finite number >= 0" };
      }
      return comp.changeRate(action.rate)
        ? { ok: true }
        : {
            ok: false,
            reason: `${action.target} has no rate to change: its workload is closed or a trace`,
          };
    case "workers":
      if (!(comp instanceof Server))
        return { ok: false, reason: `${action.target} is not a server` };
      if (!(Number.isInteger(action.workers) && action.workers >= 1)) {
        return { ok: false, reason: "workers must be an integer >= 1" };
      }
      comp.changeWorkers(action.workers);
      return { ok: true };
    case "replicas":
      if (!(comp instanceof Server))
        return { ok: false, reason: `${action.target} is not a server` };
      if (!(Number.isInteger(action.replicas) && action.replicas >= 1)) {
        return { ok: false, reason: "replicas must be an integer >= 1" };
      }
      if (action.replicas > comp.instanceCount) {
        return {
          ok: false,
          reason: `${action.target} can have at most ${comp.instanceCount} replicas here`,
        };
      }
      comp.changeReplicas(action.replicas);
      return { ok: true };
  }
}
