/**
 * The inspector's table of a replicated server's replicas, busiest first, from the live summary
 * (about once a second): each replica's utilisation, queue, served and failed requests since the
 * warm-up. At most ROWS rows, so ten thousand replicas stay a short table; the summary lists
 * replicas one by one up to 64 and always names the busiest.
 */
import type { ReplicaSummary } from "../../sim/metrics/replica-stats";
import type { ComponentSummary } from "../../sim/summary";
import { t } from "../i18n/index";
import { formatCount, formatPercent } from "../topology/format";

const ROWS = 8;

export interface ReplicaTable {
  /** Shows the replicas of this summary of the server; nothing before the first. */
  update(summary: ComponentSummary | undefined): void;
}

/** The replicas to show, busiest first (the lower name on a tie), and how many there are. */
export function busiestReplicas(
  summary: ComponentSummary,
  replicas: number,
): { rows: (ReplicaSummary & { replica: string })[]; count: number } {
  const listed = Object.entries(summary.perReplica ?? {}).map(([replica, r]) => ({
    replica,
    ...r,
  }));
  if (listed.length === 0) {
    const hottest = summary.hottestReplica;
    return { rows: hottest === undefined ? [] : [hottest], count: replicas };
  }
  listed.sort((a, b) => b.utilization - a.utilization || a.replica.localeCompare(b.replica));
  return { rows: listed.slice(0, ROWS), count: listed.length };
}

export function mountReplicaTable(parent: HTMLElement, replicas: number): ReplicaTable {
  const wrap = document.createElement("div");
  wrap.className = "inspector-replicas";
  parent.append(wrap);
  const table = document.createElement("table");
  const caption = table.createCaption();
  caption.textContent = t("inspector.replicas");
  const head = table.createTHead().insertRow();
  for (const key of [
    "inspector.replicas.replica",
    "inspector.replicas.utilisation",
    "inspector.replicas.queue",
    "inspector.replicas.served",
    "inspector.replicas.failed",
  ] as const) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = t(key);
    head.append(th);
  }
  const body = table.createTBody();
  const note = document.createElement("p");
  note.className = "inspector-replicas-note";
  wrap.append(table, note);
  let shown: ComponentSummary | undefined;
  return {
    update(summary) {
      if (summary === shown) return;
      shown = summary;
      const { rows, count } =
        summary === undefined ? { rows: [], count: replicas } : busiestReplicas(summary, replicas);
      body.replaceChildren(
        ...rows.map((r) => {
          const tr = document.createElement("tr");
          const th = document.createElement("th");
          th.scope = "row";
          th.textContent = r.replica;
          tr.append(th);
          for (const text of [
            formatPercent(r.utilization),
            formatCount(r.meanQueue),
            formatCount(r.served),
            formatCount(r.failed + r.rejected),
          ]) {
            tr.insertCell().textContent = text;
          }
          return tr;
        }),
      );
      note.textContent =
        rows.length < count ? t("inspector.replicas.more", { shown: rows.length, count }) : "";
    },
  };
}
