/**
 * From spans to a scenario: services become servers, the calls their visits made become
 * `calls`, root spans become a client's arrivals, and each server's service time is the
 * distribution fitted to its visits' self times. What the traces cannot say (worker counts) is
 * assumed and said so; everything inferred is listed in the report with the figures behind it.
 */
import { fitSamples } from "../fit/fit";
import type { Dist } from "../scenario/types";
import { arrivalsOf } from "./arrivals";
import type { ReportItem } from "./report";
import type { Span } from "./span";
import { SpanIndex, type Visit, visits } from "./visits";

interface ServiceStats {
  name: string;
  id: string;
  visits: number;
  selfTimes: number[];
  ownErrors: number;
  /** Entry intervals, for the peak number in flight at once. */
  starts: number[];
  ends: number[];
  calls: Map<string, EdgeStats>;
  /** Known only through client spans: the callee's own spans are not in the file. */
  untraced: boolean;
  /** Its times are client spans' durations, which hold the network both ways. */
  viaClientSpans?: boolean;
  /**
   * Every visit began with a root client or producer span: the service only sends requests,
   * as a load generator or a browser does. Cleared by any other visit.
   */
  sendsOnly: boolean;
}

interface EdgeStats {
  count: number;
  async: number;
  offsets: number;
}

export interface Inference {
  /** The scenario document (version 1), or undefined when the file held no usable span. */
  scenario?: Record<string, unknown>;
  report: ReportItem[];
}

export function infer(spans: readonly Span[], name: string): Inference {
  const report: ReportItem[] = [];
  if (spans.length === 0) {
    report.push({ level: "error", code: "noSpans", params: {} });
    return { report };
  }
  const index = new SpanIndex(spans);
  const services = new Map<string, ServiceStats>();
  const ids = new Set<string>();
  const service = (serviceName: string, untraced: boolean): ServiceStats => {
    let s = services.get(serviceName);
    if (s === undefined) {
      s = {
        name: serviceName,
        id: uniqueId(serviceName, ids),
        visits: 0,
        selfTimes: [],
        ownErrors: 0,
        starts: [],
        ends: [],
        calls: new Map(),
        untraced,
        sendsOnly: true,
      };
      services.set(serviceName, s);
    }
    return s;
  };
  const roots = new Map<string, { starts: number[]; durations: number[] }>();
  const gaps: number[] = [];
  let orphans = 0;
  const traces = new Set<string>();
  for (const v of visits(spans, index)) {
    traces.add(v.entry.traceId);
    const visited = service(v.service, false);
    record(visited, v);
    if (!v.root || (v.entry.kind !== "client" && v.entry.kind !== "producer"))
      visited.sendsOnly = false;
    if (v.orphan) orphans++;
    if (v.root) {
      const r = roots.get(v.service) ?? { starts: [], durations: [] };
      roots.set(v.service, r);
      r.starts.push(v.entry.start);
      r.durations.push(v.entry.end - v.entry.start);
    }
    for (const c of v.calls) {
      if (c.networkGap !== undefined) gaps.push(c.networkGap);
      if (c.untracedDuration === undefined) continue;
      const callee = service(c.target, true);
      if (!callee.untraced) continue;
      callee.visits++;
      callee.selfTimes.push(c.untracedDuration);
      callee.viaClientSpans = true;
      const start = v.entry.start + c.offset;
      callee.starts.push(start);
      callee.ends.push(start + c.untracedDuration);
    }
  }
  report.push({
    level: "info",
    code: "read",
    params: { spans: spans.length, traces: traces.size, services: services.size },
  });
  if (orphans > 0) report.push({ level: "warning", code: "orphans", params: { count: orphans } });

  const duration = Math.max(1, ...[...roots.values()].map((r) => windowOf(r.starts)));
  const network = median(gaps);
  const components: Record<string, unknown>[] = [];
  const faults: Record<string, unknown>[] = [];
  const sources = loadSources(services);
  for (const [serviceName, r] of roots) {
    const source = sources.get(serviceName);
    const target = source?.target ?? (services.get(serviceName) as ServiceStats);
    const clientId =
      source?.client.id ?? uniqueId(roots.size === 1 ? "clients" : `clients-${target.id}`, ids);
    const arrivals = arrivalsOf(r.starts);
    if (source !== undefined)
      report.push({
        level: "info",
        code: "source",
        params: { service: serviceName, target: target.name },
      });
    components.push({
      id: clientId,
      type: "client",
      label: source === undefined ? `Clients of ${serviceName}` : serviceName,
      workload: {
        kind: "open",
        rate: arrivals.rate,
        arrival: "poisson",
        ...(arrivals.schedule.length > 0 ? { schedule: arrivals.schedule } : {}),
      },
      target: target.id,
    });
    report.push({
      level: "info",
      code: "arrivals",
      params: {
        service: serviceName,
        roots: r.starts.length,
        rate: arrivals.rate,
        window: windowOf(r.starts),
      },
    });
    if (arrivals.schedule.length > 0)
      report.push({
        level: "info",
        code: "schedule",
        params: { service: serviceName, steps: arrivals.schedule.length },
      });
    if (r.starts.length < 10)
      report.push({
        level: "warning",
        code: "fewRoots",
        params: { service: serviceName, roots: r.starts.length },
      });
    const sorted = Float64Array.from(r.durations).sort();
    report.push({
      level: "info",
      code: "measured",
      params: {
        service: serviceName,
        mean: r.durations.reduce((a, b) => a + b, 0) / r.durations.length,
        p90: sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))],
      },
    });
  }
  if (roots.size === 0) report.push({ level: "warning", code: "noRoots", params: {} });

  const dropped = acyclicCalls(services);
  for (const [from, to] of dropped)
    report.push({ level: "warning", code: "cycle", params: { from, to } });

  for (const s of services.values()) {
    if (sources.has(s.name)) continue;
    if (s.untraced && s.viaClientSpans)
      s.selfTimes = s.selfTimes.map((t) => Math.max(0, t - 2 * network));
    const dist = serviceDist(s, report);
    const workers = peak(s.starts, s.ends);
    const calls: Record<string, unknown>[] = [];
    const ordered = [...s.calls].sort(
      (a, b) => a[1].offsets / a[1].count - b[1].offsets / b[1].count,
    );
    for (const [targetName, e] of ordered) {
      const target = services.get(targetName) as ServiceStats;
      const perVisit = e.count / s.visits;
      const times = Math.max(1, Math.round(perVisit));
      const mode = e.async * 2 > e.count ? "async" : "sync";
      for (let i = 0; i < times; i++) calls.push({ target: target.id, mode });
      report.push({
        level: "info",
        code: "call",
        params: { from: s.name, to: targetName, perVisit, times, mode },
      });
      if (Math.abs(perVisit - times) > 0.05)
        report.push({
          level: "warning",
          code: "fractionalCalls",
          params: { from: s.name, to: targetName, perVisit, times },
        });
    }
    components.push({
      id: s.id,
      type: "server",
      label: s.name,
      workers,
      service: dist,
      ...(calls.length > 0 ? { calls } : {}),
    });
    report.push({
      level: "assumed",
      code: "workers",
      params: { service: s.name, workers },
    });
    const errorRatio = s.visits === 0 ? 0 : s.ownErrors / s.visits;
    if (errorRatio > 0) {
      faults.push({
        at: 0,
        duration: roundUp(duration),
        target: s.id,
        kind: "errors",
        rate: errorRatio,
      });
      report.push({
        level: "info",
        code: "errors",
        params: { service: s.name, ratio: errorRatio, count: s.ownErrors },
      });
    }
  }
  if (gaps.length > 0)
    report.push({ level: "info", code: "network", params: { value: network, pairs: gaps.length } });
  else report.push({ level: "assumed", code: "noNetwork", params: {} });
  report.push({ level: "assumed", code: "queues", params: {} });
  const scenario: Record<string, unknown> = {
    version: 1,
    name,
    description: `Imported from traces: ${spans.length} spans, ${traces.size} traces.`,
    seed: "1",
    duration: roundUp(duration),
    ...(gaps.length > 0 ? { network: { dist: "const", value: nanoseconds(network) } } : {}),
    components,
    ...(faults.length > 0 ? { faults } : {}),
  };
  return { scenario, report };
}

/**
 * Services that only send requests, each to one other service, and that nothing calls: they
 * become the clients that send the load (named after them) rather than servers of their own.
 * A sender with several targets stays a server, since a client has one target.
 */
function loadSources(
  services: Map<string, ServiceStats>,
): Map<string, { client: ServiceStats; target: ServiceStats }> {
  const called = new Set<string>();
  for (const s of services.values()) for (const t of s.calls.keys()) called.add(t);
  const sources = new Map<string, { client: ServiceStats; target: ServiceStats }>();
  for (const s of services.values()) {
    if (!s.sendsOnly || s.untraced || called.has(s.name) || s.calls.size !== 1) continue;
    const [targetName] = s.calls.keys();
    const target = services.get(targetName) as ServiceStats;
    sources.set(s.name, { client: s, target });
  }
  return sources;
}

function record(s: ServiceStats, v: Visit): void {
  // A service seen first as an untraced callee turns out to be traced: its own spans win.
  if (s.untraced) {
    s.untraced = false;
    s.visits = 0;
    s.selfTimes = [];
    s.starts = [];
    s.ends = [];
  }
  s.visits++;
  s.selfTimes.push(v.selfTime);
  if (v.ownError) s.ownErrors++;
  s.starts.push(v.entry.start);
  s.ends.push(v.entry.end);
  for (const c of v.calls) {
    const e = s.calls.get(c.target) ?? { count: 0, async: 0, offsets: 0 };
    s.calls.set(c.target, e);
    e.count++;
    if (c.async) e.async++;
    e.offsets += c.offset;
  }
}

function serviceDist(s: ServiceStats, report: ReportItem[]): Dist {
  // Traces time to the nanosecond: below that the differences of timestamps are rounding noise,
  // which would make a constant service time look like a very narrow lognormal.
  const found = fitSamples(s.selfTimes.map(nanoseconds));
  const fit = found !== undefined && found.mean > 0 ? found : undefined;
  // A Pareto tail with alpha <= 1 has no mean: no server can be simulated at a steady state on it.
  const chosen =
    fit === undefined
      ? undefined
      : (fit.candidates.find((c) => c.fitted.dist.dist !== "pareto" || c.fitted.dist.alpha > 1) ??
        fit.best);
  const dist: Dist =
    chosen === undefined ? { dist: "const", value: 0 } : readable(chosen.fitted.dist);
  report.push({
    level: "info",
    code: "service",
    params: {
      service: s.name,
      visits: s.visits,
      dist: JSON.stringify(dist),
      mean: fit?.mean ?? 0,
      ks: chosen?.ks ?? 0,
    },
  });
  return dist;
}

function nanoseconds(seconds: number): number {
  return Math.round(seconds * 1e9) / 1e9;
}

/** Times to the nanosecond and shapes to six significant digits, as a person would write them. */
function readable(d: Dist): Dist {
  const six = (x: number) => Number(x.toPrecision(6));
  switch (d.dist) {
    case "const":
      return { dist: "const", value: nanoseconds(d.value) };
    case "exp":
      return { dist: "exp", mean: nanoseconds(d.mean) };
    case "erlang":
      return { dist: "erlang", mean: nanoseconds(d.mean), k: d.k };
    case "lognormal":
      return { dist: "lognormal", mean: nanoseconds(d.mean), cv: six(d.cv) };
    case "pareto":
      return { dist: "pareto", min: nanoseconds(d.min), alpha: six(d.alpha) };
    default:
      return d;
  }
}

/** Removes calls that would close a cycle (the format refuses one), depth first; says which. */
function acyclicCalls(services: Map<string, ServiceStats>): [string, string][] {
  const dropped: [string, string][] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (name: string) => {
    state.set(name, "open");
    const s = services.get(name) as ServiceStats;
    for (const target of [...s.calls.keys()]) {
      const t = state.get(target);
      if (t === "open") {
        s.calls.delete(target);
        dropped.push([name, target]);
      } else if (t === undefined) visit(target);
    }
    state.set(name, "done");
  };
  for (const name of services.keys()) if (!state.has(name)) visit(name);
  return dropped;
}

/** The most intervals open at one instant (an end at the instant of a start closes first). */
function peak(starts: number[], ends: number[]): number {
  const s = Float64Array.from(starts).sort();
  const e = Float64Array.from(ends).sort();
  let open = 0;
  let most = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    while (j < e.length && e[j] <= s[i]) {
      j++;
      open--;
    }
    open++;
    most = Math.max(most, open);
  }
  return Math.max(1, most);
}

function windowOf(starts: number[]): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const t of starts) {
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  return starts.length > 1 ? hi - lo : 0;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Whole seconds from 10 s on, a tenth below: an imported window reads as a round duration. */
function roundUp(seconds: number): number {
  return seconds >= 10 ? Math.ceil(seconds) : Math.ceil(seconds * 10) / 10;
}

/** `[a-z0-9_-]+` from a service name, unique among the scenario's ids. */
export function uniqueId(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "service";
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}
