/**
 * The live figures worth printing for each kind of component, as label and text: what the
 * tooltip and the inspector show. A client has no utilisation or queue, a balancer no queue,
 * only a cache and a CDN a hit ratio; a database counts its nodes, a queue its depth and busy
 * consumers, and an autoscaler only the replicas of the server it scales.
 */
import type { Component } from "../../scenario/types";
import type { MessageKey } from "../i18n/catalogue";
import { t } from "../i18n/translate";
import type { Figures } from "./figures";
import { formatCount, formatPercent, formatRate, UNKNOWN } from "./format";

export interface Reading {
  /** What the reading is, whatever the language. */
  key: MessageKey;
  label: string;
  text: string;
  /** True when the reading is bad news (an instance down): shown in the alarm colour. */
  alarm: boolean;
}

/**
 * Readings for component `c`; every text is a dash when there are no figures yet. The rows
 * depend on the component alone, never on the figures, so a live update changes only texts.
 */
export function readout(c: Component, f: Figures | null): Reading[] {
  const out: Reading[] = [];
  const add = (key: MessageKey, text: string, alarm = false, label = t(key)): void => {
    out.push({ key, label, text: f === null ? UNKNOWN : text, alarm: f !== null && alarm });
  };
  const value = (field: keyof Figures): number => f?.[field] ?? Number.NaN;
  if (c.type === "autoscaler") {
    add(
      "reading.replicasOf",
      formatCount(value("instances")),
      false,
      t("reading.replicasOf", { target: c.target }),
    );
    return out;
  }
  switch (c.type) {
    case "server":
      add("reading.utilisation", formatPercent(value("utilization")));
      if (c.cores < c.workers) add("reading.cpu", formatPercent(value("cpuUtilization")));
      add("reading.queue", formatCount(value("meanQueue")));
      if (c.replicas > 1) {
        const hottest = f === null ? null : hottestReplica(f);
        add(
          "reading.hottestReplica",
          hottest === null
            ? UNKNOWN
            : t("reading.hottestReplicaText", {
                replica: hottest,
                busy: formatPercent(value("hotUtilization")),
              }),
        );
        add("reading.hottestQueue", formatCount(value("hotQueue")));
        add("reading.coolestReplica", formatPercent(value("coolUtilization")));
      }
      if (hasBreakers(c)) {
        add("reading.breakersOpen", formatCount(value("breakersOpen")), value("breakersOpen") > 0);
      }
      break;
    case "database":
      add("reading.connectionsBusy", formatPercent(value("utilization")));
      add("reading.waitingQueries", formatCount(value("meanQueue")));
      break;
    case "queue":
      add("reading.depth", formatCount(value("meanQueue")));
      add(
        "reading.consumersBusy",
        t("reading.consumersOf", {
          busy: formatCount(consumersBusy(value("utilization"), c.consumers.count)),
          count: c.consumers.count,
        }),
      );
      break;
    case "cache":
    case "cdn":
      add("reading.hitRatio", formatPercent(value("hitRatio")));
      break;
  }
  const served: Partial<Record<Component["type"], MessageKey>> = {
    client: "reading.completed",
    queue: "reading.consumed",
  };
  add(served[c.type] ?? "reading.served", formatRate(value("served")));
  add("reading.failed", formatRate(value("failed")), value("failed") > 0);
  // A CDN's in-flight figure counts coalesced misses, which it never has: not worth a row.
  if (c.type !== "cdn") {
    add(
      c.type === "queue" ? "reading.messagesHeld" : "reading.inFlight",
      formatCount(value("inFlight")),
    );
  }
  if (c.type === "client") return out;
  if (c.type === "queue") {
    const broker = f === null ? null : brokerState(f);
    add("reading.broker", broker?.text ?? UNKNOWN, broker?.down ?? false);
    return out;
  }
  const up = f === null ? null : upState(f);
  add(
    c.type === "database" ? "reading.nodesUp" : "reading.instancesUp",
    up?.text ?? UNKNOWN,
    up?.down ?? false,
  );
  return out;
}

/**
 * The busiest replica over the last interval, short enough for a reading's column ("#2"; the
 * balancer and the summary call it "web#2"), or null before a replica has been measured.
 */
export function hottestReplica(f: Figures): string | null {
  return Number.isFinite(f.hotReplica) ? `#${f.hotReplica}` : null;
}

/** Whether any of a server's calls has a circuit breaker (then it reports `breakersOpen`). */
export function hasBreakers(c: Component): boolean {
  return c.type === "server" && c.calls.some((call) => call.breaker !== undefined);
}

/** Consumers busy on average: the consumers' utilisation times their number. */
export function consumersBusy(utilization: number, count: number): number {
  return utilization * count;
}

export interface UpState {
  /** "2/3 up". */
  text: string;
  /** Whether any instance is down. */
  down: boolean;
}

/** How many instances are up, or null for components without instances (clients). */
export function upState(f: Figures): UpState | null {
  if (!Number.isFinite(f.up) || !Number.isFinite(f.instances)) return null;
  return { text: t("card.up", { up: f.up, n: f.instances }), down: f.up < f.instances };
}

/** Whether a queue's broker is up ("up" / "down"), or null when not known. */
export function brokerState(f: Figures): UpState | null {
  if (!Number.isFinite(f.up)) return null;
  return f.up > 0 ? { text: t("state.up"), down: false } : { text: t("state.down"), down: true };
}
