/**
 * Which time charts the page shows and what each draws, decided from the state alone: the
 * system's throughput, latency and error rate, queues and utilisation per server, database and
 * message queue, and a closer look at the selected component. Pure, so the choice is unit-tested without a DOM.
 */
import type { Component, ComponentType } from "../../scenario/types";
import type { GlobalField, ProbeField } from "../../sim/probe-fields";
import { type ComponentNames, componentNames } from "../component-names";
import { type MessageKey, t } from "../i18n/index";
import type { ViewState } from "../store";
import {
  type Columns,
  componentColumn,
  componentSeries,
  componentsWhere,
  errorRate,
  globalColumn,
  type Series,
  selectTitle,
} from "./chart-data";
import { BAD, seriesStyle } from "./palette";

export interface TimePanel {
  /** Stable across renders, so each panel keeps its chart. */
  key: string;
  title: string;
  /** The unit of the y axis and of the values in legends and tooltips. */
  unit: string;
  series: Series[];
  /** Drawn on a log y axis. */
  log: boolean;
  /** Offers the log/linear toggle (the latency panel). */
  logToggle: boolean;
  /** A fixed y domain (utilisation: 0–100 %); otherwise from the data. */
  domain?: [number, number];
  /** The least top of an automatic y domain, so a flat line near zero stays near the bottom. */
  minTop: number;
}

/** A reusable buffer for a derived series (the error rate), so a frame allocates nothing. */
export class Scratch {
  private buffer = new Float64Array(0);

  take(n: number): Float64Array {
    if (this.buffer.length < n) this.buffer = new Float64Array(Math.max(n, 2 * this.buffer.length));
    return this.buffer.subarray(0, n);
  }
}

const MS = 1000;
const PERCENT = 100;

export function timePanels(
  state: ViewState,
  scratch = new Scratch(),
  names = componentNames(state.scenario, state.locale),
): TimePanel[] {
  const { history, layout, scenario } = state;
  if (layout === null) return [];
  const global = (field: GlobalField, label: string, i: number, scale = 1): Series => ({
    key: field,
    label,
    ...seriesStyle(i),
    ys: history.column(globalColumn(field)),
    scale,
  });
  const panels: TimePanel[] = [
    {
      key: "throughput",
      title: t("chart.throughput"),
      unit: t("unit.reqPerS"),
      series: [
        global("offered", t("series.offered"), 0),
        global("completed", t("series.completed"), 1),
        global("rejected", t("series.rejected"), 2),
        global("timeout", t("series.timeout"), 3),
        global("unavailable", t("series.unavailable"), 4),
        global("error", t("series.error"), 5),
      ],
      log: false,
      logToggle: false,
      minTop: 1,
    },
    {
      key: "latency",
      title: t("chart.latency"),
      unit: t("unit.ms"),
      series: [
        global("p50", "p50", 0, MS),
        global("p95", "p95", 1, MS),
        global("p99", "p99", 2, MS),
        { ...global("latencyMean", t("series.mean"), 3, MS), dashed: true },
      ],
      log: state.logScale,
      logToggle: true,
      minTop: 1,
    },
    {
      key: "errors",
      title: t("chart.errors"),
      unit: "%",
      series: [
        {
          key: "errorRate",
          label: t("series.failedAnswered"),
          color: BAD,
          dashed: false,
          ys: errorRate(history, scratch.take(history.length)),
          scale: PERCENT,
        },
      ],
      log: false,
      logToggle: false,
      minTop: 1,
    },
  ];
  const servers = componentsWhere(scenario, layout, queues);
  if (servers.length > 0) {
    panels.push(
      {
        key: "queues",
        title: t("chart.queues"),
        unit: t("unit.waiting"),
        series: componentSeries(history, layout, servers, "meanQueue", names),
        log: false,
        logToggle: false,
        minTop: 1,
      },
      {
        key: "utilization",
        title: t("chart.utilisation"),
        unit: "%",
        series: componentSeries(history, layout, servers, "utilization", names, PERCENT),
        log: false,
        logToggle: false,
        domain: [0, 100],
        minTop: 100,
      },
    );
  }
  panels.push(...selectedPanels(state, history, names));
  return panels;
}

/**
 * Whether components of a type serve from workers behind a queue (servers, databases with their
 * connections, message queues with their consumers), so have a utilisation and a queue to
 * chart; clients, balancers, caches, CDNs and autoscalers report neither.
 */
export function queues(type: ComponentType): boolean {
  return type === "server" || type === "database" || type === "queue";
}

/** What a component's "served" figure is called where "served" would mislead. */
const SERVED: Partial<Record<ComponentType, MessageKey>> = {
  client: "series.completed",
  loadbalancer: "series.forwarded",
  cache: "series.answered",
  cdn: "series.answered",
  database: "series.queries",
  queue: "series.consumed",
};

/** The selected component's own figures, one panel per unit. */
function selectedPanels(state: ViewState, history: Columns, names: ComponentNames): TimePanel[] {
  const { layout, scenario, selected } = state;
  if (layout === null || selected === null || !layout.components.includes(selected)) return [];
  const component: Component | undefined = scenario?.components.find((c) => c.id === selected);
  const kind = component?.type ?? "server";
  const line = (field: ProbeField, label: string, i: number, scale = 1): Series => ({
    key: `${selected}.${field}`,
    label,
    ...seriesStyle(i),
    ys: history.column(componentColumn(layout, selected, field)),
    scale,
    component: selected,
    title: selectTitle(names, selected),
  });
  const panel = (key: string, title: string, unit: string, series: Series[]): TimePanel => ({
    key: `selected.${key}`,
    title: t("chart.selected", { component: names.name(selected), title }),
    unit,
    series,
    log: false,
    logToggle: false,
    minTop: 1,
  });
  const percent = (key: string, title: string, field: ProbeField): TimePanel => ({
    ...panel(key, title, "%", [line(field, title, 0, PERCENT)]),
    domain: [0, 100],
    minTop: 100,
  });
  // An autoscaler serves nothing: what it does is its server's replica count, which it reports
  // as its own `instances`.
  if (component?.type === "autoscaler") {
    const target = names.name(component.target);
    return [
      {
        ...panel("replicas", t("chart.replicasOf", { target }), t("unit.replicas"), [
          line("instances", t("chart.replicasSeries", { target }), 0),
        ]),
        domain: [0, component.max],
        minTop: component.max,
      },
    ];
  }
  const messages = kind === "queue";
  const rates = panel(
    "rates",
    t(messages ? "chart.messagesPerSecond" : "chart.requestsPerSecond"),
    t(messages ? "unit.msgPerS" : "unit.reqPerS"),
    [
      line("served", t(SERVED[kind] ?? "series.served"), 0),
      { ...line("failed", t("series.failed"), 1), color: BAD },
    ],
  );
  if (component?.type === "queue") {
    const count = component.consumers.count;
    return [
      rates,
      panel("depth", t("chart.depth"), t("unit.messages"), [
        line("meanQueue", t("series.waiting"), 0),
      ]),
      {
        ...panel("consumers", t("chart.consumersBusy"), t("unit.consumers"), [
          line("utilization", t("series.busy"), 0, count),
        ]),
        domain: [0, count],
        minTop: count,
      },
      panel("age", t("chart.messageAge"), t("unit.ms"), [
        line("messageAge", t("series.age"), 0, 1000),
      ]),
      {
        ...panel("dead", t("chart.deadLetters"), t("unit.msgPerS"), [
          line("deadLettered", t("series.deadLettered"), 1),
        ]),
        minTop: 1,
      },
    ];
  }
  // A CDN's in-flight figure counts coalesced misses, which it never has.
  if (kind === "cdn") return [rates, percent("hitRatio", t("chart.hitRatio"), "hitRatio")];
  const panels = [
    rates,
    kind === "database"
      ? panel("load", t("chart.waitingAndInFlight"), t("unit.queries"), [
          line("meanQueue", t("series.waiting"), 0),
          line("inFlight", t("series.inFlight"), 1),
        ])
      : queues(kind)
        ? panel("load", t("chart.queueAndInFlight"), t("unit.requests"), [
            line("meanQueue", t("series.queue"), 0),
            line("inFlight", t("series.inFlight"), 1),
          ])
        : panel("load", t("chart.inFlightTitle"), t("unit.requests"), [
            line("inFlight", t("series.inFlight"), 0),
          ]),
  ];
  if (queues(kind)) {
    panels.push(
      percent(
        "utilization",
        t(kind === "database" ? "chart.connectionsBusy" : "chart.utilisationOf"),
        "utilization",
      ),
    );
  }
  if (kind === "cache") panels.push(percent("hitRatio", t("chart.hitRatio"), "hitRatio"));
  if (component?.type === "database" && component.replicas !== undefined) {
    panels.push(
      panel("staleness", t("chart.staleness"), t("unit.ms"), [
        line("staleness", t("series.lag"), 0, 1000),
      ]),
    );
  }
  if (component?.type === "database" && component.shards > 1) {
    panels.push(percent("hotShard", t("chart.hotShard"), "hotShard"));
  }
  return panels;
}
