/**
 * "Did you mean …?": the closest known name to a misspelt one, by edit distance, when it is
 * close enough to be a likely typo.
 */

const MAX_DISTANCE = 2;
/** Candidates looked at, at most: a suggestion must stay cheap even for a huge document. */
const MAX_CANDIDATES = 1000;

/**
 * The first of the first 1000 candidates within edit distance 2 of `word` (and within half its
 * length), if any.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(MAX_DISTANCE, Math.floor(word.length / 2));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let looked = 0;
  for (const candidate of candidates) {
    if (++looked > MAX_CANDIDATES) break;
    const d = editDistance(word, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `{ suggestion: '"workers"' }` for an issue's parameters, or `{}` when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): { suggestion?: string } {
  const match = closest(word, candidates);
  return match === undefined ? {} : { suggestion: JSON.stringify(match) };
}

/**
 * Edit distance between a and b counting an insertion, a deletion, a substitution or a swap of
 * two neighbours as one edit (optimal string alignment: Damerau, 1964, as restricted by
 * Wagner & Lowrance, 1975), since "wbe" for "web" is one slip of the fingers, not two.
 * Returns `limit + 1` as soon as the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2] + 1);
      }
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length], limit + 1);
}
