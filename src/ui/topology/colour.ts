/**
 * Colours of live state, written as CSS over the shell's palette variables so that themes change
 * them without a re-render. Utilisation is a sequential scale that deepens as it rises, from the
 * card's surface towards `--c-ok`, `--c-warn` and then `--c-bad`: the strength of the tint carries the
 * value, so it reads without telling hues apart (and the card prints the percentage as well).
 */
import type { Component } from "../../scenario/types";

/** Strength of the tint at zero and at full utilisation; capped so card text stays readable. */
const MIN_TINT = 12;
const MAX_TINT = 70;

/** Fill of a component's card at utilisation `u` (0..1); the plain surface when unknown. */
export function utilizationFill(u: number): string {
  if (!Number.isFinite(u)) return "var(--c-surface)";
  const t = Math.min(1, Math.max(0, u));
  // Hue: ok → warn over the first half, warn → bad over the second.
  const hue =
    t <= 0.5
      ? `color-mix(in oklab, var(--c-warn) ${pct(t / 0.5)}, var(--c-ok))`
      : `color-mix(in oklab, var(--c-bad) ${pct((t - 0.5) / 0.5)}, var(--c-warn))`;
  const tint = MIN_TINT + (MAX_TINT - MIN_TINT) * t;
  // --card-tint (topology.css) weakens the tint where the theme needs it for text contrast.
  return `color-mix(in oklab, ${hue} calc(${Math.round(tint)}% * var(--card-tint, 1)), var(--c-surface))`;
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The waiting room a card's queue bar measures against, all instances together, or null when
 * the component has no queue to show (clients, balancers, caches, CDNs, autoscalers).
 * `instances` is how many exist now (an autoscaled server's count changes); NaN falls back to
 * the configured count.
 */
export function waitingRoom(c: Component, instances: number): number | null {
  const n = (configured: number) => (Number.isFinite(instances) ? instances : configured);
  switch (c.type) {
    case "server":
      return c.queue * n(c.replicas);
    case "database":
      return c.queue * n(c.shards * (1 + (c.replicas?.count ?? 0)));
    case "queue":
      return c.capacity;
    default:
      return null;
  }
}

/**
 * Share of the queue bar to fill for `meanQueue` waiting requests: against the waiting room
 * when it is bounded (`capacity` over all replicas), on a log scale up to 1000 when not.
 */
export function queueFraction(meanQueue: number, capacity: number): number {
  if (!(meanQueue > 0)) return 0;
  if (Number.isFinite(capacity) && capacity > 0) return Math.min(1, meanQueue / capacity);
  return Math.min(1, Math.log10(1 + meanQueue) / 3);
}
