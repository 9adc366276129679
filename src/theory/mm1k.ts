import { powInt } from "../math/pow";
import { requireCount, requireNonNegative, requirePositive } from "./arguments";
import type { QueueFigures } from "./figures";

/** M/M/1/K figures: those of a queue plus what the full buffer turns away. */
export interface Mm1kFigures extends QueueFigures {
  /** P_K: the probability that an arrival finds the station full and is rejected. */
  blocking: number;
  /** Accepted arrivals per second, λ(1 - P_K), equal to the departure rate. */
  throughput: number;
}

/**
 * M/M/1/K: Poisson arrivals at rate λ, one exponential server of rate μ, room for K requests in
 * all (one in service, K-1 waiting); an arrival that finds K present is rejected (Kleinrock,
 * Queueing Systems Vol. 1, §3.6; Gross & Harris, Fundamentals of Queueing Theory, ch. 2). With
 * ρ = λ/μ, the number present is a truncated geometric,
 *
 *   P_n = ρ^n (1-ρ) / (1-ρ^(K+1)),   or 1/(K+1) when ρ = 1,
 *
 * and always has a steady state, whatever ρ. `utilization` is the busy fraction 1 - P_0; W and Wq
 * follow from Little's law on accepted arrivals, λ(1 - P_K).
 *
 * The distribution is summed term by term, scaled by the largest term, rather than through the
 * closed forms, which lose all precision as ρ approaches 1 and overflow for large ρ^K.
 */
export function mm1k(arrivalRate: number, serviceRate: number, capacity: number): Mm1kFigures {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("serviceRate", serviceRate);
  requireCount("capacity", capacity, 1);
  const rho = arrivalRate / serviceRate;
  // Unnormalised P_n, scaled so the largest of them (n = 0 if ρ <= 1, n = K otherwise) is 1.
  const weight = (n: number) => (rho <= 1 ? powInt(rho, n) : powInt(1 / rho, capacity - n));
  let total = 0;
  let weightedCount = 0;
  let weightedWaiting = 0;
  for (let n = 0; n <= capacity; n++) {
    const w = weight(n);
    total += w;
    weightedCount += n * w;
    if (n > 1) weightedWaiting += (n - 1) * w;
  }
  const empty = weight(0) / total;
  const blocking = weight(capacity) / total;
  const meanInSystem = weightedCount / total;
  const utilization = 1 - empty;
  const meanQueue = weightedWaiting / total;
  const throughput = arrivalRate * (1 - blocking);
  // With no arrivals Little's law is 0/0; the limit as λ -> 0 is a lone request's service time.
  if (throughput === 0) {
    return {
      utilization,
      meanInSystem,
      meanQueue,
      meanSojourn: 1 / serviceRate,
      meanWait: 0,
      blocking,
      throughput,
    };
  }
  return {
    utilization,
    meanInSystem,
    meanQueue,
    meanSojourn: meanInSystem / throughput,
    meanWait: meanQueue / throughput,
    blocking,
    throughput,
  };
}
