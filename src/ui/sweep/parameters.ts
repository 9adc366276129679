/**
 * The parameters a sweep can vary in the current scenario, for the picker: each component's
 * numbers that shape load and capacity (a client's rate or users, a server's workers, replicas
 * and mean service time, a cache's capacity, a database's connections, a queue's consumers),
 * as the sweep core's paths (`components.web.workers`), with their current value and a range
 * to start from. The first is the picker's default. Pure: tested in Node.
 */
import type { Component, Dist, Scenario } from "../../scenario/types";
import { SCALE_FIELD } from "../../sim/sweep/scale";
import { firstRateChange } from "../../sim/sweep/warnings";
import type { MessageKey } from "../i18n/index";

export interface SweepParameter {
  /** The path the sweep core takes (src/sim/sweep/path.ts). */
  path: string;
  component: string;
  /** What the field is, in the catalogue: "rate (req/s)", "workers". */
  field: MessageKey;
  value: number;
  /** Whole numbers only (workers, replicas...). */
  integer: boolean;
  /**
   * A capacity (workers, replicas, capacity, connections, consumers) rather than a load (a
   * rate, users, a service time): its sweep goes downwards, so load grows along it as the knee
   * and the SLO reading expect (docs/scenario-format.md, Sweeps).
   */
  capacity: boolean;
}

function meanOf(dist: Dist): number | undefined {
  return "mean" in dist ? dist.mean : undefined;
}

function ofComponent(c: Component, duration: number): Omit<SweepParameter, "component">[] {
  const at = (field: string) => `components.${c.id}.${field}`;
  switch (c.type) {
    case "client":
      if (c.workload.kind === "open") {
        const rate: Omit<SweepParameter, "component"> = {
          path: at("workload.rate"),
          field: "sweep.field.rate",
          capacity: false,
          value: c.workload.rate,
          integer: false,
        };
        if (firstRateChange(c.workload, duration) === undefined) return [rate];
        // A schedule replaces the rate during the run, so a sweep of the rate alone barely moves
        // the load (src/sim/sweep/warnings.ts). Scaling the rate and the schedule together keeps
        // the traffic's shape and grows its volume, the question of capacity planning: it comes
        // first, as the default. The rate stays on offer, warned about when swept.
        const scale: Omit<SweepParameter, "component"> = {
          path: at(`workload.${SCALE_FIELD}`),
          field: "sweep.field.scale",
          capacity: false,
          value: 1,
          integer: false,
        };
        return [scale, rate];
      }
      if (c.workload.kind === "closed") {
        return [
          {
            path: at("workload.users"),
            field: "sweep.field.users",
            capacity: false,
            value: c.workload.users,
            integer: true,
          },
        ];
      }
      return [];
    case "server": {
      const out: Omit<SweepParameter, "component">[] = [
        {
          path: at("workers"),
          field: "sweep.field.workers",
          capacity: true,
          value: c.workers,
          integer: true,
        },
        {
          path: at("replicas"),
          field: "sweep.field.replicas",
          capacity: true,
          value: c.replicas,
          integer: true,
        },
      ];
      const mean = "dist" in c.service ? meanOf(c.service as Dist) : undefined;
      if (mean !== undefined) {
        out.push({
          path: at("service.mean"),
          field: "sweep.field.serviceMean",
          capacity: false,
          value: mean,
          integer: false,
        });
      }
      return out;
    }
    case "cache":
      return c.capacity === undefined
        ? []
        : [
            {
              path: at("capacity"),
              field: "sweep.field.capacity",
              capacity: true,
              value: c.capacity,
              integer: true,
            },
          ];
    case "database":
      return [
        {
          path: at("connections"),
          field: "sweep.field.connections",
          capacity: true,
          value: c.connections,
          integer: true,
        },
      ];
    case "queue":
      return [
        {
          path: at("consumers.count"),
          field: "sweep.field.consumers",
          capacity: true,
          value: c.consumers.count,
          integer: true,
        },
      ];
    default:
      return [];
  }
}

/** Every parameter of the scenario a sweep can vary, in component order. */
export function sweepParameters(scenario: Scenario | null): SweepParameter[] {
  if (scenario === null) return [];
  return scenario.components.flatMap((c) =>
    ofComponent(c, scenario.duration).map((p) => ({ ...p, component: c.id })),
  );
}

/**
 * The parameter the picker shows once the scenario has changed: the one shown before while it
 * is still offered, so an edit keeps the choice, else the first. A rate shown before whose
 * client has since gained a schedule (an edit, another preset opened) gives way to the client's
 * load multiplier, as it would have had the scenario opened with it.
 */
export function pickedParameter(
  before: string,
  previous: readonly SweepParameter[],
  now: readonly SweepParameter[],
): SweepParameter | undefined {
  const scale = before.replace(/\.workload\.rate$/, `.workload.${SCALE_FIELD}`);
  const gained =
    scale !== before &&
    !previous.some((p) => p.path === scale) &&
    now.some((p) => p.path === scale);
  const path = gained ? scale : before;
  return now.find((p) => p.path === path) ?? now[0];
}

/** 1, 2 or 5 times a power of ten, the smallest at or above `x`. */
function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].find((m) => m * power >= x * (1 - 1e-9))! * power;
}

/**
 * A first range for a parameter, as the sweep core's `from:to:step`: about eight round values
 * between 1 (or a step) and about twice the current one, upwards for a load, downwards for a
 * capacity, so the sweep goes from light to heavy load and usually crosses the knee.
 */
export function defaultValues(p: SweepParameter): string {
  let low: number;
  let high: number;
  let step: number;
  if (p.integer) {
    const top = Math.max(4, 2 * p.value);
    step = Math.max(1, niceStep(top / 8));
    low = step === 1 ? 1 : step;
    high = Math.ceil(top / step) * step;
  } else {
    step = niceStep((2 * p.value) / 8);
    low = step;
    high = 8 * step;
  }
  const round = (x: number) => Number(x.toPrecision(6));
  return p.capacity
    ? `${round(high)}:${round(low)}:${round(-step)}`
    : `${round(low)}:${round(high)}:${round(step)}`;
}
