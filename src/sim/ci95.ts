/**
 * A summary averaged over replications carries, beside every group of figures, a `ci95` object
 * with the same keys mapped to 95% confidence half-widths (see src/sim/stats/confidence.ts).
 * The Summary type does not declare it, because a single run has none; this reads it.
 */
export function halfWidth(group: object, key: string): number | undefined {
  const ci95 = (group as { ci95?: Record<string, unknown> }).ci95;
  const h = ci95?.[key];
  return typeof h === "number" ? h : undefined;
}
