import { describe, expect, it } from "vitest";
import { finishImport, type Imported } from "../../src/import/import-traces";
import { reportText } from "../../src/import/messages";
import { TraceReader } from "../../src/import/reader";
import { parseScenario } from "../../src/scenario/parse";
import {
  CLIENT,
  CONSUMER,
  type HandSpan,
  otlpRequest,
  PRODUCER,
  SERVER,
  spanId,
  traceId,
} from "./fixtures";

/**
 * One request: frontend (10 ms of its own) calls backend through a client span; backend (20 ms)
 * calls an untraced postgres three times in parallel and publishes to a worker it does not wait for.
 */
function request(at: number, failed: boolean): HandSpan[] {
  const t = traceId();
  const fe = spanId();
  const cl = spanId();
  const be = spanId();
  const pub = spanId();
  const spans: HandSpan[] = [
    { service: "frontend", traceId: t, spanId: fe, kind: SERVER, start: at, end: at + 0.045 },
    {
      service: "frontend",
      traceId: t,
      spanId: cl,
      parentSpanId: fe,
      kind: CLIENT,
      start: at + 0.01,
      end: at + 0.045,
    },
    {
      service: "backend",
      traceId: t,
      spanId: be,
      parentSpanId: cl,
      kind: SERVER,
      start: at + 0.011,
      end: at + 0.044,
      error: failed,
    },
    {
      service: "backend",
      traceId: t,
      spanId: pub,
      parentSpanId: be,
      kind: PRODUCER,
      start: at + 0.031,
      end: at + 0.032,
    },
    {
      service: "worker",
      traceId: t,
      spanId: spanId(),
      parentSpanId: pub,
      kind: CONSUMER,
      start: at + 0.05,
      end: at + 0.08,
    },
  ];
  for (let i = 0; i < 3; i++) {
    spans.push({
      service: "backend",
      traceId: t,
      spanId: spanId(),
      parentSpanId: be,
      kind: CLIENT,
      start: at + 0.021,
      end: at + 0.031,
      attributes: { "db.system": "postgresql" },
    });
  }
  return spans;
}

function importText(text: string, pieces = 1): Imported {
  const reader = new TraceReader();
  const size = Math.ceil(text.length / pieces);
  for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
  reader.end();
  return finishImport(reader, "test");
}

const lines = Array.from({ length: 200 }, (_, i) => otlpRequest(request(i * 0.1, i % 10 === 0)));
const imported = importText(lines.join("\n"));
const components = (imported.scenario?.components ?? []) as Record<string, unknown>[];
const byId = Object.fromEntries(components.map((c) => [c.id, c]));

describe("importing OTLP/JSON traces", () => {
  it("builds a scenario the validator accepts", () => {
    expect(imported.invalid).toEqual([]);
    expect(parseScenario(imported.scenario).ok).toBe(true);
  });

  it("makes a server of each service, an untraced callee included, and a client of the roots", () => {
    expect(Object.keys(byId).sort()).toEqual([
      "backend",
      "clients",
      "frontend",
      "postgresql",
      "worker",
    ]);
    expect(byId.clients).toMatchObject({ type: "client", target: "frontend" });
  });

  it("turns calls into sync calls, fan-out into calls per request, a producer into an async call", () => {
    expect(byId.frontend.calls).toEqual([{ target: "backend", mode: "sync" }]);
    expect(byId.backend.calls).toEqual([
      { target: "postgresql", mode: "sync" },
      { target: "postgresql", mode: "sync" },
      { target: "postgresql", mode: "sync" },
      { target: "worker", mode: "async" },
    ]);
  });

  it("fits self time: the span less its synchronous calls, parallel ones counted once", () => {
    expect(byId.frontend.service).toEqual({ dist: "const", value: 0.01 });
    // 33 ms of backend span less one 10 ms window of three parallel queries.
    expect(byId.backend.service).toEqual({ dist: "const", value: 0.023 });
    expect(byId.worker.service).toEqual({ dist: "const", value: 0.03 });
  });

  it("gives a service with no time of its own a constant zero, and reports it so", () => {
    const forwarding = Array.from({ length: 20 }, (_, i) => {
      const t = traceId();
      const gw = spanId();
      const call = spanId();
      const at = i * 0.1;
      return otlpRequest([
        { service: "gateway", traceId: t, spanId: gw, kind: SERVER, start: at, end: at + 0.02 },
        {
          service: "gateway",
          traceId: t,
          spanId: call,
          parentSpanId: gw,
          kind: CLIENT,
          start: at,
          end: at + 0.02,
        },
        {
          service: "api",
          traceId: t,
          spanId: spanId(),
          parentSpanId: call,
          kind: SERVER,
          start: at,
          end: at + 0.02,
        },
      ]);
    });
    const result = importText(forwarding.join("\n"));
    const all = (result.scenario?.components ?? []) as Record<string, unknown>[];
    const gateway = all.find((c) => c.id === "gateway");
    expect(gateway).toMatchObject({ service: { dist: "const", value: 0 } });
    const said = result.report.find((r) => r.code === "service" && r.params?.service === "gateway");
    expect(said?.params).toMatchObject({ dist: '{"dist":"const","value":0}', mean: 0, ks: 0 });
  });

  it("reads the arrival rate from the root spans", () => {
    const workload = byId.clients.workload as { rate: number; schedule?: unknown };
    expect(workload.rate).toBeCloseTo(10, 6);
    expect(workload.schedule).toBeUndefined();
  });

  it("turns a service's own failures into an errors fault at their rate", () => {
    expect(imported.scenario?.faults).toEqual([
      { at: 0, duration: 20, target: "backend", kind: "errors", rate: 0.1 },
    ]);
  });

  it("says that worker counts are assumed, for every server", () => {
    const assumed = imported.report.filter((r) => r.code === "workers");
    expect(assumed).toHaveLength(4);
    expect(reportText(assumed[0])).toContain("worker counts are not in traces");
    expect(reportText(assumed[0], "zh-CN")).toContain("工作线程数");
  });

  it("reads the same however the file arrives in pieces", () => {
    expect(importText(lines.join("\n"), 977).scenario).toEqual(imported.scenario);
  });
});

describe("what the importer cannot read", () => {
  it("names the line and field of each malformed part, and reads the rest", () => {
    const broken = [
      lines[0],
      "{not json",
      lines[1].replace(/"startTimeUnixNano":"\d+"/, '"startTimeUnixNano":"soon"'),
      JSON.stringify({ hello: 1 }),
    ].join("\n");
    const result = importText(broken);
    expect(result.problems.map((p) => [p.line, p.code, p.path])).toEqual([
      [2, "notJson", ""],
      [3, "badTime", "resourceSpans[0].scopeSpans[0].spans[0].startTimeUnixNano"],
      [4, "unknownFormat", ""],
    ]);
    expect(result.scenario).toBeDefined();
  });

  it("builds nothing from a file without spans, and says why", () => {
    const result = importText("");
    expect(result.scenario).toBeUndefined();
    expect(result.report.map((r) => r.code)).toContain("noSpans");
  });

  it("locates a syntax error in a single pretty-printed document by line and column", () => {
    const result = importText('{\n  "resourceSpans": [\n    oops\n  ]\n}\n');
    expect(result.problems[0]).toMatchObject({ line: 3, code: "notJson" });
    expect(result.problems[0].detail).toMatch(/^at column 5: /);
  });
});

describe("arrivals that change over time", () => {
  it("get a schedule only when the counts vary beyond chance", () => {
    const roots: HandSpan[] = [];
    // 10/s for 30 s, then 40/s for 30 s, evenly spaced.
    for (let i = 0; i < 300; i++) roots.push(root(i / 10));
    for (let i = 0; i < 1200; i++) roots.push(root(30 + i / 40));
    const result = importText(otlpRequest(roots));
    const client =
      (result.scenario?.components as Record<string, unknown>[] | undefined)?.[0] ?? {};
    const workload = client.workload as { rate: number; schedule: { at: number; rate: number }[] };
    expect(workload.rate).toBeCloseTo(10, 0);
    expect(workload.schedule).toHaveLength(1);
    expect(workload.schedule[0].at).toBeCloseTo(30, 0);
    expect(workload.schedule[0].rate).toBeCloseTo(40, 0);
  });
});

function root(at: number): HandSpan {
  return {
    service: "api",
    traceId: traceId(),
    spanId: spanId(),
    kind: SERVER,
    start: at,
    end: at + 0.01,
  };
}
