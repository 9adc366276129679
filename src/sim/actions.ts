import type { Model } from "./build";
import { Client } from "./components/client";
import { Server } from "./components/server";
import { type Refusal, refuse } from "./refusals";
import { ZoneOutage } from "./zone-outage";

/** A what-if applied to a running simulation, from the current simulated time. */
export type LiveAction =
  | { kind: "crash"; target: string; duration: number; instance?: number }
  | { kind: "slow"; target: string; duration: number; factor: number; instance?: number }
  | { kind: "errors"; target: string; duration: number; rate: number; instance?: number }
  | { kind: "rate"; target: string; rate: number }
  | { kind: "workers"; target: string; workers: number }
  | { kind: "replicas"; target: string; replicas: number }
  /** Every instance in zone `target` down for `duration`, as a scheduled `zone` fault. */
  | { kind: "zone"; target: string; duration: number }
  /** The live outage of zone `target` ends now, before its duration is up. */
  | { kind: "zone-up"; target: string };

export type ActionResult = { ok: true } | Refusal;

/**
 * Applies a live what-if: a fault for a while (as a scheduled fault would, starting now), a zone
 * down for a while or back early, or a new arrival rate, worker count or replica count from now
 * on. Refusals are results, not exceptions: the user asked for something this component cannot do.
 */
export function applyAction(model: Model, action: LiveAction): ActionResult {
  if (action.kind === "zone" || action.kind === "zone-up") return applyZone(model, action);
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

/**
 * A zone goes down now for a while, through the scheduled fault's own code path, or comes back
 * early. One live outage of a zone at a time: a second would nest in the first and outlast the
 * button that ends it.
 */
function applyZone(
  model: Model,
  action: Extract<LiveAction, { kind: "zone" | "zone-up" }>,
): ActionResult {
  const members = model.zones.get(action.target);
  if (members === undefined) return refuse("noZone", { zone: action.target });
  const live = model.liveOutages.get(action.target);
  const down = live?.inForce === true;
  if (action.kind === "zone-up") {
    if (!down) return refuse("zoneUp", { zone: action.target });
    live!.restore();
    return { ok: true };
  }
  if (!(action.duration > 0)) return refuse("duration");
  if (down) return refuse("zoneDown", { zone: action.target });
  const now = model.sim.now;
  model.liveOutages.set(
    action.target,
    new ZoneOutage(model.sim, members, now, now + action.duration),
  );
  return { ok: true };
}
