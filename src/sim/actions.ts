import type { Model } from "./build";
import { Client } from "./components/client";
import { Server } from "./components/server";
import { type Refusal, refuse } from "./refusals";

/** A what-if applied to a running simulation, from the current simulated time. */
export type LiveAction =
  | { kind: "crash"; target: string; duration: number; instance?: number }
  | { kind: "slow"; target: string; duration: number; factor: number; instance?: number }
  | { kind: "errors"; target: string; duration: number; rate: number; instance?: number }
  | { kind: "rate"; target: string; rate: number }
  | { kind: "workers"; target: string; workers: number }
  | { kind: "replicas"; target: string; replicas: number };

export type ActionResult = { ok: true } | Refusal;

/**
 * Applies a live what-if: a fault for a while (as a scheduled fault would, starting now), or a
 * new arrival rate, worker count or replica count from now on. Refusals are results, not exceptions: the user
 * asked for something this component cannot do.
 */
export function applyAction(model: Model, action: LiveAction): ActionResult {
  const { sim } = model;
  const comp = sim.components.find((c) => c.id === action.target);
  if (comp === undefined) return refuse("noComponent", { target: action.target });
  switch (action.kind) {
    case "crash":
    case "slow":
    case "errors": {
      if (comp instanceof Client) return refuse("clientFault");
      if (!(action.duration > 0)) return refuse("duration");
      const instance = action.instance ?? -1;
      if (instance >= comp.instanceCount) {
        return refuse("noInstance", { target: action.target, instance: String(instance) });
      }
      const value =
        action.kind === "slow" ? action.factor : action.kind === "errors" ? action.rate : 0;
      if (action.kind === "slow" && !(value > 0)) return refuse("factor");
      if (action.kind === "errors" && !(value >= 0 && value <= 1)) {
        return refuse("errorRate");
      }
      comp.applyFault(action.kind, instance, value, true);
      sim.at(sim.now + action.duration, () => comp.applyFault(action.kind, instance, value, false));
      return { ok: true };
    }
    case "rate":
      if (!(comp instanceof Client)) return refuse("notClient", { target: action.target });
      if (!(action.rate >= 0 && Number.isFinite(action.rate))) {
        return refuse("rate");
      }
      return comp.changeRate(action.rate)
        ? { ok: true }
        : refuse("noRate", { target: action.target });
    case "workers":
      if (!(comp instanceof Server)) return refuse("notServer", { target: action.target });
      if (!(Number.isInteger(action.workers) && action.workers >= 1)) {
        return refuse("workers");
      }
      comp.changeWorkers(action.workers);
      return { ok: true };
    case "replicas":
      if (!(comp instanceof Server)) return refuse("notServer", { target: action.target });
      if (!(Number.isInteger(action.replicas) && action.replicas >= 1)) {
        return refuse("replicas");
      }
      if (action.replicas > comp.instanceCount) {
        return refuse("maxReplicas", {
          target: action.target,
          max: String(comp.instanceCount),
        });
      }
      comp.changeReplicas(action.replicas);
      return { ok: true };
  }
}
