import type { Dist } from "../scenario/types";

/** The first two moments of a scenario's random duration, and whether it is exponential. */
export interface Moments {
  mean: number;
  /** E[S²]; `Infinity` for a Pareto tail with α <= 2. */
  secondMoment: number;
  /** Squared coefficient of variation, Var[S]/E[S]² (0 constant, 1/k Erlang-k, 1 exponential). */
  scv: number;
}

/**
 * Moments of each Dist of the format (docs/scenario-format.md): uniform on [a, b] has variance
 * (b-a)²/12; lognormal is given by its mean and cv; Erlang-k has scv 1/k; Pareto(x_m, α) has
 * mean αx_m/(α-1) for α > 1 and E[S²] = αx_m²/(α-2) for α > 2 (Johnson, Kotz & Balakrishnan,
 * Continuous Univariate Distributions, vol. 1, ch. 20).
 */
export function momentsOf(d: Dist): Moments {
  switch (d.dist) {
    case "const":
      return withScv(d.value, 0);
    case "exp":
      return withScv(d.mean, 1);
    case "uniform": {
      const mean = (d.min + d.max) / 2;
      return withScv(mean, mean > 0 ? ((d.max - d.min) * (d.max - d.min)) / 12 / (mean * mean) : 0);
    }
    case "lognormal":
      return withScv(d.mean, d.cv * d.cv);
    case "erlang":
      return withScv(d.mean, 1 / d.k);
    case "pareto": {
      const mean = d.alpha > 1 ? (d.alpha * d.min) / (d.alpha - 1) : Infinity;
      const secondMoment = d.alpha > 2 ? (d.alpha * d.min * d.min) / (d.alpha - 2) : Infinity;
      return { mean, secondMoment, scv: secondMoment / (mean * mean) - 1 };
    }
  }
}

function withScv(mean: number, scv: number): Moments {
  return { mean, secondMoment: (1 + scv) * mean * mean, scv };
}

/**
 * The moments of a mixture: a duration drawn from `parts[i].dist` with probability
 * `parts[i].weight / Σ weights` (a service map under a class mix). Means and second moments
 * average; the scv follows from them.
 */
export function mixtureMoments(parts: readonly { dist: Dist; weight: number }[]): Moments {
  let total = 0;
  let mean = 0;
  let second = 0;
  for (const p of parts) {
    const m = momentsOf(p.dist);
    total += p.weight;
    mean += p.weight * m.mean;
    second += p.weight * m.secondMoment;
  }
  mean /= total;
  second /= total;
  return { mean, secondMoment: second, scv: second / (mean * mean) - 1 };
}
