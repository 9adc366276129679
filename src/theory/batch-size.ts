import { exp } from "../math/exp";
import { MAX_BATCH } from "../scenario/arrivals";
import type { Dist } from "../scenario/types";

/** The first two moments of the number of requests an arrival brings. */
export interface BatchSize {
  mean: number;
  secondMoment: number;
}

/**
 * The moments of a batch's size as the engine draws it (src/sim/components/arrival-process.ts):
 * X = round(D) clamped to [1, MAX_BATCH], D a draw of the batch Dist, so X = k exactly when
 * k − ½ <= D < k + ½, the ends taking the clamped tails. Computed where D's distribution
 * function is elementary (constant, uniform, exponential); `undefined` for the other laws, whose
 * rounded moments no formula here gives.
 */
export function batchSizeMoments(d: Dist): BatchSize | undefined {
  switch (d.dist) {
    case "const": {
      const x = clampSize(Math.round(d.value));
      return { mean: x, secondMoment: x * x };
    }
    case "uniform": {
      if (d.max === d.min) return batchSizeMoments({ dist: "const", value: d.min });
      const width = d.max - d.min;
      const above = (x: number) => Math.min(1, Math.max(0, (d.max - x) / width));
      return sum(clampSize(Math.round(d.min)), clampSize(Math.round(d.max)), above);
    }
    case "exp":
      return sum(1, MAX_BATCH, (x) => exp(-x / d.mean));
    default:
      return undefined;
  }
}

function clampSize(x: number): number {
  return Math.min(MAX_BATCH, Math.max(1, x));
}

/**
 * Σ k^j·P(X = k) over the sizes from `lo` to `hi`, from P(D > x): differences of the upper tail
 * keep their digits where those of the distribution function, both near 1, would lose them.
 */
function sum(lo: number, hi: number, above: (x: number) => number): BatchSize {
  let mean = 0;
  let secondMoment = 0;
  for (let k = lo; k <= hi; k++) {
    const from = k === 1 ? 1 : above(k - 0.5);
    const to = k === MAX_BATCH ? 0 : above(k + 0.5);
    const p = from - to;
    mean += k * p;
    secondMoment += k * k * p;
  }
  return { mean, secondMoment };
}
