/**
 * A small architecture for the chart tests (users → lb → app → db, a slowed db and a crashed app
 * replica scheduled) and a way to write its probe rows by field name.
 */
import { parseScenario } from "../../../src/scenario/parse";
import type { Scenario } from "../../../src/scenario/types";
import type { ProbeLayout } from "../../../src/sim/probe";
import {
  GLOBAL_FIELDS,
  type GlobalField,
  PROBE_FIELD_COUNT,
  PROBE_FIELDS,
  type ProbeField,
} from "../../../src/sim/probe-fields";
import { History } from "../../../src/ui/history";

const parsed = parseScenario({
  version: 1,
  name: "charts fixture",
  duration: 100,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "lb" },
    { id: "lb", type: "loadbalancer", targets: ["app"] },
    {
      id: "app",
      type: "server",
      replicas: 2,
      service: { dist: "exp", mean: 0.01 },
      calls: [{ target: "db" }],
    },
    { id: "db", type: "server", service: { dist: "exp", mean: 0.01 } },
  ],
  faults: [
    { kind: "slow", at: 10, target: "db", duration: 20, factor: 5 },
    { kind: "crash", at: 50, target: "app", instance: 1, duration: 5 },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));

export const scenario: Scenario = parsed.scenario;

const components = ["users", "lb", "app", "db"];
const edges = [
  { from: "users", to: "lb" },
  { from: "lb", to: "app" },
  { from: "app", to: "db" },
];

export const layout: ProbeLayout = {
  components,
  edges,
  rowLength: 1 + GLOBAL_FIELDS.length + components.length * PROBE_FIELD_COUNT + edges.length,
};

export interface RowValues {
  time: number;
  global?: Partial<Record<GlobalField, number>>;
  components?: Record<string, Partial<Record<ProbeField, number>>>;
}

/** One probe row of the fixture's layout (or `of`); unnamed figures are 0. */
export function row(
  { time, global = {}, components: byId = {} }: RowValues,
  of: ProbeLayout = layout,
): Float64Array {
  const out = new Float64Array(of.rowLength);
  out[0] = time;
  for (const [field, v] of Object.entries(global)) {
    out[1 + GLOBAL_FIELDS.indexOf(field as GlobalField)] = v;
  }
  for (const [id, values] of Object.entries(byId)) {
    const base = 1 + GLOBAL_FIELDS.length + of.components.indexOf(id) * PROBE_FIELD_COUNT;
    for (const [field, v] of Object.entries(values)) {
      out[base + PROBE_FIELDS.indexOf(field as ProbeField)] = v;
    }
  }
  return out;
}

/** A history holding the given rows, in order. */
export function historyOf(...rows: RowValues[]): History {
  const history = new History(layout.rowLength);
  for (const r of rows) history.append(row(r));
  return history;
}

/**
 * Every newer type in one architecture: browsers → edge (a CDN) → api, which queries a
 * database and publishes to a queue whose consumers call a mailer; an autoscaler scales api.
 */
const typesParsed = parseScenario({
  version: 1,
  name: "types fixture",
  duration: 100,
  components: [
    { id: "browsers", type: "client", workload: { kind: "open", rate: 10 }, target: "edge" },
    { id: "edge", type: "cdn", hitRatio: 0.9, hit: { dist: "const", value: 0.01 }, origin: "api" },
    {
      id: "api",
      type: "server",
      service: { dist: "exp", mean: 0.01 },
      calls: [{ target: "store" }, { target: "mail", mode: "async" }],
    },
    { id: "store", type: "database", connections: 10, read: { dist: "exp", mean: 0.01 } },
    {
      id: "mail",
      type: "queue",
      consumers: { count: 4, service: { dist: "exp", mean: 0.05 }, target: "mailer" },
    },
    { id: "mailer", type: "server", service: { dist: "exp", mean: 0.01 } },
    { id: "scaler", type: "autoscaler", target: "api", max: 8 },
  ],
});
if (!typesParsed.ok) throw new Error(JSON.stringify(typesParsed.errors));

export const typesScenario: Scenario = typesParsed.scenario;

const typesComponents = typesScenario.components.map((c) => c.id);
const typesEdges = [
  { from: "browsers", to: "edge" },
  { from: "edge", to: "api" },
  { from: "api", to: "store" },
  { from: "api", to: "mail" },
  { from: "mail", to: "mailer" },
];

export const typesLayout: ProbeLayout = {
  components: typesComponents,
  edges: typesEdges,
  rowLength:
    1 + GLOBAL_FIELDS.length + typesComponents.length * PROBE_FIELD_COUNT + typesEdges.length,
};

/** A history of the types fixture holding the given rows, in order. */
export function typesHistoryOf(...rows: RowValues[]): History {
  const history = new History(typesLayout.rowLength);
  for (const r of rows) history.append(row(r, typesLayout));
  return history;
}
