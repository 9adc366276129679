/**
 * A trace sample as OTLP/JSON: one ExportTraceServiceRequest (opentelemetry-proto,
 * opentelemetry/proto/collector/trace/v1/trace_service.proto), written as OTLP's JSON encoding
 * asks (docs/specification.md, "JSON Protobuf Encoding"): lowerCamelCase keys, trace and span
 * ids as hex strings, enums as integers, 64-bit integers (times in unix nanoseconds, intValue)
 * as decimal strings. Jaeger, Grafana Tempo and the Collector's file receiver read it.
 *
 * One resourceSpans per component (its id is `service.name`), one span per hop: the client's
 * request is the root (CLIENT), a call is a SERVER span of the component that took it, a
 * publish to a queue is a PRODUCER span and the message's processing a CONSUMER span under it,
 * as is an async call that no one waits for. A span runs from the hop's arrival to its answer,
 * so the gaps between a parent and its children are the network; queue wait and service are
 * attributes and events. Only requests that have their final answer are exported.
 */
import { failureKind } from "../sim/outcome";
import type { Hop, SampledRequest, TraceSample } from "../sim/trace/sample";
import { hashText, spanId, traceId } from "./ids";

/** 2026-01-01T00:00:00Z in unix nanoseconds: simulated time 0, the same for every export. */
export const EPOCH_UNIX_NANOS = 1_767_225_600_000_000_000n;

export const SPAN_KIND = { server: 2, client: 3, producer: 4, consumer: 5 } as const;
export const STATUS_CODE = { unset: 0, error: 2 } as const;

export interface AnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string;
  doubleValue?: number;
}
export interface KeyValue {
  key: string;
  value: AnyValue;
}
export interface OtlpEvent {
  timeUnixNano: string;
  name: string;
  attributes: KeyValue[];
}
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: KeyValue[];
  events: OtlpEvent[];
  status: { code: number; message?: string };
}
export interface ExportTraceServiceRequest {
  resourceSpans: {
    resource: { attributes: KeyValue[] };
    scopeSpans: { scope: { name: string; version: string }; spans: OtlpSpan[] }[];
  }[];
}

/** Simulated seconds as unix nanoseconds from EPOCH_UNIX_NANOS, a decimal string. */
export function unixNanos(t: number): string {
  return (EPOCH_UNIX_NANOS + BigInt(Math.round(t * 1e9))).toString();
}

const str = (key: string, v: string): KeyValue => ({ key, value: { stringValue: v } });
const int = (key: string, v: number): KeyValue => ({ key, value: { intValue: String(v) } });
const dbl = (key: string, v: number): KeyValue => ({ key, value: { doubleValue: v } });
const bool = (key: string, v: boolean): KeyValue => ({ key, value: { boolValue: v } });

/** What a component does with a hop, as the span's name (Jaeger's "operation"). */
const OPERATION: Record<string, string> = {
  loadbalancer: "forward",
  server: "handle",
  database: "query",
  cache: "get",
  cdn: "get",
  queue: "publish",
};

export interface OtlpOptions {
  /** The instrumentation scope's version: archsim's. */
  version: string;
}

export function toOtlp(sample: TraceSample, options: OtlpOptions): ExportTraceServiceRequest {
  const seedHash = hashText(sample.seed);
  const byComponent: OtlpSpan[][] = sample.components.map(() => []);
  for (const request of sample.requests) {
    if (request.hops[0].returned < 0) continue;
    request.hops.forEach((hop, i) => {
      byComponent[hop.component].push(span(sample, request, hop, i, seedHash));
    });
  }
  const resourceSpans: ExportTraceServiceRequest["resourceSpans"] = [];
  byComponent.forEach((spans, c) => {
    if (spans.length === 0) return;
    resourceSpans.push({
      resource: {
        attributes: [
          str("service.name", sample.components[c]),
          str("archsim.component.type", sample.types[c]),
        ],
      },
      scopeSpans: [{ scope: { name: "archsim", version: options.version }, spans }],
    });
  });
  return { resourceSpans };
}

/** Exported spans (hops of requests that have their final answer) in a sample. */
export function exportedSpanCount(sample: TraceSample): number {
  let n = 0;
  for (const r of sample.requests) if (r.hops[0].returned >= 0) n += r.hops.length;
  return n;
}

function span(
  sample: TraceSample,
  request: SampledRequest,
  hop: Hop,
  index: number,
  seedHash: number,
): OtlpSpan {
  const type = sample.types[hop.component];
  const start = hop.arrived >= 0 ? hop.arrived : hop.sent;
  const unfinished = hop.replied < 0 && hop.cause === "";
  const end = hop.replied >= 0 ? hop.replied : unfinished ? sample.now : start;
  const attributes: KeyValue[] = [str("archsim.component.type", type)];
  const events: OtlpEvent[] = [];
  if (hop.instance >= 0) attributes.push(int("archsim.replica", hop.instance));
  if (hop.attempt > 0) attributes.push(int("archsim.attempt", hop.attempt));
  if (hop.kind === "hedge") attributes.push(bool("archsim.hedge", true));
  if (hop.kind !== "request" && hop.arrived >= 0)
    attributes.push(dbl("archsim.network.request_s", hop.arrived - hop.sent));
  if (hop.kind !== "request" && hop.returned >= 0 && hop.replied >= 0)
    attributes.push(dbl("archsim.network.response_s", hop.returned - hop.replied));
  if (hop.started >= 0) {
    attributes.push(dbl("archsim.queue_wait_s", hop.started - hop.arrived));
    if (hop.started > hop.arrived) events.push(event(hop.arrived, "queued"));
    events.push(event(hop.started, "service.start"));
  }
  if (hop.processed >= 0) {
    attributes.push(dbl("archsim.service_s", hop.processed - hop.started));
    events.push(event(hop.processed, "service.end"));
  }
  if (hop.kind === "request") rootDetails(request, attributes, events);
  if (hop.abandoned >= 0) events.push(event(hop.abandoned, "abandoned by caller"));
  if (unfinished) attributes.push(bool("archsim.unfinished", true));
  const failed = hop.outcome > 0;
  if (failed) attributes.push(str("archsim.failure", failureKind(hop.outcome)));
  if (hop.cause !== "") attributes.push(str("archsim.cause", hop.cause));
  return {
    traceId: traceId(seedHash, request.seq),
    spanId: spanId(seedHash, request.seq, index),
    parentSpanId: hop.parent < 0 ? "" : spanId(seedHash, request.seq, hop.parent),
    name: hop.kind === "request" ? "request" : operation(hop, type),
    kind: kindOf(hop, type),
    startTimeUnixNano: unixNanos(start),
    endTimeUnixNano: unixNanos(Math.max(start, end)),
    attributes,
    events: events.sort(byTime),
    status: failed
      ? { code: STATUS_CODE.error, message: statusMessage(request, hop, sample) }
      : { code: STATUS_CODE.unset },
  };
}

/** The request's retries and hedges, from its attempts (the root's direct calls). */
function rootDetails(request: SampledRequest, attributes: KeyValue[], events: OtlpEvent[]): void {
  let attempts = 0;
  let hedges = 0;
  for (const h of request.hops) {
    if (h.parent !== 0) continue;
    if (h.kind === "hedge") {
      hedges++;
      events.push(event(h.sent, "hedge", [int("archsim.attempt", h.attempt)]));
    } else if (h.kind === "call") {
      attempts++;
      if (h.attempt > 1) events.push(event(h.sent, "retry", [int("archsim.attempt", h.attempt)]));
    }
  }
  attributes.push(int("archsim.retries", Math.max(0, attempts - 1)));
  if (hedges > 0) attributes.push(int("archsim.hedges", hedges));
  attributes.push(int("archsim.request.seq", request.seq));
  if (request.droppedHops > 0) attributes.push(int("archsim.dropped_hops", request.droppedHops));
}

/** Events in time order (a stable sort keeps same-time ones in the order they were written). */
function byTime(a: OtlpEvent, b: OtlpEvent): number {
  const x = BigInt(a.timeUnixNano);
  const y = BigInt(b.timeUnixNano);
  return x < y ? -1 : x > y ? 1 : 0;
}

function event(t: number, name: string, attributes: KeyValue[] = []): OtlpEvent {
  return { timeUnixNano: unixNanos(t), name, attributes };
}

function operation(hop: Hop, type: string): string {
  if (hop.kind === "message") return "consume";
  return OPERATION[type] ?? "handle";
}

function kindOf(hop: Hop, type: string): number {
  if (hop.kind === "request") return SPAN_KIND.client;
  if (hop.kind === "message" || hop.kind === "async") return SPAN_KIND.consumer;
  return type === "queue" ? SPAN_KIND.producer : SPAN_KIND.server;
}

/** "rejected", "timeout", "unavailable: lost in a crash", "error: from db (rejected)"... */
function statusMessage(request: SampledRequest, hop: Hop, sample: TraceSample): string {
  const kind = failureKind(hop.outcome);
  if (hop.cause === "downstream" && hop.failedCall >= 0) {
    let origin = request.hops[hop.failedCall];
    while (origin.cause === "downstream" && origin.failedCall >= 0)
      origin = request.hops[origin.failedCall];
    return `${kind}: from ${sample.components[origin.component]} (${origin.cause || failureKind(origin.outcome)})`;
  }
  if (hop.cause === "timeout" && hop.failedCall >= 0)
    return `timeout: gave up waiting for ${sample.components[request.hops[hop.failedCall].component]}`;
  if (hop.cause === "lost") return `${kind}: lost in a crash of its replica`;
  if (hop.cause === "partition") return `${kind}: network partition`;
  return kind;
}
