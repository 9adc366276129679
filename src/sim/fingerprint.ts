/**
 * A run's fingerprint: a short hash of everything its summary says that the scenario and seed
 * decide, so that a room of people who opened the same share link can read out ten characters
 * and know they all saw the same run. The wall time, the one figure no seed controls, is left
 * out wherever it sits; keys are sorted, so the order in which the engine wrote them does not matter. The page
 * (over the worker's summary) and the command line (over its own) compute it the same way.
 */
import type { Summary } from "./summary";

/** Hex digits shown: 40 bits, so two different runs share one by chance about once in 10^12. */
export const FINGERPRINT_LENGTH = 10;

/** The hash itself, at the top of a summary that already carries it. */
const LEFT_OUT = new Set(["fingerprint"]);

/**
 * Wall-clock figures, left out wherever they sit: no seed decides them, and with replications
 * the summary's `ci95` carries a half-width of the wall time too.
 */
const WALL_CLOCK = new Set(["wallSeconds"]);

export function summaryFingerprint(summary: Summary): string {
  return fnv1a64(new TextEncoder().encode(canonicalSummary(summary))).slice(0, FINGERPRINT_LENGTH);
}

/** The summary as JSON with sorted keys, without the fields in LEFT_OUT. */
export function canonicalSummary(summary: Summary): string {
  const top = Object.fromEntries(Object.entries(summary).filter(([key]) => !LEFT_OUT.has(key)));
  return canonical(top);
}

function canonical(value: unknown): string {
  // String(x) is the shortest text that reads back as the same double, and keeps NaN and
  // Infinity apart where JSON would write both as null.
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const fields = Object.keys(record)
      .filter((key) => record[key] !== undefined && !WALL_CLOCK.has(key))
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`);
    return `{${fields.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits (Fowler, Noll and Vo; IETF draft-eastlake-fnv), as 16 hex digits. */
export function fnv1a64(bytes: Uint8Array): string {
  let hash = FNV_OFFSET;
  for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, "0");
}

/** The summary with its fingerprint, as the command line prints it. */
export function withFingerprint(summary: Summary): Summary {
  return { ...summary, fingerprint: summaryFingerprint(summary) };
}
