import { describe, expect, it } from "vitest";
import type { TraceSample } from "../../src/sim/trace/sample";
import {
  EPOCH_UNIX_NANOS,
  type ExportTraceServiceRequest,
  type OtlpSpan,
  toOtlp,
  unixNanos,
} from "../../src/trace-export/otlp";
import { balancer, constant, exp, openClient, scenario, server } from "../sim/scenarios";
import { tracedRun } from "../sim/trace/traced-run";

/**
 * The fields of each message of opentelemetry-proto's trace.proto, common.proto and
 * resource.proto (v1), as OTLP/JSON names them: lowerCamelCase. A key outside these is one a
 * receiver would silently drop.
 */
const FIELDS = {
  request: ["resourceSpans"],
  resourceSpans: ["resource", "scopeSpans", "schemaUrl"],
  resource: ["attributes", "droppedAttributesCount", "entityRefs"],
  scopeSpans: ["scope", "spans", "schemaUrl"],
  scope: ["name", "version", "attributes", "droppedAttributesCount"],
  span: [
    "traceId",
    "spanId",
    "traceState",
    "parentSpanId",
    "flags",
    "name",
    "kind",
    "startTimeUnixNano",
    "endTimeUnixNano",
    "attributes",
    "droppedAttributesCount",
    "events",
    "droppedEventsCount",
    "links",
    "droppedLinksCount",
    "status",
  ],
  event: ["timeUnixNano", "name", "attributes", "droppedAttributesCount"],
  status: ["message", "code"],
  keyValue: ["key", "value"],
  anyValue: [
    "stringValue",
    "boolValue",
    "intValue",
    "doubleValue",
    "arrayValue",
    "kvlistValue",
    "bytesValue",
  ],
};

/** Where `value` has a key outside `allowed`, as "path.key". */
function strayKeys(value: object, allowed: string[], path: string): string[] {
  return Object.keys(value)
    .filter((k) => !allowed.includes(k))
    .map((k) => `${path}.${k}`);
}

/** What is wrong with attributes: stray keys, not exactly one value, an int not in a string. */
function attributeProblems(attributes: { key: string; value: object }[], path: string): string[] {
  return attributes.flatMap((kv) => {
    const at = `${path}[${kv.key}]`;
    const v = kv.value as { intValue?: unknown; doubleValue?: unknown };
    return [
      ...strayKeys(kv, FIELDS.keyValue, at),
      ...strayKeys(kv.value, FIELDS.anyValue, at),
      ...(Object.keys(v).length === 1 ? [] : [`${at}: not one value`]),
      ...("intValue" in v && !/^-?\d+$/.test(String(v.intValue)) ? [`${at}: intValue`] : []),
      ...("doubleValue" in v && !Number.isFinite(v.doubleValue) ? [`${at}: doubleValue`] : []),
    ];
  });
}

/** Every departure of a span from OTLP/JSON's rules, as readable lines. */
function spanProblems(span: OtlpSpan): string[] {
  const at = span.spanId;
  const problems = [
    ...strayKeys(span, FIELDS.span, at),
    ...strayKeys(span.status, FIELDS.status, `${at}.status`),
    ...attributeProblems(span.attributes, `${at}.attributes`),
  ];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${at}: ${what}`);
  };
  check(/^[0-9a-f]{32}$/.test(span.traceId) && !/^0+$/.test(span.traceId), "traceId");
  check(/^[0-9a-f]{16}$/.test(span.spanId) && !/^0+$/.test(span.spanId), "spanId");
  check(/^([0-9a-f]{16})?$/.test(span.parentSpanId), "parentSpanId");
  check([2, 3, 4, 5].includes(span.kind), "kind");
  check([0, 2].includes(span.status.code), "status.code");
  check(/^\d{19}$/.test(span.startTimeUnixNano), "startTimeUnixNano");
  const start = BigInt(span.startTimeUnixNano);
  check(start >= EPOCH_UNIX_NANOS, "start before the epoch");
  check(BigInt(span.endTimeUnixNano) >= start, "ends before it starts");
  for (const e of span.events) {
    problems.push(...strayKeys(e, FIELDS.event, `${at}.events`));
    problems.push(...attributeProblems(e.attributes, `${at}.events`));
    check(BigInt(e.timeUnixNano) >= start, `event ${e.name} before the span`);
  }
  return problems;
}

function allSpans(doc: ExportTraceServiceRequest): OtlpSpan[] {
  return doc.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
}

const serviceOf = (doc: ExportTraceServiceRequest, span: OtlpSpan) =>
  doc.resourceSpans.find((r) => r.scopeSpans[0].spans.includes(span))!.resource.attributes[0].value
    .stringValue;

const tiers = scenario({
  seed: "42",
  duration: 20,
  network: constant(0.001),
  components: [
    openClient("users", "lb", 60, {
      timeout: 0.3,
      retry: { max: 1, backoff: 0.01, multiplier: 2, jitter: true },
    }),
    balancer("lb", ["app"], "round-robin"),
    server("app", exp(0.02), { replicas: 2, queue: 2, calls: [{ target: "db", mode: "sync" }] }),
    server("db", exp(0.012), { workers: 1 }),
  ],
});

function exportOf(sample: TraceSample): ExportTraceServiceRequest {
  // Through text, as a receiver reads it.
  return JSON.parse(JSON.stringify(toOtlp(sample, { version: "1.2.3" })));
}

describe("OTLP/JSON export", () => {
  const { sample } = tracedRun(tiers, { rate: 1, max: 300 });
  const doc = exportOf(sample);
  const spans = allSpans(doc);

  it("is an ExportTraceServiceRequest with only OTLP's field names, one resource per service", () => {
    expect(strayKeys(doc, FIELDS.request, "")).toEqual([]);
    const services = doc.resourceSpans.map((r) => r.resource.attributes[0]);
    expect(services.map((a) => a.key)).toEqual(Array(4).fill("service.name"));
    expect(services.map((a) => a.value.stringValue)).toEqual(["users", "lb", "app", "db"]);
    for (const r of doc.resourceSpans) {
      expect(strayKeys(r, FIELDS.resourceSpans, "resourceSpans")).toEqual([]);
      expect(strayKeys(r.resource, FIELDS.resource, "resource")).toEqual([]);
      expect(attributeProblems(r.resource.attributes, "resource")).toEqual([]);
      for (const s of r.scopeSpans) {
        expect(strayKeys(s, FIELDS.scopeSpans, "scopeSpans")).toEqual([]);
        expect(strayKeys(s.scope, FIELDS.scope, "scope")).toEqual([]);
        expect(s.scope).toEqual({ name: "archsim", version: "1.2.3" });
      }
    }
  });

  it("writes ids as hex, enums as integers and times as decimal unix nanoseconds", () => {
    expect(spans.length).toBeGreaterThan(900);
    expect(spans.flatMap(spanProblems)).toEqual([]);
    // The check itself tells protobuf's default JSON (base64 ids, enum names) from OTLP's.
    const protobufStyle = {
      ...spans[0],
      traceId: "cM0VaGIL1X2+Lb7J8CZoXA==",
      kind: "SPAN_KIND_CLIENT",
    };
    expect(spanProblems(protobufStyle as unknown as OtlpSpan)).toHaveLength(2);
  });

  it("links every span to a parent of the same trace, one root per trace, no id twice", () => {
    const ids = new Set(spans.map((s) => `${s.traceId}/${s.spanId}`));
    expect(ids.size).toBe(spans.length);
    const roots = spans.filter((s) => s.parentSpanId === "");
    expect(new Set(roots.map((s) => s.traceId)).size).toBe(roots.length);
    expect(roots.every((s) => s.kind === 3 && serviceOf(doc, s) === "users")).toBe(true);
    for (const s of spans) {
      if (s.parentSpanId !== "") expect(ids.has(`${s.traceId}/${s.parentSpanId}`)).toBe(true);
    }
  });

  it("marks failures as errors with the cause, and gives each hop its queue wait and service", () => {
    const failed = spans.filter((s) => s.status.code === 2);
    expect(failed.length).toBeGreaterThan(0);
    for (const s of failed)
      expect(s.status.message).toMatch(/^(rejected|timeout|unavailable|error)/);
    const messages = new Set(failed.map((s) => s.status.message));
    expect(messages).toContain("rejected");
    expect([...messages].some((m) => m?.startsWith("rejected: from app"))).toBe(true);
    const app = spans.filter((s) => serviceOf(doc, s) === "app" && s.status.code === 0);
    for (const s of app) {
      const keys = s.attributes.map((a) => a.key);
      expect(keys).toEqual(
        expect.arrayContaining(["archsim.queue_wait_s", "archsim.service_s", "archsim.replica"]),
      );
      expect(s.events.map((e) => e.name)).toContain("service.start");
    }
    const retried = spans.filter((s) =>
      s.attributes.some((a) => a.key === "archsim.retries" && a.value.intValue === "1"),
    );
    expect(retried.length).toBeGreaterThan(0);
    expect(retried[0].events.map((e) => e.name)).toContain("retry");
  });

  it("leaves out requests still in flight when the sample was taken", () => {
    const inFlight = sample.requests.filter((r) => r.hops[0].returned < 0).length;
    const roots = spans.filter((s) => s.parentSpanId === "").length;
    expect(roots).toBe(sample.requests.length - inFlight);
  });

  it("writes the same bytes for the same seed, other ids for another", () => {
    const again = JSON.stringify(
      toOtlp(tracedRun(tiers, { rate: 1, max: 300 }).sample, { version: "1.2.3" }),
    );
    expect(again).toBe(JSON.stringify(doc));
    const other = exportOf(tracedRun({ ...tiers, seed: "43" }, { rate: 1, max: 300 }).sample);
    expect(allSpans(other)[0].traceId).not.toBe(spans[0].traceId);
  });

  it("counts time from 2026-01-01T00:00:00Z in whole nanoseconds", () => {
    expect(unixNanos(0)).toBe("1767225600000000000");
    expect(unixNanos(1.5)).toBe("1767225601500000000");
    expect(new Date(Number(EPOCH_UNIX_NANOS / 1_000_000n)).toISOString()).toBe(
      "2026-01-01T00:00:00.000Z",
    );
  });
});
