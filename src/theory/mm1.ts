import { log1p } from "../math/log";
import { requireNonNegative, requirePositive } from "./arguments";
import { divergentFigures, littleFigures, type QueueFigures } from "./figures";

/**
 * M/M/1: Poisson arrivals at rate λ, one server, exponential service at rate μ, unlimited FCFS
 * queue. With ρ = λ/μ < 1 (Kleinrock, Queueing Systems Vol. 1, §3.2; Harchol-Balter,
 * Performance Modeling and Design of Computer Systems, ch. 13):
 *
 *   L = ρ/(1-ρ),  Lq = ρ²/(1-ρ),  W = 1/(μ-λ),  Wq = ρ/(μ-λ).
 *
 * When ρ >= 1 there is no steady state: `utilization` is still ρ (the offered load) and the four
 * means are `Infinity`.
 */
export function mm1(arrivalRate: number, serviceRate: number): QueueFigures {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("serviceRate", serviceRate);
  const rho = arrivalRate / serviceRate;
  if (rho >= 1) return divergentFigures(rho);
  const slack = serviceRate - arrivalRate;
  return littleFigures(arrivalRate, rho, rho / slack, 1 / slack);
}

/**
 * The q-quantile of the M/M/1 sojourn time (q = 0.99 for the p99). Under FCFS the sojourn is
 * exponential with rate μ-λ (Kleinrock Vol. 1, ch. 5, from the P-K transform equation;
 * Gross & Harris, Fundamentals of Queueing Theory, ch. 2), so
 *
 *   t_q = -ln(1-q)/(μ-λ).
 *
 * `Infinity` when ρ >= 1 or q = 1.
 */
export function mm1SojournQuantile(arrivalRate: number, serviceRate: number, q: number): number {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("serviceRate", serviceRate);
  if (!(q >= 0 && q <= 1)) throw new RangeError(`q must be in [0, 1], got ${q}`);
  if (arrivalRate >= serviceRate) return Infinity;
  return -log1p(-q) / (serviceRate - arrivalRate);
}
