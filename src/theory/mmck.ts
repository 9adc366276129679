import { exp } from "../math/exp";
import { log } from "../math/log";
import { requireCount, requireNonNegative, requirePositive } from "./arguments";
import type { Mm1kFigures } from "./mm1k";

/**
 * M/M/c/K: Poisson arrivals at rate λ, c exponential servers of rate μ each, room for K requests
 * in all (c in service, K-c waiting); an arrival that finds K present is rejected (Kleinrock,
 * Queueing Systems Vol. 1, §3.6; Gross & Harris, Fundamentals of Queueing Theory, §2.5). With
 * a = λ/μ, the number present is a truncated birth-death distribution,
 *
 *   P_n ∝ a^n / n!              for n <= c,
 *   P_n ∝ a^c / c! · (a/c)^(n-c)  for c < n <= K,
 *
 * and always has a steady state. `utilization` is the mean busy servers over c, (L - Lq)/c;
 * W and Wq follow from Little's law on the accepted arrivals λ(1 - P_K). c = 1 is M/M/1/K.
 *
 * The terms are built by the ratio P_n/P_(n-1) = a/min(n, c) in logarithms and scaled by the
 * largest before summing, so neither a^n nor n! is ever formed.
 */
export function mmck(
  arrivalRate: number,
  serviceRate: number,
  servers: number,
  capacity: number,
): Mm1kFigures {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("serviceRate", serviceRate);
  requireCount("servers", servers, 1);
  requireCount("capacity", capacity, servers);
  const a = arrivalRate / serviceRate;
  if (a === 0) {
    return {
      utilization: 0,
      meanInSystem: 0,
      meanQueue: 0,
      meanSojourn: 1 / serviceRate,
      meanWait: 0,
      blocking: 0,
      throughput: 0,
    };
  }
  const logs = new Float64Array(capacity + 1);
  let largest = 0;
  for (let n = 1; n <= capacity; n++) {
    logs[n] = logs[n - 1] + log(a / Math.min(n, servers));
    if (logs[n] > largest) largest = logs[n];
  }
  let total = 0;
  let inSystem = 0;
  let waiting = 0;
  for (let n = 0; n <= capacity; n++) {
    const w = exp(logs[n] - largest);
    total += w;
    inSystem += n * w;
    if (n > servers) waiting += (n - servers) * w;
  }
  const blocking = exp(logs[capacity] - largest) / total;
  const meanInSystem = inSystem / total;
  const meanQueue = waiting / total;
  const throughput = arrivalRate * (1 - blocking);
  return {
    utilization: (meanInSystem - meanQueue) / servers,
    meanInSystem,
    meanQueue,
    meanSojourn: meanInSystem / throughput,
    meanWait: meanQueue / throughput,
    blocking,
    throughput,
  };
}
