import type { Scenario } from "../src/scenario/types";

/** M/M/1 at ρ = 0.8 sized to serve about `customers` requests. */
export function mm1Scenario(customers: number): Scenario {
  return {
    version: 1,
    name: "bench M/M/1",
    description: "",
    seed: "1",
    duration: customers / 0.8,
    warmup: 0,
    network: { dist: "const", value: 0 },
    faults: [],
    components: [
      {
        type: "client",
        id: "users",
        target: "web",
        workload: { kind: "open", rate: 0.8, arrival: "poisson", schedule: [] },
        mix: [{ class: "default", weight: 1 }],
      },
      server("web", 1, 1, 1, []),
    ],
  };
}

/**
 * client → balancer (least-connections) → 4 web replicas (16 blocking workers each) → a database
 * tier of 2 replicas (16 workers each) by a sync call: web workers are held for their own 20 ms and the database call, about 56% and 50% utilised.
 */
export function multiTierScenario(requests: number): Scenario {
  const rate = 1000;
  return {
    version: 1,
    name: "bench multi-tier",
    description: "",
    seed: "1",
    duration: requests / rate,
    warmup: 0,
    network: { dist: "const", value: 0 },
    faults: [],
    components: [
      {
        type: "client",
        id: "users",
        target: "lb",
        workload: { kind: "open", rate, arrival: "poisson", schedule: [] },
        mix: [{ class: "default", weight: 1 }],
      },
      {
        type: "loadbalancer",
        id: "lb",
        algorithm: "least-connections",
        targets: [{ id: "web", weight: 1 }],
        service: { dist: "const", value: 0 },
      },
      server("web", 4, 16, 0.02, [{ target: "db", mode: "sync" }]),
      server("db", 2, 16, 0.016, []),
    ],
  };
}

function server(
  id: string,
  replicas: number,
  workers: number,
  meanService: number,
  calls: Scenario["components"][number] extends infer C
    ? C extends { calls: infer K }
      ? K
      : never
    : never,
): Scenario["components"][number] {
  return {
    type: "server",
    id,
    replicas,
    workers,
    queue: Number.POSITIVE_INFINITY,
    service: { dist: "exp", mean: meanService },
    cores: workers,
    discipline: "fifo",
    deadlines: false,
    calls,
    blocking: true,
  };
}

/**
 * client → balancer → web, whose requests read through a cache in front of a database and
 * publish to a queue whose consumers call a mailer: every component type of a typical stack.
 * With `serversOnly`, the same request volume and hops go through plain servers instead.
 */
export function componentsScenario(requests: number, serversOnly: boolean): Scenario {
  const rate = 1000;
  const base = multiTierScenario(requests);
  const web = server("web", 4, 16, 0.01, [
    { target: "cache", mode: "sync" },
    { target: "queue", mode: "async" },
  ]);
  const tiers: Scenario["components"] = serversOnly
    ? [
        server("cache", 2, 64, 0.001, [{ target: "db", mode: "sync" }]),
        server("db", 2, 16, 0.01, []),
        server("queue", 1, 8, 0.005, [{ target: "mailer", mode: "sync" }]),
      ]
    : [
        {
          type: "cache",
          id: "cache",
          capacity: 1000,
          ttl: 60,
          hit: { dist: "exp", mean: 0.001 },
          backend: "db",
          coalesce: false,
        },
        {
          type: "database",
          id: "db",
          connections: 16,
          queue: Number.POSITIVE_INFINITY,
          read: { dist: "exp", mean: 0.01 },
          write: { dist: "exp", mean: 0.01 },
          shards: 2,
        },
        {
          type: "queue",
          id: "queue",
          capacity: Number.POSITIVE_INFINITY,
          publish: { dist: "const", value: 0 },
          consumers: {
            count: 8,
            prefetch: 1,
            service: { dist: "exp", mean: 0.005 },
            target: "mailer",
          },
          maxRedeliveries: 3,
        },
      ];
  return {
    ...base,
    name: serversOnly ? "bench servers only" : "bench cache, database and queue",
    duration: requests / rate,
    components: [
      {
        type: "client",
        id: "users",
        target: "lb",
        workload: { kind: "open", rate, arrival: "poisson", schedule: [] },
        mix: [{ class: "default", weight: 1 }],
        keys: { count: 10000, zipf: 0.9 },
      },
      base.components[1],
      web,
      ...tiers,
      server("mailer", 2, 16, 0.01, []),
    ],
  };
}
