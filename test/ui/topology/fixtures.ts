/** Validated components (defaults filled in) for the view tests, from one small scenario. */
import { parseScenario } from "../../../src/scenario/parse";
import type { Component, Scenario } from "../../../src/scenario/types";
import { PROBE_FIELDS } from "../../../src/sim/probe-fields";
import type { Figures } from "../../../src/ui/topology/figures";

const parsed = parseScenario({
  version: 1,
  name: "fixture",
  duration: 60,
  components: [
    {
      id: "users",
      type: "client",
      label: "Users",
      workload: { kind: "open", rate: 150, schedule: [{ at: 200, rate: 220 }] },
      target: "lb",
      timeout: 2,
      retry: { max: 2, backoff: 0.1, multiplier: 2, jitter: true },
    },
    {
      id: "staff",
      type: "client",
      workload: { kind: "closed", users: 20, think: { dist: "exp", mean: 1 } },
      target: "app",
    },
    {
      id: "lb",
      type: "loadbalancer",
      algorithm: "least-connections",
      targets: ["app"],
      healthCheck: { interval: 2, unhealthyAfter: 2, healthyAfter: 2 },
    },
    {
      id: "app",
      type: "server",
      label: "App servers",
      replicas: 3,
      workers: 8,
      queue: 100,
      service: { dist: "lognormal", mean: 0.03, cv: 1 },
      calls: [{ target: "cache", mode: "sync", timeout: 1 }],
    },
    {
      id: "cache",
      type: "cache",
      capacity: 1000,
      hit: { dist: "const", value: 0.001 },
      backend: "db",
    },
    {
      id: "db",
      type: "server",
      workers: 16,
      service: { read: { dist: "exp", mean: 0.01 }, write: { dist: "exp", mean: 0.04 } },
    },
    {
      id: "api",
      type: "server",
      service: { dist: "exp", mean: 0.01 },
      calls: [
        {
          target: "store",
          breaker: { failureRate: 0.5, window: 10, openFor: 5 },
        },
        { target: "mail", mode: "async" },
      ],
    },
    {
      id: "store",
      type: "database",
      label: "Orders DB",
      connections: 10,
      queue: 100,
      read: { dist: "exp", mean: 0.02 },
      write: { dist: "exp", mean: 0.04 },
      replicas: { count: 2, lag: { dist: "exp", mean: 0.2 } },
      shards: 2,
      failover: 10,
    },
    {
      id: "plain-db",
      type: "database",
      connections: 1,
      read: { dist: "const", value: 0.01 },
    },
    {
      id: "mail",
      type: "queue",
      capacity: 20000,
      consumers: { count: 10, service: { dist: "exp", mean: 0.05 }, target: "app" },
    },
    {
      id: "edge",
      type: "cdn",
      hitRatio: 0.95,
      hit: { dist: "const", value: 0.01 },
      origin: "app",
    },
    {
      id: "scaler",
      type: "autoscaler",
      target: "app",
      min: 2,
      max: 12,
    },
  ],
});
if (!parsed.ok) throw new Error(`fixture does not validate: ${JSON.stringify(parsed.errors)}`);

export const scenario: Scenario = parsed.scenario;

export function component(id: string): Component {
  const c = scenario.components.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no ${id} in the fixture`);
  return c;
}

/** Figures with every field NaN but those given. */
export function figures(given: Partial<Figures>): Figures {
  const f = Object.fromEntries(PROBE_FIELDS.map((name) => [name, Number.NaN])) as Figures;
  return { ...f, ...given };
}
