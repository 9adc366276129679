import { exp } from "../math/exp";
import { log1p } from "../math/log";
import { requireNonNegative, requirePositive } from "./arguments";
import { divergentFigures, littleFigures, type QueueFigures } from "./figures";

/** E_k/M/1 figures, with the root σ that determines them all. */
export interface Ekm1Figures extends QueueFigures {
  /** σ: the probability that an arrival waits; arrivals see a geometric number present. */
  probWait: number;
}

/**
 * E_k/M/1: one exponential FCFS server of rate μ fed by a renewal stream whose interarrival
 * times are Erlang with k phases and mean 1/λ (squared coefficient of variation 1/k). It is the
 * queue each server sees when a Poisson stream of rate kλ is dealt round-robin over k identical
 * servers, each taking every k-th arrival. k = 1 is M/M/1; k = Infinity gives constant
 * interarrival times, D/M/1.
 *
 * As a GI/M/1 queue (Kleinrock, Queueing Systems Vol. 1, ch. 4 for E_r/M/1 and ch. 6 for G/M/m;
 * Gross & Harris, Fundamentals of Queueing Theory, GI/M/1), with ρ = λ/μ < 1 the number present
 * at an arrival is geometric with parameter σ, the unique root in (0, 1) of
 *
 *   σ = A*(μ(1-σ)),   A*(s) = (kλ/(kλ+s))^k   (e^(-s/λ) for D/M/1),
 *
 * the interarrival Laplace–Stieltjes transform. Then
 *
 *   P(wait) = σ,  Wq = σ/(μ(1-σ)),  W = 1/(μ(1-σ)),  Lq = λWq,  L = λW.
 *
 * σ is found by bisection to machine precision. When ρ >= 1, σ = 1 and the means are `Infinity`.
 */
export function ekm1(arrivalRate: number, serviceRate: number, phases: number): Ekm1Figures {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("serviceRate", serviceRate);
  if (!(phases === Infinity || (Number.isSafeInteger(phases) && phases >= 1))) {
    throw new RangeError(`phases must be an integer >= 1 or Infinity, got ${phases}`);
  }
  const rho = arrivalRate / serviceRate;
  if (rho >= 1) {
    return { ...divergentFigures(rho), probWait: 1 };
  }
  const sigma = arrivalRate === 0 ? 0 : gim1Root(serviceRate, erlangLst(arrivalRate, phases));
  const meanSojourn = 1 / (serviceRate * (1 - sigma));
  return { ...littleFigures(arrivalRate, rho, sigma * meanSojourn, meanSojourn), probWait: sigma };
}

/** The LST of an Erlang-k interarrival time of mean 1/λ, in log form so that large k is exact. */
function erlangLst(arrivalRate: number, phases: number): (s: number) => number {
  if (phases === Infinity) return (s) => exp(-s / arrivalRate);
  const phaseRate = phases * arrivalRate;
  return (s) => exp(-phases * log1p(s / phaseRate));
}

/**
 * The root in (0, 1) of f(σ) = A*(μ(1-σ)) - σ, for a stable GI/M/1 queue. f is convex with
 * f(0) = A*(μ) > 0 and f(1) = 0, and its slope at 1 is μ/λ - 1 > 0, so f is positive left of the
 * root and negative between it and 1: a sign test on the midpoint is enough.
 */
function gim1Root(serviceRate: number, lst: (s: number) => number): number {
  let lo = 0;
  let hi = 1;
  for (;;) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) return mid;
    if (lst(serviceRate * (1 - mid)) > mid) lo = mid;
    else hi = mid;
  }
}
