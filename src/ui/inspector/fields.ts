/**
 * The form of each component type: which fields the inspector shows, and how each is edited
 * (a number, a text, a choice, a yes/no, a Dist, another component, a list). Paths are inside
 * the component. Everything else the format allows (a per-class service map, breakers, CoDel,
 * a recorded trace) is edited in the component's JSON box under the form.
 */
import { WHEN_FULL } from "../../scenario/server";
import { ARRIVALS, BALANCING_ALGORITHMS } from "../../scenario/types";
import type { Json, JsonObject, Segment } from "../editor/json";

export type Column =
  /** `offers`: whether an entry's picker lists zones or components (both when absent). */
  (
    | { kind: "ref"; key: string; offers?: (entry: JsonObject) => "zones" | "components" }
    | { kind: "number"; key: string; placeholder?: string }
    | { kind: "text"; key: string }
    /** `default`: what the format takes when the key is absent, shown instead of a blank. */
    | { kind: "choice"; key: string; options: readonly string[]; default?: string }
  ) & {
    /** Shown only for entries whose `key` holds one of `values`, or that set this column. */
    when?: { key: string; values: readonly string[] };
  };

export type FieldSpec = (
  | { kind: "number"; placeholder?: string }
  | { kind: "text" }
  | { kind: "choice"; options: readonly string[]; placeholder?: string }
  | { kind: "flag"; default: boolean }
  /** `count`: the Dist draws a number of things (a batch size), not a time. */
  | { kind: "dist"; count?: boolean }
  | { kind: "ref" }
  /** A list of objects; with `bare`, an entry with only that key may be written as its value. */
  | { kind: "list"; columns: Column[]; make: () => Json; bare?: string }
  /** An object whose `key` chooses its shape: changing it starts from `shapes[choice]`. */
  | { kind: "shape"; key: string; shapes: Record<string, () => Json> }
  /** The scenario's latencies between particular zones: two zones and a Dist per entry. */
  | { kind: "zonePairs" }
) & {
  path: Segment[];
  /** Shown only when the component's `path` holds `value` (a workload's kind, say). */
  when?: { path: Segment[]; value: Json };
};

const n = (path: Segment[], placeholder?: string): FieldSpec => ({
  kind: "number",
  path,
  placeholder,
});
const dist = (path: Segment[]): FieldSpec => ({ kind: "dist", path });
const ref = (path: Segment[]): FieldSpec => ({ kind: "ref", path });
const open = { path: ["workload", "kind"], value: "open" };
const closed = { path: ["workload", "kind"], value: "closed" };

/** Backpressure (servers, queues): reject a request when full, or hold its caller. */
const WHEN_FULL_FIELD: FieldSpec = {
  kind: "choice",
  path: ["whenFull"],
  options: WHEN_FULL,
  placeholder: "reject",
};

/** Every type's fields after the common ones (id, label). */
const TYPE_FIELDS: Record<string, FieldSpec[]> = {
  client: [
    ref(["target"]),
    {
      kind: "shape",
      path: ["workload"],
      key: "kind",
      shapes: {
        open: () => ({ kind: "open", rate: 10 }),
        closed: () => ({ kind: "closed", users: 10, think: { dist: "exp", mean: 1 } }),
        trace: () => ({ kind: "trace", timestamps: [0] }),
      },
    },
    { ...n(["workload", "rate"]), when: open },
    {
      kind: "choice",
      path: ["workload", "arrival"],
      options: ARRIVALS,
      placeholder: "poisson",
      when: open,
    },
    { ...n(["workload", "scv"]), when: { path: ["workload", "arrival"], value: "hyperexp" } },
    ...(["factor", "calm", "burst"] as const).map(
      (key): FieldSpec => ({
        ...n(["workload", "mmpp", key]),
        when: { path: ["workload", "arrival"], value: "mmpp" },
      }),
    ),
    { kind: "dist", path: ["workload", "batch"], count: true, when: open },
    {
      kind: "list",
      path: ["workload", "schedule"],
      columns: [
        { kind: "number", key: "at" },
        { kind: "number", key: "rate" },
      ],
      make: () => ({ at: 0, rate: 10 }),
      when: open,
    },
    { ...n(["workload", "users"]), when: closed },
    { ...dist(["workload", "think"]), when: closed },
    {
      kind: "list",
      path: ["mix"],
      columns: [
        { kind: "text", key: "class" },
        { kind: "number", key: "weight" },
        { kind: "number", key: "priority", placeholder: "0" },
      ],
      make: () => ({ class: "default", weight: 1 }),
    },
    n(["timeout"], "∞"),
    n(["keys", "count"]),
    n(["keys", "zipf"]),
    n(["retry", "max"]),
    n(["retry", "backoff"], "0.1"),
    n(["retry", "multiplier"], "2"),
    { kind: "flag", path: ["retry", "jitter"], default: true },
    n(["retry", "budget"]),
    n(["hedge", "after"]),
  ],
  loadbalancer: [
    {
      kind: "choice",
      path: ["algorithm"],
      options: BALANCING_ALGORITHMS,
      placeholder: "round-robin",
    },
    {
      kind: "list",
      path: ["targets"],
      columns: [
        { kind: "ref", key: "id" },
        { kind: "number", key: "weight", placeholder: "1" },
      ],
      make: () => ({ id: "" }),
      bare: "id",
    },
    dist(["service"]),
    n(["healthCheck", "interval"]),
    n(["healthCheck", "unhealthyAfter"], "3"),
    n(["healthCheck", "healthyAfter"], "2"),
    n(["rateLimit", "rate"]),
    n(["rateLimit", "burst"]),
  ],
  server: [
    n(["replicas"], "1"),
    n(["workers"], "1"),
    n(["cores"]),
    n(["queue"], "∞"),
    dist(["service"]),
    {
      kind: "choice",
      path: ["discipline"],
      options: ["fifo", "lifo", "codel", "adaptive-lifo"],
      placeholder: "fifo",
    },
    {
      kind: "list",
      path: ["calls"],
      columns: [
        { kind: "ref", key: "target" },
        { kind: "choice", key: "mode", options: ["sync", "async"], default: "sync" },
        { kind: "text", key: "when" },
        { kind: "number", key: "timeout", placeholder: "∞" },
        { kind: "number", key: "probability", placeholder: "1" },
        { kind: "text", key: "choice" },
        { kind: "number", key: "maxVisits", placeholder: "∞" },
      ],
      make: () => ({ target: "" }),
    },
    { kind: "flag", path: ["blocking"], default: true },
    { kind: "flag", path: ["deadlines"], default: false },
    { kind: "flag", path: ["preemptive"], default: false },
    WHEN_FULL_FIELD,
    {
      kind: "list",
      path: ["schedule"],
      columns: [
        { kind: "number", key: "at" },
        { kind: "number", key: "workers" },
        { kind: "number", key: "replicas" },
      ],
      make: () => ({ at: 60, replicas: 1 }),
    },
  ],
  cache: [
    ref(["backend"]),
    n(["hitRatio"]),
    n(["capacity"]),
    n(["ttl"], "∞"),
    dist(["hit"]),
    { kind: "flag", path: ["coalesce"], default: false },
  ],
  database: [
    n(["connections"]),
    n(["queue"], "∞"),
    dist(["read"]),
    dist(["write"]),
    n(["replicas", "count"]),
    dist(["replicas", "lag"]),
    n(["shards"], "1"),
    n(["failover"]),
  ],
  queue: [
    n(["capacity"], "∞"),
    dist(["publish"]),
    n(["consumers", "count"]),
    n(["consumers", "prefetch"], "1"),
    dist(["consumers", "service"]),
    ref(["consumers", "target"]),
    n(["maxRedeliveries"], "3"),
    WHEN_FULL_FIELD,
  ],
  cdn: [ref(["origin"]), n(["hitRatio"]), dist(["hit"])],
  autoscaler: [
    ref(["target"]),
    n(["min"], "1"),
    n(["max"]),
    n(["targetValue"], "0.6"),
    n(["interval"], "15"),
    n(["warmup"], "30"),
    n(["cooldown"], "60"),
  ],
};

const COMMON_AFTER: FieldSpec[] = [{ kind: "text", path: ["zone"] }, n(["costPerHour"])];

/** The scenario's own fields, after its name and description. */
export const SCENARIO_FIELDS: FieldSpec[] = [
  { kind: "text", path: ["seed"] },
  n(["duration"]),
  n(["warmup"], "0"),
  dist(["network"]),
  dist(["zones", "latency"]),
  { kind: "zonePairs", path: ["zones", "pairs"] },
  {
    kind: "list",
    path: ["faults"],
    columns: [
      { kind: "choice", key: "kind", options: ["crash", "slow", "errors", "partition", "zone"] },
      {
        kind: "ref",
        key: "target",
        offers: (fault) => (fault.kind === "zone" ? "zones" : "components"),
      },
      { kind: "number", key: "at" },
      { kind: "number", key: "duration" },
      { kind: "number", key: "instance", when: faultKinds("crash", "slow", "errors") },
      { kind: "number", key: "factor", when: faultKinds("slow") },
      { kind: "number", key: "rate", when: faultKinds("errors") },
      { kind: "ref", key: "from", when: faultKinds("partition"), offers: () => "components" },
    ],
    make: () => ({ kind: "crash", target: "", at: 10, duration: 10 }),
  },
];

function faultKinds(...values: string[]): Column["when"] {
  return { key: "kind", values };
}

export function fieldsOf(type: string): FieldSpec[] {
  return [...(TYPE_FIELDS[type] ?? []), ...COMMON_AFTER];
}
