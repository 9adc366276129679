import { requireCount } from "./arguments";
import type { QueueFigures } from "./figures";
import { mmck } from "./mmck";

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
 * It is M/M/c/K with one server, computed as mmck does: the closed forms lose all precision as ρ
 * approaches 1 and overflow for large ρ^K, and a sum term by term would take as long as K is
 * large; mmck's sums are exact at ρ = 1 and take O(log K) steps.
 */
export function mm1k(arrivalRate: number, serviceRate: number, capacity: number): Mm1kFigures {
  requireCount("capacity", capacity, 1);
  return mmck(arrivalRate, serviceRate, 1, capacity);
}
