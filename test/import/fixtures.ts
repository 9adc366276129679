/** Traces written as OTLP/JSON and Jaeger JSON by hand, for the importer's tests. */
let next = 0;
export const spanId = () => (++next).toString(16).padStart(16, "0");
export const traceId = () => (++next).toString(16).padStart(32, "0");

const BASE = 1_700_000_000n * 1_000_000_000n;
export const nanos = (seconds: number) => String(BASE + BigInt(Math.round(seconds * 1e9)));

export interface HandSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  kind: number;
  start: number;
  end: number;
  error?: boolean;
  attributes?: Record<string, string>;
}

/** One ExportTraceServiceRequest holding the spans, grouped by service as an SDK does. */
export function otlpRequest(spans: HandSpan[]): string {
  const services = [...new Set(spans.map((s) => s.service))];
  return JSON.stringify({
    resourceSpans: services.map((service) => ({
      resource: { attributes: [{ key: "service.name", value: { stringValue: service } }] },
      scopeSpans: [
        {
          scope: { name: "test" },
          spans: spans
            .filter((s) => s.service === service)
            .map((s) => ({
              traceId: s.traceId,
              spanId: s.spanId,
              parentSpanId: s.parentSpanId ?? "",
              name: `${s.service} op`,
              kind: s.kind,
              startTimeUnixNano: nanos(s.start),
              endTimeUnixNano: nanos(s.end),
              attributes: Object.entries(s.attributes ?? {}).map(([key, v]) => ({
                key,
                value: { stringValue: v },
              })),
              status: s.error ? { code: 2 } : {},
            })),
        },
      ],
    })),
  });
}

export const SERVER = 2;
export const CLIENT = 3;
export const PRODUCER = 4;
export const CONSUMER = 5;
