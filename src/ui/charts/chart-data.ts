/**
 * The numbers behind the charts, with no DOM: where a figure sits in the probe history, the
 * series a panel draws, the error rate, the row under the cursor, fault spans and histogram
 * bars. Pure, and unit-tested in Node (as are line-path.ts and domain.ts beside it).
 */

import { bisectCenter } from "d3";
import type { ComponentType, Scenario } from "../../scenario/types";
import type { CoarseHistogram } from "../../sim/metrics/histogram";
import type { ProbeLayout } from "../../sim/probe";
import {
  GLOBAL_FIELDS,
  type GlobalField,
  PROBE_FIELD_COUNT,
  PROBE_FIELDS,
  type ProbeField,
} from "../../sim/probe-fields";
import type { Marker } from "../../worker/protocol";
import { type ComponentNames, componentNames } from "../component-names";
import { currentLocale, t } from "../i18n/index";
import { localMarkers } from "../live-action-text";
import { seriesStyle } from "./palette";

/** The columnar rows charts read (the History's shape): column 0 is time. */
export interface Columns {
  readonly length: number;
  column(index: number): Float64Array;
}

/**
 * One line to draw. `ys` are the history's values as stored (seconds, fractions); the chart
 * shows `ys[i] * scale` (ms, %), so no scaled copy is made per frame.
 */
export interface Series {
  key: string;
  label: string;
  color: string;
  dashed: boolean;
  ys: Float64Array;
  scale: number;
  /** The component the line belongs to (its id), so its legend entry can select it. */
  component?: string;
  /** What the legend entry says on hover: which component it selects, by name and id. */
  title?: string;
}

/** A scheduled fault as a shaded span of simulated time. */
export interface Span {
  from: number;
  to: number;
  label: string;
}

const FAILURE_FIELDS = ["rejected", "timeout", "unavailable", "error"] as const;

/** The column of a global figure in a probe row. */
export function globalColumn(field: GlobalField): number {
  return 1 + GLOBAL_FIELDS.indexOf(field);
}

/** The column of one component's figure, or -1 when the layout has no such component. */
export function componentColumn(layout: ProbeLayout, id: string, field: ProbeField): number {
  const index = layout.components.indexOf(id);
  if (index < 0) return -1;
  return 1 + GLOBAL_FIELDS.length + index * PROBE_FIELD_COUNT + PROBE_FIELDS.indexOf(field);
}

/** The ids of the layout's components whose type passes `test`, in layout order. */
export function componentsWhere(
  scenario: Scenario | null,
  layout: ProbeLayout,
  test: (type: ComponentType) => boolean,
): string[] {
  if (scenario === null) return [];
  const types = new Map(scenario.components.map((c) => [c.id, c.type]));
  return layout.components.filter((id) => {
    const type = types.get(id);
    return type !== undefined && test(type);
  });
}

/** One line per component for the same figure, coloured in turn, named as the page names them. */
export function componentSeries(
  history: Columns,
  layout: ProbeLayout,
  ids: readonly string[],
  field: ProbeField,
  names: ComponentNames,
  scale = 1,
): Series[] {
  const out: Series[] = [];
  for (const id of ids) {
    const column = componentColumn(layout, id, field);
    if (column < 0) continue;
    const { color, dashed } = seriesStyle(out.length);
    out.push({
      key: `${id}.${field}`,
      label: names.name(id),
      color,
      dashed,
      ys: history.column(column),
      scale,
      component: id,
      title: selectTitle(names, id),
    });
  }
  return out;
}

/** The tooltip of a legend entry that selects component `id`. */
export function selectTitle(names: ComponentNames, id: string): string {
  return t("chart.select", { component: names.title(id) });
}

/**
 * Failed answers over all answers, per row, as a fraction; NaN (a gap in the line) where nothing
 * was answered, since "no errors out of no requests" is not a 0% error rate.
 */
export function errorRate(
  history: Columns,
  out: Float64Array = new Float64Array(history.length),
): Float64Array {
  const completed = history.column(globalColumn("completed"));
  const failures = FAILURE_FIELDS.map((f) => history.column(globalColumn(f)));
  for (let i = 0; i < history.length; i++) {
    let failed = 0;
    for (const column of failures) failed += column[i];
    const answered = completed[i] + failed;
    out[i] = answered > 0 ? failed / answered : Number.NaN;
  }
  return out;
}

/**
 * The index of the row nearest time `t`, or -1 when there are no rows or `t` lies more than one
 * row's interval outside them (the cursor over time not simulated yet shows no values).
 */
export function rowAt(xs: Float64Array, t: number): number {
  const n = xs.length;
  if (n === 0) return -1;
  const i = Math.min(n - 1, Math.max(0, bisectCenter(xs, t)));
  // A row stands for the interval that ends at its time.
  const interval = n > 1 ? (xs[n - 1] - xs[0]) / (n - 1) : xs[0];
  return t < xs[0] - interval || t > xs[n - 1] + interval ? -1 : i;
}

/** The scenario's scheduled faults as spans of time, labelled like "slow Database ×5". */
export function faultSpans(
  scenario: Scenario | null,
  names = componentNames(scenario, currentLocale()),
): Span[] {
  if (scenario === null) return [];
  return scenario.faults.map((f) => {
    const name = names.name(f.target);
    const target = f.instance === undefined ? name : `${name}#${f.instance}`;
    const detail =
      f.kind === "slow" ? ` ×${f.factor}` : f.kind === "errors" ? ` ${f.rate * 100}%` : "";
    return {
      from: f.at,
      to: f.at + f.duration,
      label: `${t(`fault.${f.kind}`)} ${target}${detail}`,
    };
  });
}

/**
 * The what-ifs' markers labelled in the page's language, naming their component as the rest of
 * the page does (the worker labels them in English, by id).
 */
export function namedMarkers(markers: readonly Marker[], names: ComponentNames): Marker[] {
  const renamed = markers.map((m) =>
    m.action === undefined
      ? m
      : { ...m, action: { ...m.action, target: names.name(m.action.target) } },
  );
  // Only the label changes: the marker keeps its action as the worker sent it.
  return localMarkers(renamed).map((m, i) => ({ ...markers[i], label: m.label }));
}

/** A bar of the latency histogram: a bucket's bounds in ms and its share of requests in %. */
export interface Bar {
  fromMs: number;
  toMs: number;
  percent: number;
  count: number;
}

/** The histogram's buckets as bars, each with its share of all requests counted. */
export function histogramBars(h: CoarseHistogram | null): Bar[] {
  if (h === null) return [];
  let total = 0;
  for (const c of h.count) total += c;
  if (total === 0) return [];
  return h.count.map((count, i) => ({
    fromMs: h.from[i] * 1000,
    toMs: h.to[i] * 1000,
    percent: (100 * count) / total,
    count,
  }));
}
