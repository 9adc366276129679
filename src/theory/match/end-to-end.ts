/**
 * A client's mean response time in theory: the mean time a request spends at each station it
 * waits on, weighted by how often it goes there, plus the network and the balancers' own time.
 * By linearity of expectation this sum is exact whenever each station's mean sojourn is, which
 * the station matching guarantees; for M/M/c stations it is Jackson's network result
 * (Harchol-Balter, Performance Modeling and Design of Computer Systems, ch. 17-18).
 */
import type { Client, Component, Scenario } from "../../scenario/types";
import { momentsOf } from "../moments";
import { type StationMatch, serviceOf } from "./station";
import type { Reason, Stream } from "./stream";
import { balancerShares, type ReplicaCount, requestsPerArrival } from "./traffic";
import { zoneLatencyMean } from "./zone-latency";

/** Stations whose bounded queue turns away more than this make completed requests a biased sample. */
const NEGLIGIBLE_BLOCKING = 1e-3;

export interface NetworkParams {
  arrivalRate: number;
  /** The stations a request waits on, with mean visits per request and mean time per visit. */
  path: { component: string; visits: number; response: number }[];
}

export type NetworkMatch =
  | { ok: true; meanResponse: number; params: NetworkParams; stable: boolean }
  /** `at`: the component on the way that no model fits, when the client's own traffic would. */
  | { ok: false; reason: Reason; at?: string };

export function matchClient(
  scenario: Scenario,
  client: Client,
  traffic: Map<string, Stream>,
  stations: Map<string, StationMatch>,
): NetworkMatch {
  const stream = traffic.get(client.target);
  if (client.workload.kind !== "open") {
    return { ok: false, reason: client.workload.kind === "closed" ? "closed-workload" : "trace" };
  }
  const rate = client.workload.rate * requestsPerArrival(client.workload);
  if (stream === undefined || stream.rate <= 0) return { ok: false, reason: "no-traffic" };
  if (stream.blocked !== undefined) return { ok: false, reason: stream.blocked };
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const replicas: ReplicaCount = (id) => {
    const c = byId.get(id);
    return c?.type === "server" ? c.replicas : 1;
  };
  const network = 2 * momentsOf(scenario.network).mean;
  /** A call's way there and back: the network, and the zones' latency when they differ. */
  const hop = (from: Component, to: string): number =>
    network + 2 * zoneLatencyMean(scenario, from.zone, byId.get(to)?.zone);
  /** Per station: visits and time spent there, each weighted by the class mix. */
  const visits = new Map<string, { visits: number; time: number }>();
  const onPath = new Set<string>();

  /** Mean time from arriving at `id` with a request of `cls` to its answer; throws a reason. */
  const respond = (id: string, cls: string, weight: number): number => {
    const c = byId.get(id);
    if (c === undefined) throw new Refusal("no-traffic", id);
    if (onPath.has(id)) throw new Refusal("cycle", id);
    onPath.add(id);
    try {
      return responseOf(c, cls, weight);
    } finally {
      onPath.delete(id);
    }
  };

  const responseOf = (c: Component, cls: string, weight: number): number => {
    switch (c.type) {
      case "loadbalancer": {
        const share = balancerShares(c, replicas);
        let sum = momentsOf(c.service).mean;
        for (const t of c.targets) {
          const p = share(t.id);
          if (p > 0) sum += p * (hop(c, t.id) + respond(t.id, cls, weight * p));
        }
        return sum;
      }
      case "server":
      case "database": {
        const m = stations.get(c.id);
        if (m === undefined || !m.ok)
          throw new Refusal(m?.ok === false ? m.reason : "no-traffic", c.id);
        if ((m.figures.rejected ?? 0) > NEGLIGIBLE_BLOCKING) throw new Refusal("rejects", c.id);
        const own =
          m.figures.meanWait === undefined
            ? (m.figures.meanResponse ?? Infinity)
            : m.figures.meanWait + classService(c, cls);
        const seen = visits.get(c.id) ?? { visits: 0, time: 0 };
        visits.set(c.id, { visits: seen.visits + weight, time: seen.time + weight * own });
        if (c.type === "database") return own;
        let sum = own;
        for (const call of c.calls) {
          if (call.mode !== "sync" || (call.when !== undefined && call.when !== cls)) continue;
          // A probabilistic call (the calls of a choice exclusive) is made that often on average.
          const p = call.probability ?? 1;
          if (p > 0) sum += p * (hop(c, call.target) + respond(call.target, cls, weight * p));
        }
        return sum;
      }
      default:
        throw new Refusal("unmodelled-hop", c.id);
    }
  };

  try {
    let total = 0;
    let weights = 0;
    for (const m of client.mix) {
      total += m.weight * (hop(client, client.target) + respond(client.target, m.class, m.weight));
      weights += m.weight;
    }
    const path = [...visits].map(([component, v]) => ({
      component,
      visits: v.visits / weights,
      response: v.time / v.visits,
    }));
    const meanResponse = total / weights;
    return {
      ok: true,
      meanResponse,
      params: { arrivalRate: rate, path },
      stable: Number.isFinite(meanResponse),
    };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, reason: e.reason, at: e.at };
    throw e;
  }
}

/** A request's own service time at a station, by its class. */
function classService(c: Component, cls: string): number {
  if (c.type === "server") return momentsOf(serviceOf(c, cls)).mean;
  if (c.type === "database") return momentsOf(cls === "write" ? c.write : c.read).mean;
  return 0;
}

/** Why the sum cannot be formed, carried out of the recursion. */
class Refusal {
  constructor(
    readonly reason: Reason,
    readonly at: string,
  ) {}
}
