/**
 * Whether a fault what-if is in force in the running simulation, and until when. The engine lets
 * faults overlap (slowdowns multiply, error rates combine: src/sim/components/instance-faults.ts),
 * so the same what-if applied twice would compound, ×5 twice being ×25. The inspector therefore
 * applies a fault only while the same one is not in force, and this tells it when that is. It
 * does not extend the window instead, which no live action can do: the engine schedules a
 * fault's end when it begins, so the page could only apply it again once it had ended, a
 * snapshot late, leaving a gap that grows with the speed.
 *
 * The run's markers are the record: every what-if the engine accepted left one at the simulated
 * time it began, and a new run starts with none. A marker reaches the page with the snapshot
 * after the engine accepted the what-if, so from a click until then the what-if counts as asked:
 * a second click in that moment must not apply it again either.
 *
 * A zone's outage can also end early: a later marker bringing the zone back ends its window.
 */
import type { LiveAction } from "../../sim/actions";
import type { Marker } from "../../worker/protocol";

export type FaultAction = Extract<LiveAction, { kind: "crash" | "slow" | "errors" | "zone" }>;

export type FaultStanding =
  | { state: "free" }
  | { state: "asked" }
  | { state: "active"; until: number };

/** The same what-if: same fault, target, instance, strength and duration. */
function sameFault(a: LiveAction, b: FaultAction): boolean {
  return (
    (a.kind === "crash" || a.kind === "slow" || a.kind === "errors" || a.kind === "zone") &&
    key(a) === key(b)
  );
}

/** The markers of the same what-if as `action`. */
function marksOf(markers: readonly Marker[], action: FaultAction): Marker[] {
  return markers.filter((m) => m.action !== undefined && sameFault(m.action, action));
}

/** When `action` stops being in force: the latest end among its markers, if that is after `now`. */
function faultEnd(markers: readonly Marker[], action: FaultAction, now: number): number | null {
  let end: number | null = null;
  markers.forEach((m, i) => {
    if (m.action === undefined || !sameFault(m.action, action)) return;
    if (action.kind === "zone" && broughtBack(markers.slice(i + 1), action.target)) return;
    const until = m.time + action.duration;
    if (until > now && (end === null || until > end)) end = until;
  });
  return end;
}

/** Whether one of `markers` brings `zone` back. */
function broughtBack(markers: readonly Marker[], zone: string): boolean {
  return markers.some((m) => m.action?.kind === "zone-up" && m.action.target === zone);
}

/** The fault what-ifs of one run, as the inspector asked for them and the markers record them. */
export class FaultWindows {
  /** What-ifs asked for, by key, with how many markers of theirs there were when asked. */
  private readonly asked = new Map<string, number>();

  standing(action: FaultAction, markers: readonly Marker[], now: number): FaultStanding {
    const asked = this.asked.get(key(action));
    if (asked !== undefined && marksOf(markers, action).length <= asked) return { state: "asked" };
    const until = faultEnd(markers, action, now);
    return until === null ? { state: "free" } : { state: "active", until };
  }

  /** The inspector is applying `action` now; `markers` are the run's so far. */
  ask(action: FaultAction, markers: readonly Marker[]): void {
    this.asked.set(key(action), marksOf(markers, action).length);
  }

  /** The engine refused `action` (or never got it): it leaves no marker to wait for. */
  forget(action: FaultAction): void {
    this.asked.delete(key(action));
  }

  /** A new run: its markers start from none. */
  clear(): void {
    this.asked.clear();
  }
}

function key(a: FaultAction): string {
  const strength = a.kind === "slow" ? a.factor : a.kind === "errors" ? a.rate : 0;
  const instance = a.kind === "zone" ? -1 : (a.instance ?? -1);
  return JSON.stringify([a.kind, a.target, instance, strength, a.duration]);
}
