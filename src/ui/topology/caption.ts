/**
 * The two short lines a component's card prints under its name: its headline figure, and a
 * badge (instances up, the balancing algorithm, the kind of workload, a cache's size). Before
 * the first probe row they show the configuration that matters most; then live figures.
 */
import type { Component } from "../../scenario/types";
import type { Figures } from "./figures";
import { formatCount, formatPercent, formatRate, truncate } from "./format";
import { brokerState, consumersBusy, hasBreakers, upState } from "./readout";

export interface Caption {
  figure: string;
  badge: string;
  /** Whether any instance is down: the card is outlined and the badge written in red. */
  down: boolean;
}

export function caption(c: Component, f: Figures | null): Caption {
  const up = f === null ? null : upState(f);
  const down = up?.down ?? false;
  switch (c.type) {
    case "server":
      return {
        figure:
          f === null
            ? plural(c.workers, "worker")
            : `${formatPercent(f.utilization)} busy · q ${formatCount(f.meanQueue)}`,
        badge: up?.text ?? plural(c.replicas, "replica"),
        down,
      };
    case "loadbalancer":
      return {
        figure: f === null ? plural(c.targets.length, "target") : `${formatRate(f.served)} served`,
        badge: down ? (up?.text ?? "") : c.algorithm,
        down,
      };
    case "client":
      return {
        figure: f === null ? `→ ${c.target}` : `${formatRate(f.served)} done`,
        badge:
          c.workload.kind === "open"
            ? "open workload"
            : c.workload.kind === "closed"
              ? `closed, ${plural(c.workload.users, "user")}`
              : "recorded trace",
        down: false,
      };
    case "cache":
      return {
        figure:
          f === null
            ? `→ ${c.backend}`
            : `${formatPercent(f.hitRatio)} hits · ${formatRate(f.served)}`,
        badge: down
          ? (up?.text ?? "")
          : c.capacity !== undefined
            ? plural(c.capacity, "key")
            : `hit ratio ${formatPercent(c.hitRatio ?? Number.NaN)}`,
        down,
      };
    case "database":
      return {
        figure:
          f === null
            ? plural(c.connections, "connection")
            : `${formatPercent(f.utilization)} busy · q ${formatCount(f.meanQueue)}`,
        badge:
          f === null || up === null ? databaseShape(c.replicas?.count ?? 0, c.shards) : nodesUp(f),
        down,
      };
    case "queue": {
      const broker = f === null ? null : brokerState(f);
      const capacity = Number.isFinite(c.capacity) ? formatCount(c.capacity) : null;
      return {
        figure:
          f === null
            ? plural(c.consumers.count, "consumer")
            : `depth ${formatCount(f.meanQueue)}${capacity === null ? "" : ` of ${capacity}`}`,
        badge: broker?.down
          ? "broker down"
          : f === null
            ? capacity === null
              ? "unbounded"
              : `capacity ${capacity}`
            : `${formatCount(consumersBusy(f.utilization, c.consumers.count))}/${c.consumers.count} busy`,
        down: broker?.down ?? false,
      };
    }
    case "cdn":
      return {
        figure:
          f === null
            ? `→ ${c.origin}`
            : `${formatPercent(f.hitRatio)} hits · ${formatRate(f.served)}`,
        badge: down ? (up?.text ?? "") : `hit ratio ${formatPercent(c.hitRatio)}`,
        down,
      };
    case "autoscaler":
      return {
        figure:
          f === null || !Number.isFinite(f.instances)
            ? `scales ${truncate(c.target, 12)}`
            : `${truncate(c.target, 8)}: ${plural(f.instances, "replica")}`,
        badge: `min ${c.min} · max ${c.max}`,
        down: false,
      };
  }
}

/**
 * The alarm a card wears on its corner, or null: a server whose circuit breakers are open
 * ("breaker open", "2 breakers open") fails those calls fast.
 */
export function cardAlert(c: Component, f: Figures | null): string | null {
  if (f === null || !hasBreakers(c) || !(f.breakersOpen > 0)) return null;
  return f.breakersOpen === 1 ? "breaker open" : `${f.breakersOpen} breakers open`;
}

/**
 * A database's nodes before the first row: "2 replicas", "4 shards", "2 repl. · 4 shards" (short,
 * to fit the card), or "1 node".
 */
function databaseShape(replicas: number, shards: number): string {
  if (replicas > 0 && shards > 1) return `${replicas} repl. · ${plural(shards, "shard")}`;
  if (replicas > 0) return plural(replicas, "replica");
  if (shards > 1) return plural(shards, "shard");
  return "1 node";
}

function nodesUp(f: Figures): string {
  return `${f.up}/${f.instances} node${f.instances === 1 ? "" : "s"} up`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
