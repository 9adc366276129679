import { describe, expect, it } from "vitest";
import { finishImport } from "../../src/import/import-traces";
import { TraceReader } from "../../src/import/reader";

/** Jaeger's "Download JSON": one pretty-printed document, microseconds, services on processes. */
function jaegerExport(): string {
  const data = Array.from({ length: 50 }, (_, i) => {
    const start = 1_700_000_000_000_000 + i * 100_000;
    const t = `t${i}`;
    return {
      traceID: t,
      processes: {
        p1: { serviceName: "gateway" },
        p2: { serviceName: "orders" },
        p3: { serviceName: "audit" },
      },
      spans: [
        {
          traceID: t,
          spanID: `${t}a`,
          operationName: "GET /orders",
          references: [],
          startTime: start,
          duration: 30_000,
          processID: "p1",
          tags: [{ key: "span.kind", type: "string", value: "server" }],
        },
        {
          traceID: t,
          spanID: `${t}b`,
          operationName: "list",
          references: [{ refType: "CHILD_OF", traceID: t, spanID: `${t}a` }],
          startTime: start + 5_000,
          duration: 20_000,
          processID: "p2",
          tags: [
            { key: "span.kind", type: "string", value: "server" },
            ...(i % 5 === 0 ? [{ key: "error", type: "bool", value: true }] : []),
          ],
        },
        {
          traceID: t,
          spanID: `${t}c`,
          operationName: "record",
          references: [{ refType: "FOLLOWS_FROM", traceID: t, spanID: `${t}b` }],
          startTime: start + 26_000,
          duration: 4_000,
          processID: "p3",
          tags: [],
        },
      ],
    };
  });
  return JSON.stringify({ data }, null, 2);
}

describe("importing Jaeger's JSON export", () => {
  const reader = new TraceReader();
  reader.push(jaegerExport());
  reader.end();
  const result = finishImport(reader, "jaeger");
  const byId = Object.fromEntries(
    ((result.scenario?.components ?? []) as Record<string, unknown>[]).map((c) => [c.id, c]),
  );

  it("reads the services from the processes and the calls from the references", () => {
    expect(result.formats).toEqual(["jaeger"]);
    expect(byId.clients).toMatchObject({ target: "gateway", workload: { rate: 10 } });
    expect(byId.gateway.calls).toEqual([{ target: "orders", mode: "sync" }]);
  });

  it("takes FOLLOWS_FROM as a call not waited for", () => {
    expect(byId.orders.calls).toEqual([{ target: "audit", mode: "async" }]);
  });

  it("reads the times in microseconds and the error tag", () => {
    expect(byId.gateway.service).toEqual({ dist: "const", value: 0.01 });
    expect(result.scenario?.faults).toEqual([
      { at: 0, duration: 4.9, target: "orders", kind: "errors", rate: 0.2 },
    ]);
  });
});
