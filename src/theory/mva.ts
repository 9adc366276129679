import { requireCount, requireNonNegative } from "./arguments";

/**
 * A station of a closed network, by its service demand D_k = visits × mean service time: the
 * seconds of its time one user interaction needs in all.
 */
export interface MvaStation {
  /** "queue": one exponential FCFS server (or PS); "delay": infinite servers, no waiting. */
  kind: "queue" | "delay";
  /** D_k, seconds per interaction. */
  demand: number;
}

export interface MvaFigures {
  /** X(N): interactions completed per second. */
  throughput: number;
  /** R(N) = Σ_k R_k: mean response time of one interaction, excluding think time. */
  responseTime: number;
  /** R_k(N): mean seconds per interaction spent at each station, queueing included. */
  residenceTimes: number[];
  /** Q_k(N) = X·R_k: mean users at each station. */
  queueLengths: number[];
  /** U_k = X·D_k: busy fraction of each queueing station (mean users busy at a delay station). */
  utilizations: number[];
}

/**
 * Exact Mean Value Analysis of a closed, single-class product-form network (Reiser & Lavenberg,
 * "Mean-Value Analysis of Closed Multichain Queuing Networks", JACM 27(2), 1980; Lazowska et al.,
 * Quantitative System Performance, ch. 6): N users cycle between thinking for a mean Z seconds
 * and submitting an interaction that visits the stations. By the arrival theorem, a user arriving
 * at a station sees the mean queue of the network with one user fewer, so for n = 1..N:
 *
 *   R_k(n) = D_k·(1 + Q_k(n-1))  at a queueing station,   R_k(n) = D_k  at a delay station,
 *   X(n) = n / (Z + Σ_k R_k(n)),   Q_k(n) = X(n)·R_k(n).
 *
 * Queueing stations must be single-server with exponential service (or processor sharing with
 * any service distribution) for the result to be exact. With N = 0 the throughput is 0 and the
 * response time is that of a lone user, Σ D_k. O(N·K) time.
 */
export function mva(users: number, thinkTime: number, stations: readonly MvaStation[]): MvaFigures {
  requireCount("users", users, 0);
  requireNonNegative("thinkTime", thinkTime);
  stations.forEach((s, k) => {
    requireNonNegative(`stations[${k}].demand`, s.demand);
  });
  const totalDemand = stations.reduce((sum, s) => sum + s.demand, 0);
  if (users > 0 && thinkTime + totalDemand === 0) {
    throw new RangeError("a closed network with users needs some think time or demand");
  }
  const residenceTimes = stations.map((s) => s.demand);
  const queueLengths = stations.map(() => 0);
  let throughput = 0;
  let responseTime = totalDemand;
  for (let n = 1; n <= users; n++) {
    responseTime = 0;
    for (let k = 0; k < stations.length; k++) {
      const { kind, demand } = stations[k];
      residenceTimes[k] = kind === "delay" ? demand : demand * (1 + queueLengths[k]);
      responseTime += residenceTimes[k];
    }
    throughput = n / (thinkTime + responseTime);
    for (let k = 0; k < stations.length; k++) queueLengths[k] = throughput * residenceTimes[k];
  }
  return {
    throughput,
    responseTime,
    residenceTimes,
    queueLengths,
    utilizations: stations.map((s) => throughput * s.demand),
  };
}
