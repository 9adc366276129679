/**
 * The table's lines for what a server's row cannot say: its own figures, apart from the
 * end-to-end ones of the requests it called out for, and its replicas one by one, busiest
 * first. A server's row counts as rejected what its callees rejected, and averages its
 * replicas; these lines keep each part apart.
 */
import type { ReplicaSummary } from "../sim/metrics/replica-stats";
import type { ComponentSummary } from "../sim/summary";

type Format = (x: number) => string;

/** Replicas listed per server in the table; the JSON has up to 64, and always the busiest. */
const TABLE_REPLICAS = 8;

export interface Formats {
  count: Format;
  ms: Format;
  percent: Format;
  sig3: Format;
  /** A figure of a group, with its ci95 half-width when there is one, or "-". */
  figure: (group: object | undefined, key: string, format: Format) => string;
}

/** One row per server: own rejections and failures, own wait, service and sojourn in ms. */
export function ownRows(components: Record<string, ComponentSummary>, f: Formats): string[][] {
  const rows = Object.entries(components).filter(([, c]) => c.own !== undefined);
  if (rows.length === 0) return [];
  return [
    ["own (before calls)", "rejected", "failed", "wait ms", "service ms", "sojourn ms"],
    ...rows.map(([id, c]) => [
      id,
      f.figure(c.own, "rejected", f.count),
      f.figure(c.own, "failed", f.count),
      f.figure(c.own, "meanWait", f.ms),
      f.figure(c.own, "meanService", f.ms),
      f.figure(c.own, "meanSojourn", f.ms),
    ]),
  ];
}

/** Per replicated server, its busiest replicas: utilisation, queue, served, rejected, failed. */
export function replicaRows(components: Record<string, ComponentSummary>, f: Formats): string[][] {
  const rows: string[][] = [];
  for (const c of Object.values(components)) {
    const listed = Object.entries(c.perReplica ?? {}).filter(([name]) => name !== "ci95");
    const replicas: [string, ReplicaSummary][] =
      listed.length > 0
        ? listed
        : c.hottestReplica === undefined
          ? []
          : [[c.hottestReplica.replica, c.hottestReplica]];
    replicas.sort(([a, x], [b, y]) => y.utilization - x.utilization || a.localeCompare(b));
    for (const [name, r] of replicas.slice(0, TABLE_REPLICAS)) {
      rows.push([
        name,
        f.figure(r, "utilization", f.percent),
        f.figure(r, "meanQueue", f.sig3),
        f.figure(r, "served", f.count),
        f.figure(r, "rejected", f.count),
        f.figure(r, "failed", f.count),
      ]);
    }
  }
  if (rows.length === 0) return [];
  return [["replica (busiest first)", "util %", "queue", "served", "rejected", "failed"], ...rows];
}
