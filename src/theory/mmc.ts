import { requireCount, requireNonNegative, requirePositive } from "./arguments";
import { divergentFigures, type QueueFigures } from "./figures";

/**
 * The largest offered load, in erlangs, that the Erlang formulas here are computed for. Their
 * series takes up to about 25·√a terms when the servers are near the load (some 250,000 here, a
 * millisecond or two); beyond it theory beside simulation says the station is too large for the
 * closed form instead of computing.
 */
export const MAX_OFFERED_LOAD = 1e8;

/**
 * True when erlangB computes in bounded time: a load within MAX_OFFERED_LOAD, or servers at most
 * half the load, whose terms then fall by half or more each and end within a few dozen.
 */
export function erlangWithinReach(offeredLoad: number, servers: number): boolean {
  return offeredLoad <= MAX_OFFERED_LOAD || servers <= offeredLoad / 2;
}

/**
 * Erlang B: the probability that an arrival finds all c servers busy and is lost, in the M/M/c/c
 * loss system with offered load a = λ/μ erlangs (Kleinrock, Queueing Systems Vol. 1, §3.7;
 * Gross & Harris, Fundamentals of Queueing Theory, ch. 2). Insensitive to the service
 * distribution beyond its mean.
 *
 * Computed as 1/B = Σ_{j=0..c} c!/((c-j)!·a^j), whose terms are built by their ratio (c-j+1)/a,
 * so neither a^c nor c! is formed, and the sum stops once the rest of it cannot change it (or
 * once B is below 1e-300). That bounds the work by the load, not by c: a billion servers offered
 * ten erlangs take a few dozen terms.
 */
export function erlangB(offeredLoad: number, servers: number): number {
  requireNonNegative("offeredLoad", offeredLoad);
  requireCount("servers", servers, 0);
  if (!erlangWithinReach(offeredLoad, servers)) {
    throw new RangeError(
      `offeredLoad must be at most ${MAX_OFFERED_LOAD} or twice the servers, got ${offeredLoad}`,
    );
  }
  if (servers === 0) return 1;
  if (offeredLoad === 0) return 0;
  let sum = 1;
  let term = 1;
  for (let j = 1; j <= servers; j++) {
    const ratio = (servers - j + 1) / offeredLoad;
    term *= ratio;
    sum += term;
    if (sum > 1e300) return 0;
    // Falling terms: what is left is below term·ratio/(1 - ratio).
    if (ratio < 1 && term * ratio < sum * 1e-17 * (1 - ratio)) break;
  }
  return 1 / sum;
}

/**
 * Erlang C: the probability that an arrival to M/M/c must wait, with offered load a = λ/μ
 * erlangs and per-server load ρ = a/c (Kleinrock Vol. 1, §3.5; Harchol-Balter, Performance Modeling
 * and Design of Computer Systems, ch. 14). From Erlang B:
 *
 *   C = B / (1 - ρ(1 - B)).
 *
 * 1 when ρ >= 1: every arrival waits, eventually forever.
 */
export function erlangC(offeredLoad: number, servers: number): number {
  requireNonNegative("offeredLoad", offeredLoad);
  requireCount("servers", servers, 1);
  const rho = offeredLoad / servers;
  if (rho >= 1) return 1;
  const b = erlangB(offeredLoad, servers);
  return b / (1 - rho * (1 - b));
}

/** M/M/c figures, with the Erlang C probability of waiting. */
export interface MmcFigures extends QueueFigures {
  /** C(c, a): the probability that an arrival waits. */
  probWait: number;
}

/**
 * M/M/c: Poisson arrivals at rate λ, c identical servers each of exponential rate μ, one shared
 * unlimited FCFS queue (Kleinrock Vol. 1, §3.5; Harchol-Balter ch. 14). With a = λ/μ, ρ = a/c < 1:
 *
 *   Wq = C/(cμ - λ),  W = Wq + 1/μ,  Lq = λ·Wq,  L = Lq + a.
 *
 * When ρ >= 1 the means are `Infinity` and `utilization` is the offered load per server ρ.
 */
export function mmc(arrivalRate: number, serviceRate: number, servers: number): MmcFigures {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("serviceRate", serviceRate);
  requireCount("servers", servers, 1);
  const a = arrivalRate / serviceRate;
  const rho = a / servers;
  const probWait = erlangC(a, servers);
  if (rho >= 1) {
    return { ...divergentFigures(rho), probWait };
  }
  const meanWait = probWait / (servers * serviceRate - arrivalRate);
  const meanQueue = arrivalRate * meanWait;
  return {
    utilization: rho,
    meanInSystem: meanQueue + a,
    meanQueue,
    meanSojourn: meanWait + 1 / serviceRate,
    meanWait,
    probWait,
  };
}
