/**
 * The unit of a figure of a summary, as `compare` prints it beside each row: the flat names of
 * src/sim/compare/figures.ts (`latency.p99`, `components.web.utilization`, `cost.total`). A
 * figure not listed is a count of something; the word says of what where it is clear.
 */

/** By the last part of the name, for a figure inside the run, a class or a component. */
const BY_LAST: Record<string, string> = {
  throughput: "req/s",
  offered: "req/s",
  utilization: "0–1",
  hitRatio: "0–1",
  meanWait: "s",
  meanAge: "s",
  meanQueue: "requests",
  meanDepth: "messages",
  maxDepth: "messages",
  deadLettered: "messages",
  redelivered: "messages",
  meanReplicas: "replicas",
  maxReplicas: "replicas",
  events: "events",
  evictions: "keys",
  scaleOuts: "times",
  scaleIns: "times",
  breakerOpened: "times",
  failovers: "times",
};

/** Of a group: every figure in `latency.*` is a time, every one in `sent.*` a count of requests. */
const BY_GROUP: Record<string, string> = {
  latency: "s",
  staleness: "s",
  sent: "requests",
  shardLoad: "requests",
  failures: "requests",
};

/**
 * `s`, `req/s`, `0–1` (a fraction), a count's noun, or for cost the scenario's own money: the
 * unit `costPerHour` is written in, which archsim does not know.
 */
export function figureUnit(figure: string): string {
  if (figure === "cost.perMillionRequests") return "price/1M req";
  if (figure.startsWith("cost.")) return "price";
  const parts = figure.split(".");
  const last = parts[parts.length - 1];
  const group = parts[parts.length - 2];
  return BY_LAST[last] ?? (group === undefined ? undefined : BY_GROUP[group]) ?? "requests";
}
