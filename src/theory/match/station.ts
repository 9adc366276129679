/**
 * Which queueing model a station (a server's instance, a database node, a queue's consumers)
 * follows, given the traffic that reaches it, and the model's figures; or why none applies.
 * A model is offered only where its assumptions hold exactly: a wrong number shown beside the
 * simulation would teach the wrong lesson.
 */

import { powInt } from "../../math/pow";
import type { Component, Database, Dist, MessageQueue, Server } from "../../scenario/types";
import type { BatchSize } from "../batch-size";
import { ekm1 } from "../ekm1";
import type { QueueFigures } from "../figures";
import { balancedH2, h2m1 } from "../gim1";
import { mg1 } from "../mg1";
import { mm1 } from "../mm1";
import { mm1k } from "../mm1k";
import { erlangWithinReach, mmc } from "../mmc";
import { mmck } from "../mmck";
import { batchMm1 } from "../mmpp";
import { type Moments, mixtureMoments } from "../moments";
import { type Arrival, BURSTY, type Reason, type Stream } from "./stream";

export type QueueModel =
  | "M/M/1"
  | "M/M/c"
  | "M/M/1/K"
  | "M/M/c/K"
  | "M/G/1"
  | "M/M/1-PS"
  | "M/G/1-PS"
  | "E_k/M/1"
  | "D/M/1"
  | "H2/M/1"
  | "M^X/M/1";

/** What the model was given, per instance. */
export interface StationParams {
  /** λ per instance, requests per second. */
  arrivalRate: number;
  meanService: number;
  /** Squared coefficient of variation of the service time. */
  scv: number;
  servers: number;
  /** Room for requests in all (in service and waiting), when bounded. */
  capacity?: number;
  /** Erlang phases of the interarrival time (Infinity: evenly spaced). */
  phases?: number;
  /** H2/M/1: the squared coefficient of variation of the hyper-exponential gaps. */
  arrivalScv?: number;
  /** M^X/M/1: the first two moments of the requests a batch brings. */
  batch?: BatchSize;
  instances: number;
}

/** The model's figures for the whole component, named as its summary names them. */
export interface StationFigures {
  utilization?: number;
  /** Waiting requests over all instances. */
  meanQueue?: number;
  meanWait?: number;
  /** Wait and service, for stations whose latency is nothing else (no calls). */
  meanResponse?: number;
  /** Share of arrivals turned away by a full waiting room. */
  rejected?: number;
}

export type StationMatch =
  | { ok: true; model: QueueModel; params: StationParams; figures: StationFigures; stable: boolean }
  | { ok: false; reason: Reason };

/** The station a component is, with the traffic each of its instances sees. */
export function matchStation(
  c: Server | Database | MessageQueue,
  stream: Stream | undefined,
  autoscaled: boolean,
): StationMatch {
  if (stream === undefined || stream.rate <= 0) return { ok: false, reason: "no-traffic" };
  if (stream.blocked !== undefined) return { ok: false, reason: stream.blocked };
  switch (c.type) {
    case "server":
      return matchServer(c, stream, autoscaled);
    case "database":
      if (c.replicas !== undefined && c.replicas.count > 0)
        return { ok: false, reason: "db-replicas" };
      if (c.shards > 1) return { ok: false, reason: "db-shards" };
      return matchQueue(
        service(stream, (cls) => (cls === "write" ? c.write : c.read)),
        { servers: c.connections, waiting: c.queue, instances: 1, hasCalls: false },
        stream.arrival,
        stream.rate,
      );
    case "queue":
      if (c.consumers.target !== undefined) return { ok: false, reason: "consumer-calls" };
      if (c.consumers.prefetch > 1) return { ok: false, reason: "prefetch" };
      return matchQueue(
        service(stream, () => c.consumers.service),
        {
          servers: Math.min(c.consumers.count, c.capacity),
          waiting: c.capacity - Math.min(c.consumers.count, c.capacity),
          instances: 1,
          hasCalls: true,
        },
        stream.arrival,
        stream.rate,
      );
  }
}

function matchServer(c: Server, stream: Stream, autoscaled: boolean): StationMatch {
  if (autoscaled) return { ok: false, reason: "autoscaled" };
  if (c.schedule !== undefined && c.schedule.length > 0) {
    return { ok: false, reason: "capacity-schedule" };
  }
  if (c.discipline === "codel" || c.discipline === "adaptive-lifo")
    return { ok: false, reason: "shedding" };
  if (c.adaptiveLimit !== undefined) return { ok: false, reason: "adaptive-limit" };
  if (c.blocking && c.calls.some((call) => call.mode === "sync"))
    return { ok: false, reason: "blocking-calls" };
  const s = service(stream, (cls) => serviceOf(c, cls));
  if (!(s.mean > 0 && Number.isFinite(s.mean))) return { ok: false, reason: "degenerate-service" };
  const arrival = stream.perInstance ? stream.arrival : dealtRoundRobin(stream.arrival, c.replicas);
  const rate = stream.rate / c.replicas;
  if (c.cores < c.workers) return processorSharing(c, s, arrival, rate);
  // Requests are dealt to instances one way or another; each instance is one station.
  const station = {
    servers: c.workers,
    waiting: c.queue,
    instances: c.replicas,
    hasCalls: c.calls.length > 0,
  };
  return matchQueue(s, station, arrival, stream.rate);
}

/**
 * Every r-th request of a stream, as a component's own round robin over r replicas deals them:
 * a sum of r interarrival times, so Erlang-r from a Poisson stream (Erlang-kr from Erlang-k).
 */
export function dealtRoundRobin(arrival: Arrival, replicas: number): Arrival {
  if (replicas === 1 || arrival.kind === "other") return arrival;
  if (arrival.kind === "h2" || arrival.kind === "batch") return BURSTY;
  const phases = arrival.kind === "poisson" ? 1 : arrival.phases;
  return { kind: "erlang", phases: phases * replicas };
}

interface Service extends Moments {
  /** Every class's service time is exponential with one mean. */
  exponential: boolean;
}

/** The service time of a request drawn from the stream's class mix. */
function service(stream: Stream, distOf: (cls: string) => Dist): Service {
  const parts = [...stream.classes].map(([cls, rate]) => ({ dist: distOf(cls), weight: rate }));
  const first = parts[0].dist;
  const exponential = parts.every(
    (p) => p.dist.dist === "exp" && first.dist === "exp" && p.dist.mean === first.mean,
  );
  return { ...mixtureMoments(parts), exponential };
}

/** A server's service time for a request class (a map falls back to its `default`). */
export function serviceOf(c: Server, cls: string): Dist {
  const s = c.service;
  if ("dist" in s && typeof s.dist === "string") return s as Dist;
  const map = s as Record<string, Dist>;
  return map[cls] ?? map.default;
}

interface Station {
  servers: number;
  /** Waiting room per instance, `Infinity` when unbounded. */
  waiting: number;
  instances: number;
  /** Calls after service: the component's latency is then more than wait and service. */
  hasCalls: boolean;
}

function matchQueue(s: Service, st: Station, arrival: Arrival, totalRate: number): StationMatch {
  if (!(s.mean > 0 && Number.isFinite(s.mean))) return { ok: false, reason: "degenerate-service" };
  const lambda = totalRate / st.instances;
  const mu = 1 / s.mean;
  const c = st.servers;
  const bounded = Number.isFinite(st.waiting);
  const params: StationParams = {
    arrivalRate: lambda,
    meanService: s.mean,
    scv: s.scv,
    servers: c,
    instances: st.instances,
    ...(bounded ? { capacity: c + st.waiting } : {}),
  };
  let model: QueueModel;
  let f: QueueFigures & { blocking?: number };
  if (arrival.kind === "other") return { ok: false, reason: arrival.reason };
  if (s.exponential && arrival.kind === "poisson" && !erlangWithinReach(lambda / mu, c))
    return { ok: false, reason: "too-large" };
  if (arrival.kind === "h2" || arrival.kind === "batch") {
    if (!s.exponential || c > 1 || bounded) return { ok: false, reason: "bursty-station" };
    if (arrival.kind === "h2") {
      model = "H2/M/1";
      params.arrivalScv = arrival.scv;
      f = h2m1(balancedH2(lambda, arrival.scv), mu);
    } else {
      model = "M^X/M/1";
      params.batch = arrival.size;
      f = bulkArrivals(lambda, arrival.size, mu);
    }
  } else if (arrival.kind === "erlang") {
    if (!s.exponential || c > 1 || bounded) return { ok: false, reason: "not-poisson" };
    model = arrival.phases === Infinity ? "D/M/1" : "E_k/M/1";
    params.phases = arrival.phases;
    f = ekm1(lambda, mu, arrival.phases);
  } else if (s.exponential) {
    if (bounded) {
      model = c === 1 ? "M/M/1/K" : "M/M/c/K";
      f = c === 1 ? mm1k(lambda, mu, c + st.waiting) : mmck(lambda, mu, c, c + st.waiting);
    } else {
      model = c === 1 ? "M/M/1" : "M/M/c";
      f = c === 1 ? mm1(lambda, mu) : mmc(lambda, mu, c);
    }
  } else {
    if (c > 1 || bounded) return { ok: false, reason: "general-service" };
    model = "M/G/1";
    f = mg1(lambda, s.mean, s.secondMoment);
  }
  const figures: StationFigures = {
    utilization: f.utilization,
    meanQueue: f.meanQueue * st.instances,
    meanWait: f.meanWait,
    ...(st.hasCalls ? {} : { meanResponse: f.meanSojourn }),
    ...(f.blocking === undefined ? {} : { rejected: f.blocking }),
  };
  return { ok: true, model, params, figures, stable: Number.isFinite(f.meanSojourn) };
}

/**
 * M^X/M/1 at `rate` requests per second (batches at rate/E[X]), as a station's figures: the
 * waiting requests L − ρ and a request's wait W − 1/μ follow from batchMm1's L and W.
 */
function bulkArrivals(rate: number, size: BatchSize, mu: number): QueueFigures {
  const f = batchMm1(rate / size.mean, size.mean, size.secondMoment, mu);
  return {
    utilization: f.utilization,
    meanInSystem: f.meanInSystem,
    meanQueue: f.meanInSystem - f.utilization,
    meanSojourn: f.meanSojourn,
    meanWait: f.meanSojourn - 1 / mu,
  };
}

/**
 * One core shared by the workers: with exponential service the total service rate is μ whenever
 * anyone is present, so the number present is that of M/M/1 whatever the worker count; with
 * other service times M/G/1-PS holds (insensitive, Kleinrock Vol. 2, ch. 4) only while the
 * worker limit is almost never reached, P(N >= workers) = ρ^workers <= 0.001.
 */
function processorSharing(c: Server, s: Service, arrival: Arrival, lambda: number): StationMatch {
  // With calls the latency holds more than the shared CPU, and nothing else compares.
  if (c.cores !== 1 || Number.isFinite(c.queue) || c.calls.length > 0)
    return { ok: false, reason: "shared-cpu" };
  if (arrival.kind !== "poisson")
    return {
      ok: false,
      reason:
        arrival.kind === "other"
          ? arrival.reason
          : arrival.kind === "erlang"
            ? "not-poisson"
            : "bursty-station",
    };
  const rho = lambda * s.mean;
  if (!s.exponential && powInt(rho, c.workers) > 1e-3) return { ok: false, reason: "shared-cpu" };
  const meanResponse = rho < 1 ? s.mean / (1 - rho) : Infinity;
  return {
    ok: true,
    model: s.exponential ? "M/M/1-PS" : "M/G/1-PS",
    params: {
      arrivalRate: lambda,
      meanService: s.mean,
      scv: s.scv,
      servers: 1,
      instances: c.replicas,
    },
    figures: { meanResponse },
    stable: rho < 1,
  };
}

/** True for the component types that are queueing stations. */
export function isStation(c: Component): c is Server | Database | MessageQueue {
  return c.type === "server" || c.type === "database" || c.type === "queue";
}
