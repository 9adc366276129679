/**
 * The live what-ifs the inspector offers for a component: faults for a while (anything that
 * serves requests can be killed, slowed or made to fail: a whole database, a queue's broker and
 * consumers, a CDN's edge), one replica killed where there are several, worker and replica
 * counts for a server, an arrival rate for an open client. An autoscaler serves nothing, so it
 * has none: the inspector says what it does instead. Each is a LiveAction for the running
 * simulation; the engine still has the last word and may refuse (see src/sim/actions.ts).
 */
import type { Autoscaler, Client, Component, ComponentType, Server } from "../../scenario/types";
import type { LiveAction } from "../../sim/actions";
import { REPLICA_HEADROOM } from "../../worker/session";
import { formatPercent, formatRate, formatSeconds } from "../topology/format";

export type FaultKind = "crash" | "crash-one" | "slow" | "errors";

export interface FaultWhatIf {
  kind: FaultKind;
  /** The button's text. */
  label: string;
  /** What it does, for the button's tooltip. */
  title: string;
  action(target: string): LiveAction;
}

export const FAULT_WHAT_IFS: readonly FaultWhatIf[] = [
  {
    kind: "crash",
    label: "Kill 10 s",
    title: "Every instance down for 10 simulated seconds; requests inside are lost",
    action: (target) => ({ kind: "crash", target, duration: 10 }),
  },
  {
    kind: "crash-one",
    label: "Kill one replica 10 s",
    title: "The first replica down for 10 simulated seconds; the others keep serving",
    action: (target) => ({ kind: "crash", target, duration: 10, instance: 0 }),
  },
  {
    kind: "slow",
    label: "Slow ×5 for 30 s",
    title: "Service times five times longer for 30 simulated seconds",
    action: (target) => ({ kind: "slow", target, duration: 30, factor: 5 }),
  },
  {
    kind: "errors",
    label: "10% errors for 30 s",
    title: "One request in ten fails with an error for 30 simulated seconds",
    action: (target) => ({ kind: "errors", target, duration: 30, rate: 0.1 }),
  },
];

/** What each fault does to the components whose faults are not an instance's, for the tooltip. */
const FAULT_TITLES: Partial<
  Record<ComponentType, Record<Exclude<FaultKind, "crash-one">, string>>
> = {
  database: {
    crash: "The whole database (every node) down for 10 simulated seconds; queries inside are lost",
    slow: "Every query five times longer, on every node, for 30 simulated seconds",
    errors: "One query in ten fails with an error for 30 simulated seconds",
  },
  queue: {
    crash:
      "The broker down for 10 simulated seconds: publishes are refused, deliveries stop, the messages it holds survive",
    slow: "Consumers take five times longer per message for 30 simulated seconds",
    errors: "One message in ten fails processing (and is redelivered) for 30 simulated seconds",
  },
  cdn: {
    crash: "The edge down for 10 simulated seconds: requests are refused",
    slow: "Answers from the edge five times slower for 30 simulated seconds",
    errors: "One request in ten fails at the edge for 30 simulated seconds",
  },
};

/**
 * The faults for a component of `type`, their tooltips worded for it. Killing one replica is
 * offered only where there are several to choose from.
 */
export function faultWhatIfs(type: ComponentType, replicas = 1): readonly FaultWhatIf[] {
  const titles = FAULT_TITLES[type];
  const offered = FAULT_WHAT_IFS.filter((f) => f.kind !== "crash-one" || replicas > 1);
  return titles === undefined
    ? offered
    : offered.map((f) => ({ ...f, title: titles[f.kind as Exclude<FaultKind, "crash-one">] }));
}

export interface SliderWhatIf {
  kind: "workers" | "replicas" | "rate";
  label: string;
  min: number;
  max: number;
  step: number;
  /** The configured value, where the slider starts. */
  initial: number;
  format(value: number): string;
  action(target: string, value: number): LiveAction;
}

export interface WhatIfs {
  faults: readonly FaultWhatIf[];
  sliders: SliderWhatIf[];
  /** Why there is nothing to try, when there is nothing. */
  none: string | null;
}

export function whatIfsFor(c: Component): WhatIfs {
  if (c.type === "client") {
    if (c.workload.kind === "open") return { faults: [], sliders: [rateSlider(c)], none: null };
    if (c.workload.kind === "trace") {
      return {
        faults: [],
        sliders: [],
        none: "A recorded trace replays its own arrivals: nothing to change live.",
      };
    }
    return {
      faults: [],
      sliders: [],
      none: "A closed workload has a fixed number of users, not a rate: nothing to change live.",
    };
  }
  if (c.type === "autoscaler") return { faults: [], sliders: [], none: autoscalerNote(c) };
  return {
    faults: faultWhatIfs(c.type, c.type === "server" ? c.replicas : 1),
    sliders: c.type === "server" ? [workersSlider(c), replicasSlider(c)] : [],
    none: null,
  };
}

/** What an autoscaler does, in place of what-ifs: it serves nothing there is to break. */
export function autoscalerNote(a: Autoscaler): string {
  return (
    `An autoscaler serves no requests, so there is nothing to break here. Every ` +
    `${formatSeconds(a.interval)} it compares ${a.target}'s utilisation with ` +
    `${formatPercent(a.targetValue)} and asks for between ${a.min} and ${a.max} replicas; a new ` +
    `replica takes traffic after ${formatSeconds(a.warmup)}, and after a change it waits ` +
    `${formatSeconds(a.cooldown)}. Try the what-ifs on ${a.target} to see it react.`
  );
}

/** Workers per replica, from 1 to four times the configured count. */
export function workersSlider(s: Server): SliderWhatIf {
  return {
    kind: "workers",
    label: "Workers per replica",
    min: 1,
    max: 4 * s.workers,
    step: 1,
    initial: s.workers,
    format: (v) => String(v),
    action: (target, workers) => ({ kind: "workers", target, workers: Math.round(workers) }),
  };
}

/** Replicas, from 1 to four times the configured count (the live session has room for that). */
export function replicasSlider(s: Server): SliderWhatIf {
  return {
    kind: "replicas",
    label: "Replicas",
    min: 1,
    max: REPLICA_HEADROOM * s.replicas,
    step: 1,
    initial: s.replicas,
    format: (v) => String(v),
    action: (target, replicas) => ({ kind: "replicas", target, replicas: Math.round(replicas) }),
  };
}

/** Arrivals per second, from 0 to three times the configured rate (0 to 10 when it is 0). */
export function rateSlider(c: Client): SliderWhatIf {
  const rate = c.workload.kind === "open" ? c.workload.rate : 0;
  const max = rate > 0 ? 3 * rate : 10;
  return {
    kind: "rate",
    label: "Arrival rate",
    min: 0,
    max,
    step: niceStep(max / 300),
    initial: rate,
    format: formatRate,
    action: (target, value) => ({ kind: "rate", target, rate: value }),
  };
}

/** The 1, 2 or 5 times a power of ten at or below `x`: slider steps people can read. */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const m = x / power;
  const nice = m >= 5 ? 5 : m >= 2 ? 2 : 1;
  // Rounded so that 0.1 · 3 style products do not print as 0.30000000000000004.
  return Number((nice * power).toPrecision(1));
}
