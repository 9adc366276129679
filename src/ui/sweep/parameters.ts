/**
 * The parameters a sweep can vary in the current scenario, for the picker: each component's
 * numbers that shape load and capacity (a client's rate or users, a server's workers, replicas
 * and mean service time, a cache's capacity, a database's connections, a queue's consumers),
 * as the sweep core's paths (`components.web.workers`), with their current value and a range
 * to start from. Pure: tested in Node.
 */
import type { Component, Dist, Scenario } from "../../scenario/types";
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

function ofComponent(c: Component): Omit<SweepParameter, "component">[] {
  const at = (field: string) => `components.${c.id}.${field}`;
  switch (c.type) {
    case "client":
      if (c.workload.kind === "open") {
        return [
          {
            path: at("workload.rate"),
            field: "sweep.field.rate",
            capacity: false,
            value: c.workload.rate,
            integer: false,
          },
        ];
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
  return scenario.components.flatMap((c) => ofComponent(c).map((p) => ({ ...p, component: c.id })));
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
