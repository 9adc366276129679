/**
 * The live what-ifs the inspector offers for a component: faults for a while (anything that
 * serves requests can be killed, slowed or made to fail: a whole database, a queue's broker and
 * consumers, a CDN's edge), one replica killed where there are several, worker and replica
 * counts for a server, an arrival rate for an open client, and the whole zone it runs in taken
 * down (zone-what-if.ts). An autoscaler serves nothing, so it
 * has none: the inspector says what it does instead. Each is a LiveAction for the running
 * simulation; the engine still has the last word and may refuse (see src/sim/actions.ts).
 */
import type { Autoscaler, Client, Component, ComponentType, Server } from "../../scenario/types";
import type { LiveAction } from "../../sim/actions";
import { REPLICA_HEADROOM } from "../../worker/session";
import type { MessageKey } from "../i18n/catalogue";
import { t } from "../i18n/translate";
import { formatPercent, formatRate, formatSeconds } from "../topology/format";
import type { FaultAction } from "./fault-windows";
import { type Restore, zoneWhatIf } from "./zone-what-if";

export type FaultKind = "crash" | "crash-one" | "slow" | "errors" | "zone";

export interface FaultWhatIf {
  kind: FaultKind;
  /** The button's text. */
  label: string;
  /** What it does, for the button's tooltip. */
  title: string;
  /** The button's text while the fault is in force, with the time it has `left` ("23 s"). */
  active(left: string): string;
  action(target: string): FaultAction;
  /** What ends the fault early, offered while it is in force; most faults just run out. */
  restore?: Restore;
}

/** A fault whose texts are read in the page's language whenever they are shown. */
function fault(
  kind: FaultKind,
  labelKey: MessageKey,
  titleKey: MessageKey,
  activeKey: MessageKey,
  action: (target: string) => FaultAction,
): FaultWhatIf {
  return {
    kind,
    get label() {
      return t(labelKey);
    },
    get title() {
      return t(titleKey);
    },
    active: (left) => t(activeKey, { left }),
    action,
  };
}

export const FAULT_WHAT_IFS: readonly FaultWhatIf[] = [
  fault("crash", "whatif.kill", "whatif.kill.title", "whatif.kill.active", (target) => ({
    kind: "crash",
    target,
    duration: 10,
  })),
  fault(
    "crash-one",
    "whatif.killOne",
    "whatif.killOne.title",
    "whatif.killOne.active",
    (target) => ({
      kind: "crash",
      target,
      duration: 10,
      instance: 0,
    }),
  ),
  fault("slow", "whatif.slow", "whatif.slow.title", "whatif.slow.active", (target) => ({
    kind: "slow",
    target,
    duration: 30,
    factor: 5,
  })),
  fault("errors", "whatif.errors", "whatif.errors.title", "whatif.errors.active", (target) => ({
    kind: "errors",
    target,
    duration: 30,
    rate: 0.1,
  })),
];

/** The components whose faults are not an instance's, with tooltips worded for them. */
const FAULT_TITLED = new Set<ComponentType>(["database", "queue", "cdn"]);

/**
 * The faults for a component of `type`, their tooltips worded for it. Killing one replica is
 * offered only where there are several to choose from.
 */
export function faultWhatIfs(type: ComponentType, replicas = 1): readonly FaultWhatIf[] {
  const offered = FAULT_WHAT_IFS.filter((f) => f.kind !== "crash-one" || replicas > 1);
  if (!FAULT_TITLED.has(type)) return offered;
  return offered.map((f) => ({ ...f, title: t(`whatif.${type}.${f.kind}` as MessageKey) }));
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
        none: t("whatif.trace"),
      };
    }
    return {
      faults: [],
      sliders: [],
      none: t("whatif.closed"),
    };
  }
  if (c.type === "autoscaler") return { faults: [], sliders: [], none: autoscalerNote(c) };
  const faults = faultWhatIfs(c.type, c.type === "server" ? c.replicas : 1);
  return {
    faults: c.zone === undefined ? faults : [...faults, zoneWhatIf(c.zone)],
    sliders: c.type === "server" ? [workersSlider(c), replicasSlider(c)] : [],
    none: null,
  };
}

/** What an autoscaler does, in place of what-ifs: it serves nothing there is to break. */
export function autoscalerNote(a: Autoscaler): string {
  return t("whatif.autoscaler", {
    interval: formatSeconds(a.interval),
    target: a.target,
    value: formatPercent(a.targetValue),
    min: a.min,
    max: a.max,
    warmup: formatSeconds(a.warmup),
    cooldown: formatSeconds(a.cooldown),
  });
}

/** Workers per replica, from 1 to four times the configured count. */
export function workersSlider(s: Server): SliderWhatIf {
  return {
    kind: "workers",
    label: t("whatif.workers"),
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
    label: t("whatif.replicas"),
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
    label: t("whatif.rate"),
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
