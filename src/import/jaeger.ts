/**
 * Jaeger's JSON (the query API's and the UI's "Download JSON"): `{"data":[trace...]}`, a bare
 * list of traces, or one trace; each trace is `{"traceID","spans":[...],"processes":{...}}` with
 * times in microseconds, the service on the span's process and the kind and error as tags.
 */
import { id, isObject, type Json, join, list } from "./fields";
import { type Problems, shown } from "./problems";
import type { Clock, Span, SpanKind } from "./span";
import { httpStatus, peerField, spanIds } from "./span-fields";

const KINDS: Record<string, SpanKind> = {
  server: "server",
  client: "client",
  producer: "producer",
  consumer: "consumer",
  internal: "internal",
};

export function isJaeger(doc: unknown): boolean {
  if (Array.isArray(doc)) return doc.length > 0 && isObject(doc[0]) && Array.isArray(doc[0].spans);
  return (
    isObject(doc) && (Array.isArray(doc.data) || (Array.isArray(doc.spans) && "traceID" in doc))
  );
}

export function readJaeger(
  doc: unknown,
  line: number,
  clock: Clock,
  problems: Problems,
  emit: (span: Span) => void,
): void {
  const traces = Array.isArray(doc)
    ? doc
    : isObject(doc) && Array.isArray(doc.data)
      ? doc.data
      : [doc];
  const prefix = Array.isArray(doc) ? "" : isObject(doc) && Array.isArray(doc.data) ? "data" : "";
  traces.forEach((trace, t) => {
    const tPath =
      prefix === "" && traces.length === 1 && !Array.isArray(doc) ? "" : join(prefix, t);
    if (!isObject(trace)) return;
    const processes = isObject(trace.processes) ? trace.processes : {};
    list(trace, "spans", tPath, line, problems).forEach((raw, i) => {
      const span = readSpan(raw, join(join(tPath, "spans"), i), line, processes, clock, problems);
      if (span !== undefined) emit(span);
    });
  });
}

function readSpan(
  item: unknown,
  path: string,
  line: number,
  processes: Json,
  clock: Clock,
  problems: Problems,
): Span | undefined {
  const ids = spanIds(item, path, line, ["traceID", "spanID"], problems);
  if (ids === undefined) return undefined;
  const { span: raw, traceId, spanId } = ids;
  const startUs = raw.startTime;
  const durationUs = raw.duration;
  if (typeof startUs !== "number" || !Number.isFinite(startUs) || startUs < 0) {
    problems.add({ line, path: join(path, "startTime"), code: "badTime", detail: shown(startUs) });
    return undefined;
  }
  if (typeof durationUs !== "number" || !Number.isFinite(durationUs) || durationUs < 0) {
    problems.add({
      line,
      path: join(path, "duration"),
      code: "badTime",
      detail: shown(durationUs),
    });
    return undefined;
  }
  const tags = new Map<string, unknown>();
  for (const tag of Array.isArray(raw.tags) ? raw.tags : []) {
    if (isObject(tag) && typeof tag.key === "string") tags.set(tag.key, tag.value);
  }
  const process = typeof raw.processID === "string" ? processes[raw.processID] : undefined;
  const service =
    isObject(process) && typeof process.serviceName === "string"
      ? process.serviceName
      : "unknown_service";
  const references = Array.isArray(raw.references) ? raw.references.filter(isObject) : [];
  const parent =
    references.find((r) => r.refType === "CHILD_OF") ??
    references.find((r) => r.refType === "FOLLOWS_FROM");
  const start = clock.fromMicros(startUs);
  const kind = KINDS[String(tags.get("span.kind"))] ?? "internal";
  return {
    traceId,
    spanId,
    parentId: parent === undefined ? undefined : id(parent.spanID),
    followsFrom: parent?.refType === "FOLLOWS_FROM",
    service,
    kind,
    start,
    end: start + durationUs * 1e-6,
    error:
      tags.get("error") === true ||
      tags.get("error") === "true" ||
      tags.get("otel.status_code") === "ERROR" ||
      (kind === "server" && httpStatus(tags) >= 500),
    ...peerField(kind, tags, raw.operationName),
  };
}
