import type { Client, Dist, LoadBalancer, Scenario, Server } from "../../src/scenario/types";

/** Builders of validated scenarios (every default filled) for engine tests. */

export function scenario(parts: Partial<Scenario> & Pick<Scenario, "components">): Scenario {
  return {
    version: 1,
    name: "test",
    description: "",
    seed: "1",
    duration: 100,
    warmup: 0,
    network: { dist: "const", value: 0 },
    faults: [],
    ...parts,
  };
}

export function openClient(
  id: string,
  target: string,
  rate: number,
  extra: Partial<Client> = {},
): Client {
  return {
    type: "client",
    id,
    target,
    workload: { kind: "open", rate, arrival: "poisson", schedule: [] },
    mix: [{ class: "default", weight: 1 }],
    ...extra,
  };
}

export function closedClient(id: string, target: string, users: number, think: Dist): Client {
  return {
    type: "client",
    id,
    target,
    workload: { kind: "closed", users, think },
    mix: [{ class: "default", weight: 1 }],
  };
}

export function server(id: string, service: Dist, extra: Partial<Server> = {}): Server {
  const workers = extra.workers ?? 1;
  return {
    type: "server",
    id,
    replicas: 1,
    workers,
    queue: Number.POSITIVE_INFINITY,
    service,
    cores: workers,
    discipline: "fifo",
    deadlines: false,
    calls: [],
    blocking: true,
    ...extra,
  };
}

export function balancer(
  id: string,
  targets: string[],
  algorithm: LoadBalancer["algorithm"],
  extra: Partial<LoadBalancer> = {},
): LoadBalancer {
  return {
    type: "loadbalancer",
    id,
    algorithm,
    targets: targets.map((t) => ({ id: t, weight: 1 })),
    service: { dist: "const", value: 0 },
    ...extra,
  };
}

export const exp = (mean: number): Dist => ({ dist: "exp", mean });
export const constant = (value: number): Dist => ({ dist: "const", value });
