import { requireNonNegative, requirePositive } from "./arguments";
import { divergentFigures, littleFigures, type QueueFigures } from "./figures";

/**
 * M/G/1 by the Pollaczek–Khinchine mean-value formula: Poisson arrivals at rate λ, one FCFS
 * server, independent service times S of any distribution with mean E[S] and second moment
 * E[S²] (Kleinrock, Queueing Systems Vol. 1, ch. 5; Gross & Harris, Fundamentals of Queueing
 * Theory, ch. 5; Harchol-Balter, Performance Modeling and Design of Computer Systems, ch. 23).
 * With ρ = λE[S] < 1:
 *
 *   Wq = λE[S²] / (2(1-ρ)),  W = Wq + E[S],  Lq = λWq,  L = λW.
 *
 * `secondMoment` may be `Infinity` (a heavy tail such as Pareto with α <= 2): the means are then
 * `Infinity` although the server is stable. They are also `Infinity` when ρ >= 1.
 */
export function mg1(arrivalRate: number, meanService: number, secondMoment: number): QueueFigures {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("meanService", meanService);
  // E[S²] >= E[S]² for every distribution (Jensen); the slack absorbs rounding in callers.
  if (!(secondMoment >= meanService * meanService * (1 - 1e-12))) {
    throw new RangeError(
      `secondMoment must be >= meanService² = ${meanService * meanService}, got ${secondMoment}`,
    );
  }
  const rho = arrivalRate * meanService;
  if (rho >= 1 || secondMoment === Infinity) return divergentFigures(rho);
  const meanWait = (arrivalRate * secondMoment) / (2 * (1 - rho));
  return littleFigures(arrivalRate, rho, meanWait, meanWait + meanService);
}

/**
 * M/G/1 given the squared coefficient of variation of service, SCV = Var[S]/E[S]², so that
 * E[S²] = (1 + SCV)·E[S]² and Wq = ρ·E[S]·(1 + SCV) / (2(1-ρ)). SCV is 0 for constant service,
 * 1/k for Erlang-k, 1 for exponential.
 */
export function mg1WithScv(arrivalRate: number, meanService: number, scv: number): QueueFigures {
  requirePositive("meanService", meanService);
  if (!(scv >= 0)) throw new RangeError(`scv must be >= 0, got ${scv}`);
  return mg1(arrivalRate, meanService, (1 + scv) * meanService * meanService);
}

/** M/D/1: constant service time, so Wq = ρ·E[S] / (2(1-ρ)), half the M/M/1 wait. */
export function md1(arrivalRate: number, serviceTime: number): QueueFigures {
  return mg1WithScv(arrivalRate, serviceTime, 0);
}
