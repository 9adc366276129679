/**
 * A component's configuration as the inspector lists it: label and text, the figures that
 * decide its behaviour under load first. Defaults are filled in by the validator, so what is
 * shown is what the engine runs.
 */
import type { Component, Dist } from "../../scenario/types";
import { formatPercent, formatRate, formatSeconds } from "../topology/format";

export interface ConfigRow {
  label: string;
  value: string;
}

export function configRows(c: Component): ConfigRow[] {
  const rows: ConfigRow[] = [];
  const add = (label: string, value: string): void => {
    rows.push({ label, value });
  };
  switch (c.type) {
    case "client": {
      const w = c.workload;
      if (w.kind === "open") {
        add("Workload", `open, ${formatRate(w.rate)} (${w.arrival})`);
        if (w.schedule.length > 0) {
          add(
            "Schedule",
            w.schedule.map((r) => `${formatRate(r.rate)} at ${formatSeconds(r.at)}`).join(", "),
          );
        }
      } else if (w.kind === "closed") {
        add("Workload", `closed, ${w.users} user${w.users === 1 ? "" : "s"}`);
        add("Think time", formatDist(w.think));
      } else {
        add("Workload", `recorded trace, ${w.timestamps.length} arrivals`);
      }
      add("Target", c.target);
      if (c.mix.length > 1) add("Mix", c.mix.map((m) => `${m.class} ${m.weight}`).join(", "));
      if (c.keys) add("Keys", `${c.keys.count}, Zipf ${c.keys.zipf}`);
      add("Timeout", c.timeout === undefined ? "none" : formatSeconds(c.timeout));
      if (c.retry) {
        const r = c.retry;
        add(
          "Retries",
          `up to ${r.max}, backoff ${formatSeconds(r.backoff)} ×${r.multiplier}${r.jitter ? ", jitter" : ""}`,
        );
      }
      break;
    }
    case "loadbalancer": {
      add("Algorithm", c.algorithm);
      const weighted = c.targets.some((t) => t.weight !== 1);
      add("Targets", c.targets.map((t) => (weighted ? `${t.id} ×${t.weight}` : t.id)).join(", "));
      const h = c.healthCheck;
      add(
        "Health check",
        h === undefined
          ? "none"
          : `every ${formatSeconds(h.interval)}, out after ${h.unhealthyAfter}, back after ${h.healthyAfter}`,
      );
      if (!isZero(c.service)) add("Service", formatDist(c.service));
      if (c.rateLimit)
        add("Rate limit", `${formatRate(c.rateLimit.rate)}, burst ${c.rateLimit.burst}`);
      break;
    }
    case "server": {
      add("Replicas", String(c.replicas));
      add("Workers", `${c.workers} per replica`);
      if (c.cores !== c.workers) add("Cores", `${c.cores} per replica (shared)`);
      add("Queue", Number.isFinite(c.queue) ? `${c.queue} per replica` : "unbounded");
      add("Service", formatService(c.service));
      if (c.discipline !== "fifo") add("Discipline", c.discipline.toUpperCase());
      if (c.calls.length > 0) {
        add(
          "Calls",
          c.calls
            .map((call) => {
              const extra: string[] = [call.mode];
              if (call.when !== undefined) extra.push(`when ${call.when}`);
              if (call.timeout !== undefined) extra.push(`timeout ${formatSeconds(call.timeout)}`);
              if (call.breaker) extra.push("breaker");
              return `${call.target} (${extra.join(", ")})`;
            })
            .join("; "),
        );
        add("Workers wait on calls", c.blocking ? "yes (blocking)" : "no (async)");
      }
      if (c.deadlines) add("Deadlines", "drops work its client gave up on");
      break;
    }
    case "cache":
      add("Keys", c.capacity === undefined ? "not simulated" : `${c.capacity} (LRU)`);
      if (c.hitRatio !== undefined) add("Hit ratio", formatPercent(c.hitRatio));
      add("Fresh for", formatSeconds(c.ttl));
      add("Hit time", formatDist(c.hit));
      add("Backend", c.backend);
      if (c.coalesce) add("Misses", "coalesced (single flight)");
      break;
    case "database": {
      const replicas = c.replicas?.count ?? 0;
      add("Connections", `${c.connections} per node`);
      add("Queue", Number.isFinite(c.queue) ? `${c.queue} per node` : "unbounded");
      add("Read", formatDist(c.read));
      add("Write", formatDist(c.write));
      const perShard = c.shards > 1 ? `${replicas} per shard` : String(replicas);
      add(
        "Replicas",
        c.replicas === undefined || replicas === 0
          ? "none"
          : isZero(c.replicas.lag)
            ? perShard
            : `${perShard}, lag ${formatDist(c.replicas.lag)}`,
      );
      add("Shards", c.shards === 1 ? "1 (not sharded)" : `${c.shards}, by key hash`);
      add("Nodes", String(c.shards * (1 + replicas)));
      if (replicas > 0) {
        add(
          "Failover",
          c.failover === undefined
            ? "none"
            : `a replica takes over after ${formatSeconds(c.failover)}`,
        );
      }
      break;
    }
    case "queue": {
      const k = c.consumers;
      add("Consumers", k.prefetch === 1 ? String(k.count) : `${k.count}, prefetch ${k.prefetch}`);
      add("Processing", formatDist(k.service));
      if (k.target !== undefined) add("Consumers call", k.target);
      add("Capacity", Number.isFinite(c.capacity) ? `${c.capacity} messages` : "unbounded");
      if (!isZero(c.publish)) add("Publish ack", formatDist(c.publish));
      add(
        "Redeliveries",
        c.maxRedeliveries === 0
          ? "none: a failed message is dead-lettered"
          : `up to ${c.maxRedeliveries}, then dead-lettered`,
      );
      break;
    }
    case "cdn":
      add("Hit ratio", formatPercent(c.hitRatio));
      add("Hit time", formatDist(c.hit));
      add("Origin", c.origin);
      break;
    case "autoscaler":
      add("Scales", c.target);
      add("Replicas", `${c.min} – ${c.max}`);
      add("Aims for", `${formatPercent(c.targetValue)} utilisation`);
      add("Decides every", formatSeconds(c.interval));
      add("Warm-up", formatSeconds(c.warmup));
      add("Cooldown", formatSeconds(c.cooldown));
      break;
  }
  if (c.costPerHour !== undefined) add("Cost", `${c.costPerHour} per instance-hour`);
  return rows;
}

/** A service time, one Dist or one per request class. */
export function formatService(service: Dist | Record<string, Dist>): string {
  if (isDist(service)) return formatDist(service);
  return Object.entries(service)
    .map(([name, d]) => `${name}: ${formatDist(d)}`)
    .join("; ");
}

/** A Dist in words: `{"dist":"exp","mean":0.03}` → "exponential, mean 30 ms". */
export function formatDist(d: Dist): string {
  switch (d.dist) {
    case "const":
      return formatSeconds(d.value);
    case "exp":
      return `exponential, mean ${formatSeconds(d.mean)}`;
    case "uniform":
      return `uniform ${formatSeconds(d.min)} – ${formatSeconds(d.max)}`;
    case "lognormal":
      return `lognormal, mean ${formatSeconds(d.mean)}, cv ${d.cv}`;
    case "erlang":
      return `Erlang-${d.k}, mean ${formatSeconds(d.mean)}`;
    case "pareto":
      return `Pareto, min ${formatSeconds(d.min)}, α ${d.alpha}`;
  }
}

function isDist(value: Dist | Record<string, Dist>): value is Dist {
  return typeof (value as { dist?: unknown }).dist === "string";
}

function isZero(d: Dist): boolean {
  return d.dist === "const" && d.value === 0;
}
