import { requireCount, requireNonNegative, requirePositive } from "./arguments";
import { backwardSums, forwardSums } from "./geometric";
import type { Mm1kFigures } from "./mm1k";
import { erlangB } from "./mmc";

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
 * The places up to c hold Erlang's truncated Poisson, whose weight beside P_c is 1/B (Erlang B,
 * bounded by the load, not c); the waiting places hold a geometric of ratio ρ = a/c, summed in
 * O(log(K-c)) steps (geometric.ts), scaled to P_c when ρ <= 1 and to P_K when ρ > 1 so that no
 * power of ρ overflows. The work therefore does not grow with c or K: a billion places cost what
 * ten do.
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
  const loss = erlangB(a, servers);
  const rho = a / servers;
  const places = capacity - servers;
  let total: number;
  let inSystem: number;
  let waiting: number;
  let full: number;
  if (rho <= 1) {
    // Weights beside P_c = B (the Poisson part sums to 1 after scaling by B).
    const g = forwardSums(rho, places);
    total = 1 + loss * g.sum;
    inSystem = a * (1 - loss) + loss * (servers * g.sum + g.weighted);
    waiting = loss * g.weighted;
    full = loss * g.last;
  } else {
    // Weights beside P_K = 1: P_c is ρ^-(K-c) of it.
    const g = backwardSums(1 / rho, places);
    const atServers = g.power / loss;
    total = atServers + g.sum;
    inSystem = a * (atServers - g.power) + servers * g.sum + g.weighted;
    waiting = g.weighted;
    full = 1;
  }
  const blocking = full / total;
  const meanInSystem = inSystem / total;
  const meanQueue = waiting / total;
  // Departures never exceed cμ; the rounding of 1 - blocking could put them a few ulps past it.
  const throughput = Math.min(arrivalRate * (1 - blocking), servers * serviceRate);
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
