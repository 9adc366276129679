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
