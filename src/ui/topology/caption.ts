/**
 * The two short lines a component's card prints under its name: its headline figure, and a
 * badge (instances up, the balancing algorithm, the kind of workload, a cache's size). Before
 * the first probe row they show the configuration that matters most; then live figures.
 */
import type { Component } from "../../scenario/types";
import { t } from "../i18n/translate";
import type { Figures } from "./figures";
import { formatCount, formatPercent, formatRate, plural, truncate } from "./format";
import { brokerState, consumersBusy, hasBreakers, hottestReplica, upState } from "./readout";

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
        figure: f === null ? plural(c.workers, "worker") : busy(f),
        badge: up === null ? plural(c.replicas, "replica") : upAndHottest(up.text, f),
        down,
      };
    case "loadbalancer":
      return {
        figure:
          f === null
            ? plural(c.targets.length, "target")
            : t("card.served", { rate: formatRate(f.served) }),
        badge: down ? (up?.text ?? "") : c.algorithm,
        down,
      };
    case "client":
      // A client just added in the editor has no target yet: "→ ?" until it is connected.
      return {
        figure:
          f === null ? `→ ${c.target || "?"}` : t("card.done", { rate: formatRate(f.served) }),
        badge:
          c.workload.kind === "open"
            ? t("card.openWorkload")
            : c.workload.kind === "closed"
              ? t("card.closedWorkload", { users: plural(c.workload.users, "user") })
              : t("card.trace"),
        down: false,
      };
    case "cache":
      return {
        figure: f === null ? `→ ${c.backend || "?"}` : hits(f),
        badge: down
          ? (up?.text ?? "")
          : c.capacity !== undefined
            ? plural(c.capacity, "key")
            : t("card.hitRatio", { ratio: formatPercent(c.hitRatio ?? Number.NaN) }),
        down,
      };
    case "database":
      return {
        figure: f === null ? plural(c.connections, "connection") : busy(f),
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
            : capacity === null
              ? t("card.depth", { depth: formatCount(f.meanQueue) })
              : t("card.depthOf", { depth: formatCount(f.meanQueue), capacity }),
        badge: broker?.down
          ? t("card.brokerDown")
          : f === null
            ? capacity === null
              ? t("card.unbounded")
              : t("card.capacity", { capacity })
            : t("card.consumersBusy", {
                busy: formatCount(consumersBusy(f.utilization, c.consumers.count)),
                count: c.consumers.count,
              }),
        down: broker?.down ?? false,
      };
    }
    case "cdn":
      return {
        figure: f === null ? `→ ${c.origin || "?"}` : hits(f),
        badge: down ? (up?.text ?? "") : t("card.hitRatio", { ratio: formatPercent(c.hitRatio) }),
        down,
      };
    case "autoscaler":
      return {
        figure:
          f === null || !Number.isFinite(f.instances)
            ? t("card.scales", { target: truncate(c.target, 12) })
            : t("card.replicasOf", {
                target: truncate(c.target, 8),
                replicas: plural(f.instances, "replica"),
              }),
        badge: t("card.minMax", { min: c.min, max: c.max }),
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
  return f.breakersOpen === 1
    ? t("card.breakerOpen")
    : t("card.breakersOpen", { n: f.breakersOpen });
}

/**
 * A database's nodes before the first row: "2 replicas", "4 shards", "2 repl. · 4 shards" (short,
 * to fit the card), or "1 node".
 */
function databaseShape(replicas: number, shards: number): string {
  if (replicas > 0 && shards > 1) {
    return t("card.replShards", { replicas, shards: plural(shards, "shard") });
  }
  if (replicas > 0) return plural(replicas, "replica");
  if (shards > 1) return plural(shards, "shard");
  return t("card.oneNode");
}

function nodesUp(f: Figures): string {
  return t(f.instances === 1 ? "card.nodesUp.one" : "card.nodesUp.many", {
    up: f.up,
    n: f.instances,
  });
}

/**
 * "4/4 up", and with several replicas the busiest one's slot and utilisation beside it,
 * "4/4 up · #2 75%", so a hot replica shows on the card itself.
 */
function upAndHottest(up: string, f: Figures | null): string {
  const replica = f === null || !(f.instances > 1) ? null : hottestReplica(f);
  if (f === null || replica === null) return up;
  return t("card.upHottest", { up, replica, busy: formatPercent(f.hotUtilization) });
}

function busy(f: Figures): string {
  return t("card.busy", { busy: formatPercent(f.utilization), queue: formatCount(f.meanQueue) });
}

function hits(f: Figures): string {
  return t("card.hits", { ratio: formatPercent(f.hitRatio), rate: formatRate(f.served) });
}
