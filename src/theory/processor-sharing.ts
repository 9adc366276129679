import { requireNonNegative, requirePositive } from "./arguments";

/**
 * The figures of a processor-sharing server. Nobody waits in line under PS (every request
 * present is served at once, each at rate 1/n), so there is no Lq or Wq to report.
 */
export interface PsFigures {
  /** ρ = λE[S]: the fraction of time the server is busy. */
  utilization: number;
  /** L = ρ/(1-ρ). */
  meanInSystem: number;
  /** W = E[S]/(1-ρ). */
  meanSojourn: number;
}

/**
 * M/G/1-PS: Poisson arrivals at rate λ, one server shared equally by all requests present
 * (egalitarian processor sharing, the limit of round-robin with a vanishing quantum), service
 * requirements of any distribution with mean E[S]. With ρ = λE[S] < 1 (Kleinrock, Queueing
 * Systems Vol. 2, ch. 4, time-sharing; Harchol-Balter, Performance Modeling and Design of
 * Computer Systems, ch. 30):
 *
 *   W = E[S]/(1-ρ),  L = ρ/(1-ρ),
 *
 * the M/M/1 figures, whatever the service distribution: PS is insensitive. `Infinity` when ρ >= 1.
 */
export function mg1Ps(arrivalRate: number, meanService: number): PsFigures {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("meanService", meanService);
  const rho = arrivalRate * meanService;
  if (rho >= 1) return { utilization: rho, meanInSystem: Infinity, meanSojourn: Infinity };
  return {
    utilization: rho,
    meanInSystem: rho / (1 - rho),
    meanSojourn: meanService / (1 - rho),
  };
}

/**
 * The mean M/G/1-PS sojourn of a request that needs `size` seconds of service: size/(1-ρ), so
 * every request sees the same slowdown 1/(1-ρ) whatever its size (Kleinrock Vol. 2, ch. 4;
 * Harchol-Balter ch. 30). `Infinity` when ρ >= 1 and size > 0.
 */
export function mg1PsSojournForSize(
  arrivalRate: number,
  meanService: number,
  size: number,
): number {
  requireNonNegative("size", size);
  const { utilization } = mg1Ps(arrivalRate, meanService);
  if (size === 0) return 0;
  return utilization >= 1 ? Infinity : size / (1 - utilization);
}
