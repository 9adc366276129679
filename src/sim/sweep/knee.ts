/**
 * Where a sweep saturates. The knee is the first value at which either
 *
 * - throughput stops following the offered load: completed requests per second fall below
 *   `THROUGHPUT_SHARE` (90%) of the requests generated per second, so work is being refused,
 *   failing or piling up; or
 * - the mean latency exceeds `factor` times its value at the first point of the sweep.
 *
 * The default factor 2 is where an M/M/1 queue's mean response time 1/(μ−λ) has doubled from its
 * no-load value 1/μ, at ρ = 1/2: the point of Kleinrock's optimal "power" (throughput / delay),
 * beyond which each added request costs more in waiting than it brings in throughput (Kleinrock,
 * "Power and deterministic rules of thumb for probabilistic problems in computer communications",
 * ICC 1979). The first point is the reference, so a sweep should go from light to heavy load.
 */

export const THROUGHPUT_SHARE = 0.9;
export const DEFAULT_KNEE_FACTOR = 2;

export interface KneeInput {
  value: number;
  offered: number;
  throughput: number;
  meanLatency: number;
}

export interface Knee {
  value: number;
  /** Its position among the sweep's values. */
  index: number;
  reason: "throughput" | "latency";
}

export function findKnee(points: readonly KneeInput[], factor = DEFAULT_KNEE_FACTOR): Knee | null {
  const reference = points[0]?.meanLatency;
  for (let index = 0; index < points.length; index++) {
    const p = points[index];
    if (p.throughput < THROUGHPUT_SHARE * p.offered) {
      return { value: p.value, index, reason: "throughput" };
    }
    if (p.meanLatency > factor * reference) return { value: p.value, index, reason: "latency" };
  }
  return null;
}
