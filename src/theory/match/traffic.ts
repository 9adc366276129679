/**
 * The traffic equations of the topology (Jackson 1963): the rate of requests reaching each
 * component, per class, from the open clients' rates through balancer splits, cache misses and
 * call fan-out; and what kind of arrival process each instance sees. Components are visited in
 * topological order, so a component's whole input is known before its output is sent on.
 */
import { meanBatch } from "../../scenario/arrivals";
import type {
  Client,
  Component,
  Dist,
  LoadBalancer,
  OpenWorkload,
  Scenario,
} from "../../scenario/types";
import { batchSizeMoments } from "../batch-size";
import { matchStation } from "./station";
import { type Arrival, BURSTY, merge, POISSON, type Reason, type Stream, scaled } from "./stream";
import { zoneLatency } from "./zone-latency";

export type ReplicaCount = (id: string) => number;

/**
 * The share of a balancer's requests each target receives: by weight for the weighted policies,
 * evenly per backend otherwise (a target with replicas counting as that many backends).
 */
export function balancerShares(lb: LoadBalancer, replicas: ReplicaCount): (id: string) => number {
  const weighted = lb.algorithm === "weighted-random" || lb.algorithm === "weighted-round-robin";
  const weightOf = (t: { id: string; weight: number }) =>
    (weighted ? t.weight : 1) * replicas(t.id);
  const total = lb.targets.reduce((sum, t) => sum + weightOf(t), 0);
  return (id) => {
    const target = lb.targets.find((t) => t.id === id);
    return target === undefined ? 0 : weightOf(target) / total;
  };
}

/** The stream reaching each component that receives traffic, by id. */
export function trafficOf(scenario: Scenario, changedLive = false): Map<string, Stream> {
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const faulty =
    scenario.faults.length > 0 || scenario.components.some((c) => c.failures !== undefined);
  const autoscaled = new Set(
    scenario.components.flatMap((c) => (c.type === "autoscaler" ? [c.target] : [])),
  );
  // A balancer counts a target with replicas as that many backends.
  const replicas: ReplicaCount = (id) => {
    const c = byId.get(id);
    return c?.type === "server" ? c.replicas : 1;
  };
  const inputs = new Map<string, Stream>();
  const send = (from: Component, to: string, s: Stream) => {
    const target = byId.get(to);
    if (target === undefined || s.rate <= 0) return;
    const crossing = zoneLatency(scenario, from.zone, target.zone);
    const onTheWay = afterDelay(s, scenario.network);
    const delayed = crossing === undefined ? onTheWay : afterDelay(onTheWay, crossing);
    const before = inputs.get(to);
    inputs.set(to, before === undefined ? delayed : merge(before, delayed));
  };

  const order = topologicalOrder(scenario.components);
  for (const c of order.sorted) {
    if (c.type === "client") {
      send(c, c.target, sourceOf(c, faulty, changedLive));
      continue;
    }
    const input = inputs.get(c.id);
    if (input === undefined) continue;
    for (const [to, s] of outputsOf(c, input, autoscaled.has(c.id), replicas)) send(c, to, s);
  }
  // Components on a cycle have no topological place: their traffic feeds back on itself.
  for (const c of order.cyclic) {
    const s = inputs.get(c.id);
    if (s !== undefined) inputs.set(c.id, { ...s, blocked: s.blocked ?? "cycle" });
  }
  return inputs;
}

/** An open client's requests; a reason travels with them when no steady state can be assumed. */
function sourceOf(c: Client, faulty: boolean, changedLive: boolean): Stream {
  const w = c.workload;
  const totalWeight = c.mix.reduce((sum, m) => sum + m.weight, 0);
  const arrival = w.kind === "open" ? openArrival(w) : POISSON;
  // A closed or replayed workload has no fixed rate: a token rate of 1 carries its reason to
  // every component it reaches, and no figure is ever computed from a blocked stream.
  const rate = w.kind === "open" ? w.rate * requestsPerArrival(w) : 1;
  const classes = new Map(c.mix.map((m) => [m.class, (rate * m.weight) / totalWeight]));
  const blocked: Reason | undefined =
    w.kind === "closed"
      ? "closed-workload"
      : w.kind === "trace"
        ? "trace"
        : w.schedule.length > 0
          ? "schedule"
          : arrival === undefined
            ? "bursty-arrivals"
            : c.retry !== undefined
              ? "retries"
              : c.hedge !== undefined
                ? "hedging"
                : faulty
                  ? "faults"
                  : changedLive
                    ? "what-ifs"
                    : undefined;
  return {
    rate,
    classes,
    arrival: arrival ?? POISSON,
    ...(c.keys === undefined ? {} : { keys: c.keys }),
    mixedKeys: false,
    perInstance: false,
    ...(blocked === undefined ? {} : { blocked }),
  };
}

/**
 * An open workload's arrival process as theory knows it; undefined for bursts (MMPP), and for
 * batches but Poisson batches of a size whose moments are known.
 */
function openArrival(w: OpenWorkload): Arrival | undefined {
  if (w.arrival === "mmpp") return undefined;
  if (w.batch !== undefined) {
    const size = batchSizeMoments(w.batch);
    return w.arrival === "poisson" && size !== undefined ? { kind: "batch", size } : undefined;
  }
  if (w.arrival === "hyperexp") return { kind: "h2", scv: w.scv! };
  return w.arrival === "uniform" ? { kind: "erlang", phases: Infinity } : POISSON;
}

/** Mean requests an arrival brings: exactly, where the batch size's law is known. */
export function requestsPerArrival(w: OpenWorkload): number {
  return w.batch === undefined ? 1 : (batchSizeMoments(w.batch)?.mean ?? meanBatch(w));
}

/** Where a component sends the requests it received, and how many. */
function outputsOf(
  c: Component,
  input: Stream,
  autoscaled: boolean,
  replicas: ReplicaCount,
): [string, Stream][] {
  const all = () => 1;
  switch (c.type) {
    case "loadbalancer":
      return balance(c, afterDelay(input, c.service), replicas);
    case "server": {
      const out: [string, Stream][] = [];
      const station = matchStation(c, input, autoscaled);
      // Burke's theorem: a stable M/M/c queue's departures are Poisson, at the arrival rate.
      const poissonOut =
        station.ok && station.stable && (station.model === "M/M/1" || station.model === "M/M/c");
      let afterSync = false;
      for (const call of c.calls) {
        const arrival: Arrival =
          poissonOut && !afterSync ? POISSON : { kind: "other", reason: "behind-station" };
        // A probabilistic call thins the stream at random, which keeps a Poisson stream Poisson.
        const p = call.probability ?? 1;
        const s = scaled(
          input,
          (cls) => (call.when === undefined || call.when === cls ? p : 0),
          arrival,
        );
        out.push([
          call.target,
          {
            ...s,
            perInstance: false,
            ...(call.maxConcurrent !== undefined && s.blocked === undefined
              ? { blocked: "bulkhead" as const }
              : {}),
          },
        ]);
        if (call.mode === "sync") afterSync = true;
      }
      return out;
    }
    case "cache":
    case "cdn": {
      const to = c.type === "cache" ? c.backend : c.origin;
      const ratio = c.hitRatio;
      // A fixed hit ratio thins the stream at random, which keeps it Poisson; LRU misses do not.
      const arrival: Arrival =
        ratio !== undefined && input.arrival.kind === "poisson"
          ? POISSON
          : { kind: "other", reason: "behind-station" };
      const miss = ratio === undefined ? 1 : 1 - ratio;
      return [
        [
          to,
          { ...scaled(input, (cls) => (cls === "write" ? 1 : miss), arrival), perInstance: false },
        ],
      ];
    }
    case "queue": {
      const to = c.consumers.target;
      if (to === undefined) return [];
      return [
        [
          to,
          {
            ...scaled(input, all, { kind: "other", reason: "behind-station" }),
            perInstance: false,
          },
        ],
      ];
    }
    default:
      return [];
  }
}

/**
 * A balancer's split. Random choice thins a Poisson stream into independent Poisson streams;
 * round robin over n backends hands each every n-th request (Erlang-n interarrivals); the other
 * policies choose by the backends' state or the request's key, and no renewal model follows.
 * A target with replicas counts as that many backends.
 */
function balance(lb: LoadBalancer, input: Stream, replicas: ReplicaCount): [string, Stream][] {
  const s0: Stream =
    lb.rateLimit === undefined ? input : { ...input, blocked: input.blocked ?? "rate-limit" };
  const backends = lb.targets.map((t) => ({ ...t, n: replicas(t.id) }));
  const count = backends.reduce((sum, b) => sum + b.n, 0);
  const share = balancerShares(lb, replicas);
  const evenWeights = backends.every((b) => b.weight === backends[0].weight);
  let arrival: Arrival;
  if (s0.arrival.kind === "h2" || s0.arrival.kind === "batch") {
    // Split, such a stream is no longer one: only a single backend receives it whole.
    arrival = count === 1 ? s0.arrival : BURSTY;
  } else if (lb.algorithm === "random" || lb.algorithm === "weighted-random") {
    arrival = s0.arrival.kind === "poisson" ? POISSON : { kind: "other", reason: "not-poisson" };
  } else if (
    lb.algorithm === "round-robin" ||
    (lb.algorithm === "weighted-round-robin" && evenWeights)
  ) {
    arrival =
      s0.arrival.kind === "other"
        ? s0.arrival
        : count === 1
          ? s0.arrival
          : {
              kind: "erlang",
              phases: (s0.arrival.kind === "poisson" ? 1 : s0.arrival.phases) * count,
            };
  } else if (lb.algorithm === "weighted-round-robin") {
    arrival = { kind: "other", reason: "uneven-round-robin" };
  } else if (lb.algorithm === "hash") {
    arrival = { kind: "other", reason: "hash-balancing" };
  } else {
    arrival = { kind: "other", reason: "state-dependent-balancing" };
  }
  return backends.map((b) => [
    b.id,
    { ...scaled(s0, () => share(b.id), arrival), perInstance: true },
  ]);
}

/**
 * A random delay on the way (network, zones, a balancer's own processing): every request is
 * delayed independently, which keeps a Poisson stream Poisson (M/G/∞ departures) but breaks the
 * regular spacing of a renewal stream, hyper-exponential gaps and batches alike. A constant
 * delay changes nothing.
 */
function afterDelay(s: Stream, delay: Dist): Stream {
  const constant = delay.dist === "const";
  if (constant || s.arrival.kind === "poisson" || s.arrival.kind === "other") return s;
  return { ...s, arrival: { kind: "other", reason: "random-delay" } };
}

/** Kahn's algorithm over the edges requests travel; what is left over lies on a cycle. */
function topologicalOrder(components: readonly Component[]): {
  sorted: Component[];
  cyclic: Component[];
} {
  const edges = new Map<string, string[]>(components.map((c) => [c.id, targetsOf(c)]));
  const indegree = new Map<string, number>(components.map((c) => [c.id, 0]));
  for (const targets of edges.values())
    for (const t of targets) if (indegree.has(t)) indegree.set(t, indegree.get(t)! + 1);
  const byId = new Map(components.map((c) => [c.id, c]));
  const ready = components.filter((c) => indegree.get(c.id) === 0).map((c) => c.id);
  const sorted: Component[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    sorted.push(byId.get(id)!);
    for (const t of edges.get(id) ?? []) {
      if (!indegree.has(t)) continue;
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) ready.push(t);
    }
  }
  const done = new Set(sorted.map((c) => c.id));
  return { sorted, cyclic: components.filter((c) => !done.has(c.id)) };
}

function targetsOf(c: Component): string[] {
  switch (c.type) {
    case "client":
      return [c.target];
    case "loadbalancer":
      return c.targets.map((t) => t.id);
    case "server":
      return c.calls.map((call) => call.target);
    case "cache":
      return [c.backend];
    case "cdn":
      return [c.origin];
    case "queue":
      return c.consumers.target === undefined ? [] : [c.consumers.target];
    default:
      return [];
  }
}
