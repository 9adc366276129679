/**
 * Against something real: three tiers of Node HTTP handlers on loopback, instrumented with the
 * OpenTelemetry SDK for Node, their service times drawn from known laws by a seeded generator,
 * driven open loop at a known rate. Their spans, written by the SDK's own OTLP/JSON serializer,
 * go through `archsim import otel`, and the scenario it prints, run at the same load, must give
 * the latency the service measured at its edge (the frontend's handler, from arrival to response
 * written, timed by the test rather than the SDK): mean and p90 within 15%, and the same topology.
 * The load generator's own timings (its event loop's lag included) are given beside, in a failure.
 * Service times are tens of milliseconds and the load low, so timer jitter and a busy machine
 * move the figures little.
 */
import { rmSync, writeFileSync } from "node:fs";
import { Agent, createServer, get, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getPriority, setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import {
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from "@opentelemetry/api";
import { JsonTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import seedrandom from "seedrandom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { parseScenario } from "../../src/scenario/parse";
import { runScenario } from "../../src/sim/run";

const RATE = 20;
/** Seconds of event-loop lag (p99) beyond which a drive timed a starved process. */
const STARVED = 0.02;
const SECONDS = 8;

const random = seedrandom("otel-sdk");
const exponential = (mean: number) => -mean * Math.log(1 - random());
/** Service times in ms: frontend Erlang-2 with mean 40, backend exponential 50, db uniform 15..25. */
const WORK: Record<string, () => number> = {
  frontend: () => exponential(20) + exponential(20),
  backend: () => exponential(50),
  db: () => 15 + 10 * random(),
};

const exporter = new InMemorySpanExporter();
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const servers: Server[] = [];
const providers: NodeTracerProvider[] = [];

function tier(name: string, downstream?: { port: () => number; times: number }): Server {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": name }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  providers.push(provider);
  const tracer = provider.getTracer("archsim-otel-test");
  const server = createServer(async (req, res) => {
    const arrived = performance.now();
    const parent = remoteParent(req);
    const span = tracer.startSpan(`GET /${name}`, { kind: SpanKind.SERVER }, parent);
    const inside = trace.setSpan(parent, span);
    await sleep(WORK[name]());
    for (let i = 0; i < (downstream?.times ?? 0); i++) {
      const call = tracer.startSpan("GET", { kind: SpanKind.CLIENT }, inside);
      await request((downstream as { port: () => number }).port(), call);
      call.end();
    }
    span.setStatus({ code: SpanStatusCode.OK });
    span.end();
    res.end("ok", () => {
      if (name === "frontend") edge.push((performance.now() - arrived) / 1000);
    });
  });
  servers.push(server);
  return server;
}

/** W3C traceparent by hand: the API alone, no global propagator or context manager. */
function remoteParent(req: IncomingMessage): Context {
  const header = req.headers.traceparent;
  const m =
    typeof header === "string" ? /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(header) : null;
  if (m === null) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: m[1],
    spanId: m[2],
    traceFlags: 1,
    isRemote: true,
  });
}

function request(port: number, caller?: Span): Promise<void> {
  const headers: Record<string, string> = {};
  if (caller !== undefined) {
    const c = caller.spanContext();
    headers.traceparent = `00-${c.traceId}-${c.spanId}-01`;
  }
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path: "/", agent, headers }, (res) => {
      res.resume();
      res.on("end", resolve);
    }).on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

/** Open loop: Poisson arrivals at RATE fired on schedule, whatever is still in flight. */
async function drive(port: number): Promise<number[]> {
  const latencies: Promise<number>[] = [];
  const started = performance.now();
  let at = 0;
  for (;;) {
    at += exponential(1000 / RATE);
    if (at > SECONDS * 1000) break;
    await sleep(at - (performance.now() - started));
    const sent = performance.now();
    latencies.push(request(port).then(() => (performance.now() - sent) / 1000));
  }
  return Promise.all(latencies);
}

function trySetPriority(value: number): boolean {
  try {
    setPriority(value);
    return true;
  } catch {
    return false;
  }
}

function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

let measured: number[] = [];
let loopLag = 0;
/** Response times at the frontend's edge, from a request's arrival to its response written. */
const edge: number[] = [];
let scenario: Record<string, unknown>;
let report = "";
const file = join(tmpdir(), `archsim-otel-${process.pid}.jsonl`);

beforeAll(async () => {
  const db = tier("db");
  const dbPort = await listen(db);
  const backend = tier("backend", { port: () => dbPort, times: 2 });
  const backendPort = await listen(backend);
  const frontend = tier("frontend", { port: () => backendPort, times: 1 });
  // The service under test and its load run ahead of the rest of a busy machine, as a real
  // service on its own host would: else every tier's timers are late together while the
  // machine is loaded, which makes their times correlated within a request, as no model of
  // independent stations has them. Without the privilege it runs as it is.
  const priority = getPriority();
  const raised = trySetPriority(-15);
  const port = await listen(frontend);
  try {
    // A drive during which this process's own event loop was starved (lagging by more than
    // STARVED at p99) timed the machine's other work, not the service: it is driven once more,
    // and the second drive is compared whatever its lag.
    for (let attempt = 0; attempt < 2; attempt++) {
      exporter.reset();
      edge.length = 0;
      const lag = monitorEventLoopDelay({ resolution: 5 });
      lag.enable();
      measured = await drive(port);
      lag.disable();
      loopLag = lag.percentile(99) / 1e9;
      if (loopLag <= STARVED) break;
    }
  } finally {
    if (raised) trySetPriority(priority);
  }
  await Promise.all(providers.map((p) => p.forceFlush()));
  const spans = exporter.getFinishedSpans();
  // As the Collector's file exporter writes them: one ExportTraceServiceRequest a line.
  const lines: string[] = [];
  for (let i = 0; i < spans.length; i += 100)
    lines.push(
      new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans.slice(i, i + 100))),
    );
  writeFileSync(file, `${lines.join("\n")}\n`);
  let out = "";
  const code = await main(["import", "otel", file], {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      report += s;
    },
  });
  expect(code, report).toBe(0);
  scenario = JSON.parse(out);
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  agent.destroy();
  rmSync(file, { force: true });
  await Promise.all(providers.map((p) => p.shutdown()));
});

describe("a scenario imported from a real OpenTelemetry-instrumented service", () => {
  it("has the service's topology: clients → frontend → backend → db twice, all sync", () => {
    const components = scenario.components as Record<string, unknown>[];
    const byId = Object.fromEntries(components.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(["backend", "clients", "db", "frontend"]);
    expect(byId.clients.target).toBe("frontend");
    expect(byId.frontend.calls).toEqual([{ target: "backend", mode: "sync" }]);
    expect(byId.backend.calls).toEqual([
      { target: "db", mode: "sync" },
      { target: "db", mode: "sync" },
    ]);
    expect(byId.db.calls).toBeUndefined();
    expect(report).toContain("worker counts are not in traces");
  });

  it("has the load it was driven at", () => {
    const clients = (scenario.components as { id: string; workload?: { rate: number } }[]).find(
      (c) => c.id === "clients",
    );
    expect(clients?.workload?.rate).toBeGreaterThan(RATE * 0.75);
    expect(clients?.workload?.rate).toBeLessThan(RATE * 1.25);
  });

  it("runs to the measured mean and p90 latency within 15%", () => {
    const parsed = parseScenario({ ...scenario, duration: 2000, warmup: 20 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const summary = runScenario(parsed.scenario);
    const mean = edge.reduce((a, b) => a + b, 0) / edge.length;
    const p90 = quantile(edge, 0.9);
    const detail = `simulated mean ${summary.latency.mean}, p90 ${summary.latency.p90}; measured mean ${mean}, p90 ${p90} over ${edge.length} requests (event-loop lag p99 ${loopLag} s; at the load generator: mean ${measured.reduce((a, b) => a + b, 0) / measured.length}, p90 ${quantile(measured, 0.9)})`;
    expect(Math.abs(summary.latency.mean / mean - 1), detail).toBeLessThan(0.15);
    expect(Math.abs(summary.latency.p90 / p90 - 1), detail).toBeLessThan(0.15);
  });
});
