/**
 * The runs whose fingerprints must be the same in every engine: every preset in models/ at its
 * own seed, and the coverage scenarios in coverage/, made to reach every Dist kind, Zipf keys
 * drawn from a table and by rejection-inversion, traces, scheduled faults, random failures,
 * retries with jitter, hedging, breakers, DNS TTLs, queues, caches, shards and an autoscaler.
 *
 * Full-length presets run in Node (test/models/presets.test.ts checks their fingerprints as it
 * checks their goldens) and, for a few, in the browsers through the page itself. For the bulk of
 * the browser checks each preset is cut to its first SHORT_DURATION simulated seconds: every
 * component, workload and sampler of the preset runs, at a few percent of the wall time, so that
 * Chromium and Firefox both get through all of them in well under a minute.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const MODELS = join(import.meta.dirname, "../../models");
export const COVERAGE = join(import.meta.dirname, "coverage");
/** Fingerprints of the full-length presets (written by test/models/presets.test.ts). */
export const GOLDEN_PRESETS = join(import.meta.dirname, "golden-presets.json");
/** Fingerprints of the short cases and the coverage scenarios (written by fingerprints.test.ts). */
export const GOLDEN_SHORT = join(import.meta.dirname, "golden-short.json");

/** Simulated seconds of a preset in the short cases; its warm-up is cut to a quarter of that. */
export const SHORT_DURATION = 20;

export interface FingerprintCase {
  /** "preset/<name>" (full length), "short/<name>" or "coverage/<name>". */
  id: string;
  /** The scenario document, as JSON.parse gives it (what a batch task and a share link carry). */
  document: Record<string, unknown>;
  seed: string;
}

function read(dir: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

const seedOf = (document: Record<string, unknown>) => String(document.seed ?? "1");

/** Every preset at full length, at its own seed. */
export function presetCases(): FingerprintCase[] {
  return jsonFiles(MODELS).map((file) => {
    const document = read(MODELS, file);
    return { id: `preset/${file.replace(/\.json$/, "")}`, document, seed: seedOf(document) };
  });
}

/** Every preset cut to SHORT_DURATION, and every coverage scenario. */
export function shortCases(): FingerprintCase[] {
  const presets = jsonFiles(MODELS).map((file) => {
    const full = read(MODELS, file);
    const duration = Math.min(Number(full.duration), SHORT_DURATION);
    const warmup = Math.min(Number(full.warmup ?? 0), duration / 4);
    const document = { ...full, duration, warmup };
    return { id: `short/${file.replace(/\.json$/, "")}`, document, seed: seedOf(full) };
  });
  const coverage = jsonFiles(COVERAGE).map((file) => {
    const document = read(COVERAGE, file);
    return { id: `coverage/${file.replace(/\.json$/, "")}`, document, seed: seedOf(document) };
  });
  return [...presets, ...coverage];
}

/** The golden fingerprints of every case, by case id. */
export function goldenFingerprints(): Record<string, string> {
  return {
    ...JSON.parse(readFileSync(GOLDEN_PRESETS, "utf8")),
    ...JSON.parse(readFileSync(GOLDEN_SHORT, "utf8")),
  };
}
