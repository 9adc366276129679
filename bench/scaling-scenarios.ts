import type { Scenario } from "../src/scenario/types";

/**
 * `users` closed users who think for an exponential second between requests, served by a
 * server fast enough that nearly every user is thinking: about `users` events pending, one
 * timer each, and `requests` requests in all.
 */
export function pendingScenario(users: number, requests: number): Scenario {
  // About `users` requests a second, each served in 1 ms: ~users/1000 workers busy on average.
  const workers = Math.max(4, Math.ceil(users / 250));
  return {
    version: 1,
    name: `bench ${users} closed users`,
    description: "",
    seed: "1",
    duration: requests / users,
    warmup: 0,
    network: { dist: "const", value: 0 },
    faults: [],
    components: [
      {
        type: "client",
        id: "users",
        target: "web",
        workload: { kind: "closed", users, think: { dist: "exp", mean: 1 } },
        mix: [{ class: "default", weight: 1 }],
      },
      {
        type: "server",
        id: "web",
        replicas: 1,
        workers,
        queue: Number.POSITIVE_INFINITY,
        service: { dist: "exp", mean: 0.001 },
        cores: workers,
        discipline: "fifo",
        deadlines: false,
        calls: [],
        blocking: true,
      },
    ],
  };
}

/**
 * An open stream of 1000 requests a second balanced by `algorithm` over `replicas` replicas of
 * the same total capacity (64 workers, 20 ms each, 31% utilised), `requests` requests in all.
 */
export function replicasScenario(
  replicas: number,
  requests: number,
  algorithm: "least-connections" | "least-response-time" = "least-connections",
): Scenario {
  const rate = 1000;
  const workers = Math.max(1, Math.round(64 / replicas));
  return {
    version: 1,
    name: `bench ${replicas} replicas`,
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
        algorithm,
        targets: [{ id: "web", weight: 1 }],
        service: { dist: "const", value: 0 },
      },
      {
        type: "server",
        id: "web",
        replicas,
        workers,
        queue: Number.POSITIVE_INFINITY,
        service: { dist: "exp", mean: (0.02 * workers * replicas) / 64 },
        cores: workers,
        discipline: "fifo",
        deadlines: false,
        calls: [],
        blocking: true,
      },
    ],
  };
}
