import { requireNonNegative, requirePositive } from "./arguments";

/** One class of an M/G/1 queue with priorities: Poisson arrivals, its own service law. */
export interface PriorityClass {
  /** λ_k, requests per second. */
  arrivalRate: number;
  /** E[S_k], seconds. */
  meanService: number;
  /** E[S_k²], s²: 2·E[S]² for exponential service, E[S]² for constant. */
  serviceSecondMoment: number;
}

export interface PriorityClassFigures {
  /** Mean wait before service first starts. */
  meanWait: number;
  /** Mean sojourn, arrival to departure. */
  meanSojourn: number;
}

/** An exponentially served class (E[S²] = 2·E[S]²), for M/M/1 with priorities. */
export function exponentialClass(arrivalRate: number, meanService: number): PriorityClass {
  return { arrivalRate, meanService, serviceSecondMoment: 2 * meanService * meanService };
}

/**
 * σ_k, the load of classes 1..k, for k = 0..K (σ_0 = 0), and R_k = Σ_{i<=k} λ_i·E[S_i²]/2, the
 * mean residual work of those classes found in service by an arrival.
 */
function loads(classes: readonly PriorityClass[]): { sigma: number[]; residual: number[] } {
  const sigma = [0];
  const residual = [0];
  for (const c of classes) {
    requireNonNegative("arrivalRate", c.arrivalRate);
    requirePositive("meanService", c.meanService);
    requirePositive("serviceSecondMoment", c.serviceSecondMoment);
    sigma.push(sigma[sigma.length - 1] + c.arrivalRate * c.meanService);
    residual.push(residual[residual.length - 1] + (c.arrivalRate * c.serviceSecondMoment) / 2);
  }
  return { sigma, residual };
}

/**
 * M/G/1 with non-preemptive priorities, classes given most urgent first, FCFS within a class
 * (Cobham, "Priority assignment in waiting line problems", Operations Research 2, 1954;
 * Kleinrock, Queueing Systems Vol. 2, §3.6):
 *
 *   W_k = W0 / ((1 - σ_{k-1})(1 - σ_k)),  W0 = Σ_i λ_i·E[S_i²]/2 over every class,
 *
 * since a request waits for the residual work in service whatever its class. A class whose
 * σ_k reaches 1 has no steady state: its figures are Infinity, the more urgent ones still hold.
 */
export function nonPreemptivePriority(classes: readonly PriorityClass[]): PriorityClassFigures[] {
  const { sigma, residual } = loads(classes);
  const w0 = residual[classes.length];
  return classes.map((c, i) => {
    const k = i + 1;
    if (sigma[k] >= 1) return { meanWait: Infinity, meanSojourn: Infinity };
    const meanWait = w0 / ((1 - sigma[k - 1]) * (1 - sigma[k]));
    return { meanWait, meanSojourn: meanWait + c.meanService };
  });
}

/**
 * M/G/1 with preemptive-resume priorities, classes most urgent first: a class sees only the
 * classes above it and itself (Kleinrock Vol. 2, §3.7; Harchol-Balter, Performance Modeling
 * and Design of Computer Systems, §32.3):
 *
 *   T_k = E[S_k]/(1 - σ_{k-1}) + R_k / ((1 - σ_{k-1})(1 - σ_k)),
 *
 * the first term its service stretched by the more urgent arrivals during it, the second its
 * wait for the work of its own and more urgent classes. `meanWait` is T_k - E[S_k].
 */
export function preemptiveResumePriority(
  classes: readonly PriorityClass[],
): PriorityClassFigures[] {
  const { sigma, residual } = loads(classes);
  return classes.map((c, i) => {
    const k = i + 1;
    if (sigma[k] >= 1) return { meanWait: Infinity, meanSojourn: Infinity };
    const meanSojourn =
      c.meanService / (1 - sigma[k - 1]) + residual[k] / ((1 - sigma[k - 1]) * (1 - sigma[k]));
    return { meanWait: meanSojourn - c.meanService, meanSojourn };
  });
}
