import { requirePositive } from "./arguments";
import { divergentFigures, littleFigures, type QueueFigures } from "./figures";

/** A two-phase hyper-exponential law: phase i with probability p_i, exponential at rate μ_i. */
export interface HyperExponential {
  p1: number;
  rate1: number;
  rate2: number;
}

/**
 * The balanced-means H2 with mean 1/λ and squared coefficient of variation c² >= 1 (Whitt,
 * "Approximating a Point Process by a Renewal Process", Operations Research 30(1), 1982):
 * p_1 = (1 + sqrt((c²−1)/(c²+1)))/2, μ_i = 2·p_i·λ, so each phase carries half the mean. The
 * engine draws `arrival: "hyperexp"` gaps from this law (src/sim/components/arrival-process.ts).
 */
export function balancedH2(rate: number, scv: number): HyperExponential {
  requirePositive("rate", rate);
  if (!(Number.isFinite(scv) && scv >= 1)) {
    throw new RangeError(`scv must be a finite number >= 1, got ${scv}`);
  }
  const s = Math.sqrt((scv - 1) / (scv + 1));
  const p2 = 1 / ((scv + 1) * (1 + s));
  const p1 = 1 - p2;
  return { p1, rate1: 2 * p1 * rate, rate2: 2 * p2 * rate };
}

/** The H2's Laplace–Stieltjes transform, A*(s) = Σ p_i μ_i / (μ_i + s). */
function transform(h: HyperExponential, s: number): number {
  return (h.p1 * h.rate1) / (h.rate1 + s) + ((1 - h.p1) * h.rate2) / (h.rate2 + s);
}

/** Bisection steps: each halves the bracket, so 200 reach the spacing of doubles near σ. */
const STEPS = 200;

/**
 * GI/M/1 with H2 interarrival times: one server, exponential service at rate μ, unlimited FCFS
 * queue (Kleinrock, Queueing Systems Vol. 1, §6.4; Gross & Harris, Fundamentals of Queueing
 * Theory, §6.3). An arrival finds the server busy with probability σ, the root in (0, 1) of
 *
 *   σ = A*(μ(1 − σ)),
 *
 * found here by bisection (A* is convex, so σ − A*(μ(1 − σ)) is negative below the root and
 * positive between it and 1); then Wq = σ/(μ(1 − σ)), W = Wq + 1/μ, and L, Lq by Little's law.
 * With ρ = λ/μ >= 1 there is no steady state and the means are Infinity.
 */
export function h2m1(
  arrival: HyperExponential,
  serviceRate: number,
): QueueFigures & { sigma: number } {
  requirePositive("serviceRate", serviceRate);
  const arrivalRate = 1 / (arrival.p1 / arrival.rate1 + (1 - arrival.p1) / arrival.rate2);
  const rho = arrivalRate / serviceRate;
  if (rho >= 1) {
    return { ...divergentFigures(rho), sigma: 1 };
  }
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (mid - transform(arrival, serviceRate * (1 - mid)) < 0) lo = mid;
    else hi = mid;
  }
  const sigma = (lo + hi) / 2;
  const meanWait = sigma / (serviceRate * (1 - sigma));
  return { ...littleFigures(arrivalRate, rho, meanWait, meanWait + 1 / serviceRate), sigma };
}

/**
 * Kingman's approximation of a GI/G/1 queue's mean wait ("On Queues in Heavy Traffic", JRSS B
 * 24(2), 1962): Wq ≈ ρ/(1 − ρ) · (c_a² + c_s²)/2 · E[S], exact for M/M/1 and M/G/1 and close
 * in heavy traffic. Infinity when ρ >= 1.
 */
export function kingmanWait(
  arrivalRate: number,
  arrivalScv: number,
  meanService: number,
  serviceScv: number,
): number {
  requirePositive("arrivalRate", arrivalRate);
  requirePositive("meanService", meanService);
  const rho = arrivalRate * meanService;
  if (rho >= 1) return Infinity;
  return (rho / (1 - rho)) * ((arrivalScv + serviceScv) / 2) * meanService;
}
