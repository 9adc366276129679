/**
 * One simple line drawing per component type, in a 24 × 24 box, stroked and never filled:
 * people for a client, a splitter for a load balancer, a rack for a server, a store with a bolt
 * for a cache, a banded cylinder for a database, messages in a pipe for a queue, a globe for a
 * CDN's edge and arrows up and down for an autoscaler.
 */

export const SYMBOL_SIZE = 24;

const SYMBOLS: Record<string, string> = {
  // Two people, one in front of the other.
  client:
    "M9 11a3.5 3.5 0 1 0 0-7a3.5 3.5 0 1 0 0 7z M2.5 20.5c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5 M16 4.3a3.5 3.5 0 0 1 0 6.4 M18 14.3c2.1.8 3.5 3 3.5 5.7",
  // One line in, three out.
  loadbalancer:
    "M2 12h6 M8 12c4 0 5-7 9-7h4 M8 12h13 M8 12c4 0 5 7 9 7h4 M18.5 2.5l2.5 2.5-2.5 2.5 M18.5 9.5l2.5 2.5-2.5 2.5 M18.5 16.5l2.5 2.5-2.5 2.5",
  // Three rack units with their status lights.
  server:
    "M3 3.5h18v5H3z M3 9.5h18v5H3z M3 15.5h18v5H3z M6.5 6h.01 M6.5 12h.01 M6.5 18h.01 M10 6h7 M10 12h7 M10 18h7",
  // A store with a lightning bolt: fast answers.
  cache:
    "M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6 M13 10.5l-2.5 3.5h3.5l-2.5 3.5",
  // The classic cylinder of disks: a top, two bands, a base.
  database:
    "M4 5.5c0-1.4 3.6-2.5 8-2.5s8 1.1 8 2.5-3.6 2.5-8 2.5-8-1.1-8-2.5z M4 5.5v13c0 1.4 3.6 2.5 8 2.5s8-1.1 8-2.5v-13 M4 10c0 1.4 3.6 2.5 8 2.5s8-1.1 8-2.5 M4 14.5c0 1.4 3.6 2.5 8 2.5s8-1.1 8-2.5",
  // Messages lined up in a pipe, the next one leaving on the right.
  queue:
    "M1.5 5.5h15 M1.5 18.5h15 M3.5 8.5h2.5v7H3.5z M8 8.5h2.5v7H8z M12.5 8.5H15v7h-2.5z M17.5 12h5 M20 9.5l2.5 2.5-2.5 2.5",
  // A globe: the edge, everywhere.
  cdn: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M3 12h18 M4.3 7.5h15.4 M4.3 16.5h15.4 M12 3c-2.6 2.6-3.9 5.6-3.9 9s1.3 6.4 3.9 9 M12 3c2.6 2.6 3.9 5.6 3.9 9s-1.3 6.4-3.9 9",
  // Replicas added and removed: an arrow up, an arrow down, between them a level.
  autoscaler: "M6.5 20.5v-16 M3 8l3.5-3.5L10 8 M17.5 3.5v16 M14 16l3.5 3.5L21 16 M10.5 12h3",
};

/** A plain box for a type without its own drawing. */
const FALLBACK = "M4 4h16v16H4z";

/** The SVG path of `type`'s symbol. */
export function symbolPath(type: string): string {
  return SYMBOLS[type] ?? FALLBACK;
}
