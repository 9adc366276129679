/**
 * How many cases a property test tries. `npm test` tries a fifth of each test's full count (at
 * least 20), so the suite stays quick on a laptop; CI (.ci/run) sets PROPERTY_RUNS=full and tries
 * them all. A number in PROPERTY_RUNS scales the full counts instead (2 doubles them).
 */
export function propertyRuns(full: number): number {
  const setting = process.env.PROPERTY_RUNS;
  if (setting === "full") return full;
  const scale = setting === undefined || setting === "" ? 0.2 : Number(setting);
  if (!(scale > 0))
    throw new Error(`PROPERTY_RUNS must be "full" or a number > 0, got '${setting}'`);
  return Math.max(20, Math.round(full * scale));
}
