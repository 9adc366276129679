/**
 * A sampled request laid out for the waterfall: one row per hop, in call order (each hop right
 * after its caller, attempts and hedges in the order sent), with the segments of its time on
 * the request's own axis. Pure: the view only draws what this returns.
 */
import type { Hop, SampledRequest, TraceSample } from "../../sim/trace/sample";

/** Components whose hops wait in a queue for a worker, a connection or a consumer. */
const POOLED = new Set(["server", "database", "queue"]);

export type SegmentKind = "network" | "queue" | "service" | "waiting";

export interface Segment {
  kind: SegmentKind;
  from: number;
  to: number;
}

export interface WaterfallRow {
  hop: Hop;
  /** Index of the hop in the request. */
  index: number;
  /** Calls between it and the request: 0 for the request, 1 for its attempts... */
  depth: number;
  component: string;
  segments: Segment[];
  /** Durations of the figures shown beside the bar, in seconds (network -1 for the request). */
  network: number;
  queue: number;
  service: number;
  /** Where the bar ends: its answer, or the end of the sample for one still running. */
  end: number;
  /** For a failure passed on from a call: the component where it started. */
  origin: string | null;
}

export interface Waterfall {
  request: SampledRequest;
  start: number;
  end: number;
  rows: WaterfallRow[];
}

/** Requests of the sample that have their final answer, the ones the waterfall can show. */
export function finishedRequests(sample: TraceSample): SampledRequest[] {
  return sample.requests.filter((r) => r.hops[0].returned >= 0);
}

const latencyOf = (r: SampledRequest) => r.hops[0].returned - r.hops[0].sent;

/** The slowest finished request of the sample, or null when none has finished. */
export function slowest(sample: TraceSample): SampledRequest | null {
  let best: SampledRequest | null = null;
  for (const r of finishedRequests(sample))
    if (best === null || latencyOf(r) > latencyOf(best)) best = r;
  return best;
}

/**
 * The finished request nearest a point of the latency chart: among those that ended within
 * `window` seconds of `time` (the chart's resolution), the one whose latency is nearest
 * `latency`; failing that, the one that ended nearest `time`.
 */
export function nearest(
  sample: TraceSample,
  time: number,
  latency: number,
  window: number,
): SampledRequest | null {
  const done = finishedRequests(sample);
  const close = done.filter((r) => Math.abs(r.hops[0].returned - time) <= window);
  const pool = close.length > 0 ? close : done;
  const distance = (r: SampledRequest) =>
    close.length > 0 ? Math.abs(latencyOf(r) - latency) : Math.abs(r.hops[0].returned - time);
  let best: SampledRequest | null = null;
  for (const r of pool) if (best === null || distance(r) < distance(best)) best = r;
  return best;
}

export function layoutWaterfall(sample: TraceSample, request: SampledRequest): Waterfall {
  const hops = request.hops;
  const children = hops.map(() => [] as number[]);
  hops.forEach((h, i) => {
    if (h.parent >= 0) children[h.parent].push(i);
  });
  const rows: WaterfallRow[] = [];
  const visit = (i: number, depth: number) => {
    rows.push(rowOf(sample, hops, children[i], i, depth));
    for (const c of children[i]) visit(c, depth + 1);
  };
  visit(0, 0);
  const start = hops[0].sent;
  const end = Math.max(...rows.map((r) => r.end));
  return { request, start, end, rows };
}

function rowOf(
  sample: TraceSample,
  hops: Hop[],
  calls: number[],
  index: number,
  depth: number,
): WaterfallRow {
  const hop = hops[index];
  const arrived = hop.arrived >= 0 ? hop.arrived : hop.sent;
  const answered = hop.replied >= 0 ? hop.replied : hop.abandoned >= 0 ? hop.abandoned : sample.now;
  const end = Math.max(arrived, hop.returned >= 0 ? hop.returned : answered);
  const segments: Segment[] = [];
  const add = (kind: SegmentKind, from: number, to: number) => {
    if (to > from) segments.push({ kind, from, to });
  };
  if (hop.kind !== "request") add("network", hop.sent, arrived);
  let local = arrived;
  if (hop.started >= 0) {
    add("queue", arrived, hop.started);
    const done = hop.processed >= 0 ? hop.processed : answered;
    add("service", hop.started, done);
    local = done;
  } else if (POOLED.has(sample.types[hop.component])) {
    // Never taken up: it waited in the queue until it was answered (refused, lost) or till now.
    add("queue", arrived, answered);
    local = answered;
  } else if (hop.kind !== "request") {
    // A balancer's or a cache's own time: until its first call, or its answer.
    const firstCall = calls.length > 0 ? hops[calls[0]].sent : answered;
    add("service", arrived, Math.min(firstCall, answered));
    local = Math.min(firstCall, answered);
  }
  add("waiting", local, answered);
  if (hop.kind !== "request" && hop.returned >= 0) add("network", answered, hop.returned);
  return {
    hop,
    index,
    depth,
    component: sample.components[hop.component],
    segments,
    network:
      hop.kind === "request" || hop.arrived < 0
        ? -1
        : hop.arrived -
          hop.sent +
          (hop.returned >= 0 && hop.replied >= 0 ? hop.returned - hop.replied : 0),
    queue: segments.filter((s) => s.kind === "queue").reduce((t, s) => t + s.to - s.from, 0),
    origin: originOf(sample, hops, hop),
    service: segments.filter((s) => s.kind === "service").reduce((t, s) => t + s.to - s.from, 0),
    end,
  };
}

/** Follows a failure passed on from call to call down to the hop where it started. */
function originOf(sample: TraceSample, hops: Hop[], hop: Hop): string | null {
  if (hop.cause !== "downstream" || hop.failedCall < 0) return null;
  let origin = hops[hop.failedCall];
  while (origin.cause === "downstream" && origin.failedCall >= 0) origin = hops[origin.failedCall];
  return sample.components[origin.component];
}
