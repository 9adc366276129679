/**
 * OTLP/JSON: one ExportTraceServiceRequest (`{"resourceSpans":[...]}`), as the Collector's file
 * exporter writes one per line. Field names are the protobuf JSON mapping's lowerCamelCase;
 * enums come as numbers or as their names, 64-bit times as decimal strings or numbers.
 */

import { id, isObject, type Json, join, list } from "./fields";
import { type Problems, shown } from "./problems";
import type { Clock, Span, SpanKind } from "./span";
import { httpStatus, peerField, spanIds } from "./span-fields";

const KINDS: Record<string, SpanKind> = {
  "0": "internal",
  "1": "internal",
  "2": "server",
  "3": "client",
  "4": "producer",
  "5": "consumer",
  SPAN_KIND_UNSPECIFIED: "internal",
  SPAN_KIND_INTERNAL: "internal",
  SPAN_KIND_SERVER: "server",
  SPAN_KIND_CLIENT: "client",
  SPAN_KIND_PRODUCER: "producer",
  SPAN_KIND_CONSUMER: "consumer",
};

export function readOtlp(
  doc: Json,
  line: number,
  clock: Clock,
  problems: Problems,
  emit: (span: Span) => void,
): void {
  list(doc, "resourceSpans", "", line, problems).forEach((rs, r) => {
    const rPath = join("resourceSpans", r);
    if (!isObject(rs)) return;
    const resource = isObject(rs.resource) ? attributes(rs.resource.attributes) : new Map();
    const service = String(resource.get("service.name") ?? "unknown_service");
    const scopes = [
      ...list(rs, "scopeSpans", rPath, line, problems),
      ...list(rs, "instrumentationLibrarySpans", rPath, line, problems),
    ];
    scopes.forEach((ss, s) => {
      if (!isObject(ss)) return;
      const sPath = join(join(rPath, "scopeSpans"), s);
      list(ss, "spans", sPath, line, problems).forEach((raw, i) => {
        const span = readSpan(raw, join(join(sPath, "spans"), i), line, service, clock, problems);
        if (span !== undefined) emit(span);
      });
    });
  });
}

function readSpan(
  item: unknown,
  path: string,
  line: number,
  service: string,
  clock: Clock,
  problems: Problems,
): Span | undefined {
  const ids = spanIds(item, path, line, ["traceId", "spanId"], problems);
  if (ids === undefined) return undefined;
  const { span: raw, traceId, spanId } = ids;
  const start = time(raw.startTimeUnixNano, clock);
  const end = time(raw.endTimeUnixNano, clock);
  if (start === undefined || end === undefined) {
    const key = start === undefined ? "startTimeUnixNano" : "endTimeUnixNano";
    problems.add({ line, path: join(path, key), code: "badTime", detail: shown(raw[key]) });
    return undefined;
  }
  if (end < start) {
    problems.add({
      line,
      path: join(path, "endTimeUnixNano"),
      code: "endBeforeStart",
      detail: shown(raw.endTimeUnixNano),
    });
    return undefined;
  }
  const attrs = attributes(raw.attributes);
  const status = isObject(raw.status) ? raw.status.code : undefined;
  const kind = KINDS[String(raw.kind ?? 0)] ?? "internal";
  const links = Array.isArray(raw.links)
    ? raw.links.flatMap((l) =>
        isObject(l) && id(l.spanId) !== undefined ? [String(l.spanId)] : [],
      )
    : [];
  return {
    traceId,
    spanId,
    parentId: id(raw.parentSpanId),
    followsFrom: false,
    service,
    kind,
    start,
    end,
    error:
      status === 2 ||
      status === "STATUS_CODE_ERROR" ||
      (status === undefined && kind === "server" && httpStatus(attrs) >= 500),
    ...peerField(kind, attrs, raw.name),
    ...(links.length > 0 ? { links } : {}),
  };
}

function time(v: unknown, clock: Clock): number | undefined {
  if (typeof v === "string" && /^\d{1,20}$/.test(v)) return clock.fromNanos(v);
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return clock.fromNanos(v);
  return undefined;
}

/** `[{"key":k,"value":{"stringValue":v}}]` as a map of plain values. */
export function attributes(raw: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (!Array.isArray(raw)) return map;
  for (const a of raw) {
    if (!isObject(a) || typeof a.key !== "string" || !isObject(a.value)) continue;
    const v = a.value;
    const value = v.stringValue ?? v.intValue ?? v.doubleValue ?? v.boolValue;
    if (value !== undefined) map.set(a.key, value);
  }
  return map;
}
