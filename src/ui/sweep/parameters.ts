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
          value: c.workers,
          integer: true,
        },
        {
          path: at("replicas"),
          field: "sweep.field.replicas",
          value: c.replicas,
          integer: true,
        },
      ];
      const mean = "dist" in c.service ? meanOf(c.service as Dist) : undefined;
      if (mean !== undefined) {
        out.push({
          path: at("service.mean"),
          field: "sweep.field.serviceMean",
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
              value: c.capacity,
              integer: true,
            },
          ];
    case "database":
      return [
        {
          path: at("connections"),
          field: "sweep.field.connections",
          value: c.connections,
          integer: true,
        },
      ];
    case "queue":
      return [
        {
          path: at("consumers.count"),
          field: "sweep.field.consumers",
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
 * A first range for a parameter, as the sweep core's `from:to:step`: about eight round values up
 * to twice the current one (whole numbers from 1 for counts), so a sweep from there usually
 * crosses the knee.
 */
export function defaultValues(p: SweepParameter): string {
  if (p.integer) {
    const top = Math.max(4, 2 * p.value);
    const step = Math.max(1, niceStep(top / 8));
    const from = step === 1 ? 1 : step;
    return `${from}:${Math.ceil(top / step) * step}:${step}`;
  }
  const step = niceStep((2 * p.value) / 8);
  const round = (x: number) => Number(x.toPrecision(6));
  return `${round(step)}:${round(8 * step)}:${round(step)}`;
}
