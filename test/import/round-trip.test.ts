/**
 * The loop closed inside archsim: a scenario's requests exported as OTLP/JSON (as `run --traces`
 * writes them) and imported again (as `archsim import otel` reads them) give back the scenario's
 * topology, its load, and each server's mean service time within 5%.
 */
import { describe, expect, it } from "vitest";
import { finishImport } from "../../src/import/import-traces";
import { TraceReader } from "../../src/import/reader";
import { parseScenario } from "../../src/scenario/parse";
import type { Dist, Scenario, Server } from "../../src/scenario/types";
import type { Model } from "../../src/sim/build";
import { runScenario } from "../../src/sim/run";
import { attachRecorder } from "../../src/sim/trace/attach";
import type { TraceSample } from "../../src/sim/trace/sample";
import { momentsOf } from "../../src/theory/moments";
import { toOtlp } from "../../src/trace-export/otlp";

const RATE = 10;

const original = {
  version: 1,
  name: "three tiers",
  duration: 600,
  seed: "round-trip",
  components: [
    { id: "users", type: "client", target: "frontend", workload: { kind: "open", rate: RATE } },
    {
      id: "frontend",
      type: "server",
      workers: 16,
      service: { dist: "exp", mean: 0.02 },
      calls: [{ target: "backend" }],
    },
    {
      id: "backend",
      type: "server",
      workers: 16,
      service: { dist: "lognormal", mean: 0.03, cv: 0.5 },
      calls: [{ target: "db" }],
    },
    { id: "db", type: "server", workers: 16, service: { dist: "erlang", mean: 0.01, k: 2 } },
  ],
};

function isDist(value: Server["service"] | undefined): value is Dist {
  return value !== undefined && "dist" in value && typeof value.dist === "string";
}

function parsed(doc: unknown): Scenario {
  const result = parseScenario(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

function exportedAndImported(): { imported: Scenario; report: string[] } {
  const scenario = parsed(original);
  let read: (() => TraceSample) | undefined;
  // Every request is kept: traces carry no sampling rate, so the rate seen is the rate sampled.
  runScenario(scenario, {
    beforeRun: (model: Model) => {
      read = attachRecorder(model, scenario, scenario.seed, { rate: 1, max: 10_000 });
    },
  });
  const text = `${JSON.stringify(toOtlp(read!(), { version: "test" }))}\n`;
  const reader = new TraceReader();
  // In pieces cut anywhere, as a file stream gives them.
  for (let at = 0; at < text.length; at += 65_536) reader.push(text.slice(at, at + 65_536));
  reader.end();
  const result = finishImport(reader, "round trip");
  expect(result.invalid).toEqual([]);
  expect(result.problemCount).toBe(0);
  return { imported: parsed(result.scenario), report: result.report.map((r) => r.code) };
}

describe("a scenario's exported traces, imported again", () => {
  const { imported } = exportedAndImported();
  const servers = new Map(
    imported.components.filter((c): c is Server => c.type === "server").map((s) => [s.id, s]),
  );

  it("give back its servers and their sync calls", () => {
    expect([...servers.keys()].sort()).toEqual(["backend", "db", "frontend"]);
    expect(servers.get("frontend")?.calls.map((c) => [c.target, c.mode])).toEqual([
      ["backend", "sync"],
    ]);
    expect(servers.get("backend")?.calls.map((c) => [c.target, c.mode])).toEqual([["db", "sync"]]);
    expect(servers.get("db")?.calls).toEqual([]);
  });

  it("give back its load: the client, by its name, at its rate, aimed at the frontend", () => {
    const clients = imported.components.filter((c) => c.type === "client");
    expect(clients).toHaveLength(1);
    const [client] = clients;
    expect(client.id).toBe("users");
    expect(client.type === "client" && client.target).toBe("frontend");
    const rate =
      client.type === "client" && client.workload.kind === "open" ? client.workload.rate : 0;
    expect(Math.abs(rate / RATE - 1)).toBeLessThan(0.05);
  });

  it("fit each server's mean service time within 5% of the scenario's", () => {
    const means: Record<string, number> = { frontend: 0.02, backend: 0.03, db: 0.01 };
    for (const [id, mean] of Object.entries(means)) {
      const service = servers.get(id)?.service;
      expect(service, id).toBeDefined();
      const fitted = momentsOf(isDist(service) ? service : service!.default).mean;
      expect(Math.abs(fitted / mean - 1), `${id}: fitted ${fitted}, scenario ${mean}`).toBeLessThan(
        0.05,
      );
    }
  });
});
