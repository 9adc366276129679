/**
 * A client's arrivals from its root spans' start times: the mean rate over the window they
 * span, and a schedule of rate changes only where the counts per bucket vary more than a
 * Poisson process's would. The test is the index of dispersion, Σ(cᵢ − c̄)²/c̄, which is χ² with
 * B − 1 degrees of freedom for Poisson counts; beyond its mean plus three standard deviations,
 * (B − 1) + 3·√(2(B − 1)), the rate is taken to change and each bucket gets its own rate.
 */
export interface Arrivals {
  /** Requests per second over the whole window. */
  rate: number;
  /** `[{at, rate}]` relative to the first arrival, empty when the rate looks constant. */
  schedule: { at: number; rate: number }[];
}

/** Buckets of at least this many expected arrivals: fewer make the χ² test meaningless. */
const PER_BUCKET = 20;
const MAX_BUCKETS = 60;

export function arrivalsOf(starts: readonly number[]): Arrivals {
  const n = starts.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of starts) {
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  const window = last - first;
  if (n < 2 || !(window > 0)) return { rate: 1, schedule: [] };
  // n arrivals over the window hold n − 1 gaps: (n − 1)/window estimates the rate without bias.
  const rate = (n - 1) / window;
  const buckets = Math.min(MAX_BUCKETS, Math.floor(n / PER_BUCKET));
  if (buckets < 3) return { rate, schedule: [] };
  const width = window / buckets;
  const counts = new Array<number>(buckets).fill(0);
  for (const t of starts) counts[Math.min(buckets - 1, Math.floor((t - first) / width))]++;
  const meanCount = n / buckets;
  let dispersion = 0;
  for (const c of counts) dispersion += ((c - meanCount) * (c - meanCount)) / meanCount;
  const df = buckets - 1;
  if (dispersion <= df + 3 * Math.sqrt(2 * df)) return { rate, schedule: [] };
  const schedule: { at: number; rate: number }[] = [];
  let previous = Number.NaN;
  counts.forEach((c, i) => {
    const r = c / width;
    if (r !== previous) schedule.push({ at: round(i * width), rate: r });
    previous = r;
  });
  return { rate: schedule[0].rate, schedule: schedule.slice(1) };
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
