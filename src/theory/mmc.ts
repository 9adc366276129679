import { requireCount, requireNonNegative, requirePositive } from "./arguments";
import type { QueueFigures } from "./figures";

/**
 * Erlang B: the probability that an arrival finds all c servers busy and is lost, in the M/M/c/c
 * loss system with offered load a = λ/μ erlangs (Kleinrock, Queueing Systems Vol. 1, §3.7;
 * Gross & Harris, Fundamentals of Queueing Theory, ch. 2). Insensitive to the service
 * distribution beyond its mean.
 *
 * Computed by the recurrence B(0) = 1, B(k) = a·B(k-1)/(k + a·B(k-1)), which never forms a^c or
 * c! and so stays accurate for thousands of servers.
 */
export function erlangB(offeredLoad: number, servers: number): number {
  requireNonNegative("offeredLoad", offeredLoad);
  requireCount("servers", servers, 0);
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
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
    return {
      utilization: rho,
      meanInSystem: Infinity,
      meanQueue: Infinity,
      meanSojourn: Infinity,
      meanWait: Infinity,
      probWait,
    };
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
