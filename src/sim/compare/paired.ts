/**
 * Paired comparison of variants run on common random numbers: replication i of every variant
 * uses the same seed, so where the variants share clients and components they see the same
 * arrivals and service draws. The difference B − A of each replication then holds little of the
 * luck both runs shared, and the 95% Student-t interval of the n paired differences is far
 * narrower than that of two independent samples (Law, "Simulation Modeling and Analysis", 5th
 * ed., §10.2.1 (paired-t confidence interval) and §11.2 (common random numbers)).
 */
import { meanAndHalfWidth } from "../stats/confidence";
import type { Summary } from "../summary";
import { figuresOf, preferred } from "./figures";

/**
 * `better` and `worse` for a figure with a preferred direction, `different` for one without;
 * `same` when the interval holds 0, i.e. no difference could be told from the noise.
 */
export type Verdict = "better" | "worse" | "different" | "same";

export interface Difference {
  /** Mean of variant minus baseline over the paired replications. */
  mean: number;
  /** Half-width of its 95% paired-t confidence interval: mean ± halfWidth. */
  halfWidth: number;
  /** Whether the interval excludes 0. */
  significant: boolean;
  verdict: Verdict;
}

export interface FigureComparison {
  /** Dotted path into the summary: `latency.p99`, `components.web.utilization`, `cost.total`. */
  figure: string;
  /** Per variant, the mean over its replications; null where the variant has no such figure. */
  means: (number | null)[];
  /** Per variant, the 95% half-width of that mean on its own; null likewise. */
  halfWidths: (number | null)[];
  /**
   * Per variant after the first, its difference from the first (the baseline); null when
   * either lacks the figure, e.g. a component only one of them has.
   */
  differences: (Difference | null)[];
}

export interface Comparison {
  variants: string[];
  replications: number;
  /** Every figure of any variant, in the order of the baseline's summary, then the others'. */
  figures: FigureComparison[];
}

/**
 * Compares `runs[v][i]`, replication i of variant v, where replication i of every variant ran
 * on the same seed. Needs at least 2 replications, each variant as many.
 */
export function comparePaired(
  names: readonly string[],
  runs: readonly (readonly Summary[])[],
): Comparison {
  const n = runs[0]?.length ?? 0;
  if (runs.length !== names.length || runs.length < 2) {
    throw new RangeError("comparePaired needs two variants or more, each with a name");
  }
  if (n < 2 || runs.some((r) => r.length !== n)) {
    throw new RangeError("comparePaired needs the same number of replications, >= 2, per variant");
  }
  const tables = runs.map((variant) => variant.map(figuresOf));
  const order = new Set<string>();
  for (const variant of tables) for (const run of variant) for (const f of run.keys()) order.add(f);
  const figures = [...order].map((figure) => compareFigure(figure, tables));
  return { variants: [...names], replications: n, figures };
}

function compareFigure(figure: string, tables: Map<string, number>[][]): FigureComparison {
  // A figure counts for a variant only if all its replications have it (a component that
  // exists in some runs only, such as a balancer's backend never used, is not comparable).
  const samples = tables.map((variant) => {
    const values = variant.map((run) => run.get(figure));
    return values.every((v) => v !== undefined) ? (values as number[]) : null;
  });
  const own = samples.map((xs) => (xs === null ? null : meanAndHalfWidth(xs)));
  const base = samples[0];
  const differences = samples.slice(1).map((xs) => {
    if (xs === null || base === null) return null;
    const { mean, halfWidth } = meanAndHalfWidth(xs.map((x, i) => x - base[i]));
    return difference(figure, mean, halfWidth);
  });
  return {
    figure,
    means: own.map((e) => e?.mean ?? null),
    halfWidths: own.map((e) => e?.halfWidth ?? null),
    differences,
  };
}

function difference(figure: string, mean: number, halfWidth: number): Difference {
  // Identical variants give differences of exactly 0: a half-width of 0 then holds 0 too.
  const significant = Math.abs(mean) > halfWidth;
  const direction = preferred(figure);
  let verdict: Verdict = "same";
  if (significant) {
    if (direction === undefined) verdict = "different";
    else verdict = (direction === "lower") === mean < 0 ? "better" : "worse";
  }
  return { mean, halfWidth, significant, verdict };
}
