/**
 * Walks the spans into visits: one visit is a request's stay in one service, from its entry span
 * (no parent, or a parent in another service) through the service's own child spans. Each visit
 * yields its self time (the entry span's duration less the time covered by the synchronous
 * calls it made, their intervals merged so that parallel calls count once), the calls it made by
 * callee, and whether it failed on its own.
 */
import type { Span } from "./span";

export interface VisitCall {
  target: string;
  /** The caller did not wait: a producer, a FOLLOWS_FROM or link, or a callee outliving the visit. */
  async: boolean;
  /** Seconds from the visit's start to the call's. */
  offset: number;
  /** A callee the traces have no spans of: its client span's duration, its only trace. */
  untracedDuration?: number;
  /** A traced client → server pair: (client span − server span) / 2, a one-way network time. */
  networkGap?: number;
}

export interface Visit {
  service: string;
  entry: Span;
  selfTime: number;
  calls: VisitCall[];
  ownError: boolean;
  /** No parent at all (nor a link to one): a request from outside, an arrival. */
  root: boolean;
  /** Had a parent id that no span in the file has. */
  orphan: boolean;
}

/** Seconds a callee must outlive its caller's visit, at least, to count as not waited for. */
const OUTLIVES = 0.001;

export class SpanIndex {
  private readonly byId = new Map<string, Span>();
  private readonly children = new Map<string, Span[]>();

  constructor(spans: readonly Span[]) {
    for (const s of spans) this.byId.set(s.spanId, s);
    for (const s of spans) {
      const parent = this.parentOf(s);
      if (parent === undefined) continue;
      const list = this.children.get(parent.spanId);
      if (list === undefined) this.children.set(parent.spanId, [s]);
      else list.push(s);
    }
  }

  /** The parent, or for a span with none the span it links to (a consumer's producer). */
  parentOf(s: Span): Span | undefined {
    if (s.parentId !== undefined) return this.byId.get(s.parentId);
    for (const l of s.links ?? []) {
      const linked = this.byId.get(l);
      if (linked !== undefined) return linked;
    }
    return undefined;
  }

  childrenOf(s: Span): readonly Span[] {
    return this.children.get(s.spanId) ?? [];
  }
}

export function* visits(spans: readonly Span[], index: SpanIndex): Generator<Visit> {
  for (const entry of spans) {
    const parent = index.parentOf(entry);
    if (parent !== undefined && parent.service === entry.service) continue;
    yield visitOf(entry, parent, index);
  }
}

function visitOf(entry: Span, parent: Span | undefined, index: SpanIndex): Visit {
  const calls: VisitCall[] = [];
  const busy: [number, number][] = [];
  let calleeFailed = false;
  const stack = [entry];
  while (stack.length > 0) {
    const x = stack.pop() as Span;
    let tracedCallee = false;
    for (const c of index.childrenOf(x)) {
      if (c.service === entry.service) {
        stack.push(c);
        continue;
      }
      tracedCallee = true;
      const viaClient = x !== entry && (x.kind === "client" || x.kind === "producer");
      const from = viaClient ? x : c;
      // A client span lasts until its answer: through one the caller waited. Without one, a
      // callee still running well after the visit ended was not waited for; "well" because
      // start times may be whole milliseconds (the Node SDK's) and hosts' clocks differ.
      const async =
        c.followsFrom ||
        c.parentId === undefined ||
        x.kind === "producer" ||
        c.kind === "consumer" ||
        (!viaClient && c.end - entry.end > Math.max(OUTLIVES, (c.end - c.start) / 2));
      calls.push({
        target: c.service,
        async,
        offset: from.start - entry.start,
        ...(viaClient && x.kind === "client" && c.kind === "server"
          ? { networkGap: Math.max(0, (x.end - x.start - (c.end - c.start)) / 2) }
          : {}),
      });
      if (!async) {
        busy.push([from.start, from.end]);
        if (c.error) calleeFailed = true;
      }
    }
    if (!tracedCallee && x !== entry && (x.kind === "client" || x.kind === "producer")) {
      const async = x.kind === "producer";
      calls.push({
        target: x.peer ?? x.kind,
        async,
        offset: x.start - entry.start,
        untracedDuration: x.end - x.start,
      });
      if (!async) {
        busy.push([x.start, x.end]);
        if (x.error) calleeFailed = true;
      }
    }
  }
  calls.sort((a, b) => a.offset - b.offset);
  const orphan =
    parent === undefined && (entry.parentId !== undefined || entry.links !== undefined);
  return {
    service: entry.service,
    entry,
    selfTime: Math.max(0, entry.end - entry.start - covered(busy, entry.start, entry.end)),
    calls,
    ownError: entry.error && !calleeFailed,
    root: parent === undefined,
    orphan,
  };
}

/** The length of the union of the intervals, each clipped to [from, to]. */
export function covered(intervals: [number, number][], from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let total = 0;
  let runStart = Number.NaN;
  let runEnd = Number.NEGATIVE_INFINITY;
  for (const [a, b] of clipped) {
    if (a > runEnd) {
      if (runEnd > runStart) total += runEnd - runStart;
      runStart = a;
      runEnd = b;
    } else runEnd = Math.max(runEnd, b);
  }
  if (runEnd > runStart) total += runEnd - runStart;
  return total;
}
