import { describe, expect, it } from "vitest";
import { backwardSums, forwardSums } from "../../src/theory/geometric";

/** The sums term by term, for small counts. */
function byTerms(x: number, count: number) {
  let sum = 0;
  let weighted = 0;
  let backSum = 0;
  let backWeighted = 0;
  for (let m = 1; m <= count; m++) {
    sum += x ** m;
    weighted += m * x ** m;
    backSum += x ** (m - 1);
    backWeighted += m * x ** (count - m);
  }
  return { sum, weighted, backSum, backWeighted };
}

describe("geometric sums", () => {
  it("equal the sums term by term for every count up to 40 and several ratios", () => {
    for (const x of [0, 0.3, 0.9, 1 - 1e-9, 1]) {
      for (let count = 0; count <= 40; count++) {
        const want = byTerms(x, count);
        const f = forwardSums(x, count);
        const b = backwardSums(x, count);
        expect(f.sum).toBeCloseTo(want.sum, 10);
        expect(f.weighted / Math.max(1, want.weighted)).toBeCloseTo(
          want.weighted / Math.max(1, want.weighted),
          12,
        );
        expect(f.last).toBeCloseTo(x ** count, 12);
        expect(b.sum).toBeCloseTo(want.backSum, 10);
        expect(b.weighted / Math.max(1, want.backWeighted)).toBeCloseTo(
          1 * (want.backWeighted / Math.max(1, want.backWeighted)),
          12,
        );
        expect(b.power).toBeCloseTo(x ** count, 12);
      }
    }
  });

  it("sum 2^53 terms at ratio 1 exactly, in a few dozen steps", () => {
    const count = 2 ** 52;
    const f = forwardSums(1, count);
    expect(f.sum).toBe(count);
    expect(f.weighted).toBe((count * (count + 1)) / 2);
  });

  it("keep a ratio just below 1 precise over four billion terms, where the closed form cancels", () => {
    const x = 1 - 1e-12;
    const gap = 1 - x; // exact, by Sterbenz's lemma
    const count = 4e9;
    // Σ x^m = x(1 - x^M)/(1 - x), with 1 - x^M = -expm1(M·log1p(-gap)) free of cancellation.
    const want = (x * -Math.expm1(count * Math.log1p(-gap))) / gap;
    expect(forwardSums(x, count).sum / want).toBeCloseTo(1, 9);
  });
});
