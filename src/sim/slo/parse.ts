/**
 * Service-level objectives as a user types them: `p99<0.25`, `p99<=250ms`, `throughput>=90`,
 * `failureRatio<1%`, several separated by commas. Latency is in seconds unless written in `ms`;
 * a ratio is a fraction unless written in `%`.
 */
import { kindOf, SLO_METRICS, type SloMetric } from "./metrics";

export type Comparison = "<" | "<=" | ">" | ">=";

export interface Slo {
  metric: SloMetric;
  comparison: Comparison;
  /** In the metric's own unit: seconds, requests per second, or a fraction. */
  limit: number;
  /** As typed, trimmed: what a report names. */
  text: string;
}

export type SloParse = { ok: true; slos: Slo[] } | { ok: false; errors: string[] };

const FORM =
  /^([A-Za-z0-9]+)\s*(<=|>=|<|>)\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(ms|s|%)?$/i;

/** Every objective in `texts` (each may hold several, comma-separated), or every mistake. */
export function parseSlos(texts: readonly string[]): SloParse {
  const slos: Slo[] = [];
  const errors: string[] = [];
  for (const text of texts.flatMap((t) => t.split(","))) {
    const slo = parseOne(text.trim());
    if (typeof slo === "string") errors.push(slo);
    else slos.push(slo);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, slos };
}

function parseOne(text: string): Slo | string {
  const match = FORM.exec(text);
  if (match === null) {
    return `SLO '${text}' is not of the form <metric><comparison><number>, e.g. p99<0.25 or throughput>=90`;
  }
  const [, name, comparison, number, unit] = match;
  if (!(SLO_METRICS as readonly string[]).includes(name)) {
    return `SLO '${text}': unknown metric '${name}'; one of ${SLO_METRICS.join(", ")}`;
  }
  const metric = name as SloMetric;
  const kind = kindOf(metric);
  const scale = unitScale(kind, unit?.toLowerCase());
  if (scale === undefined) {
    return `SLO '${text}': ${name} cannot be written in '${unit}' (${UNITS[kind]})`;
  }
  const limit = Number(number) * scale;
  if (!Number.isFinite(limit)) return `SLO '${text}': the limit must be a finite number`;
  return { metric, comparison: comparison as Comparison, limit, text };
}

const UNITS = {
  latency: "seconds, or ms",
  throughput: "requests per second, no unit",
  ratio: "a fraction, or %",
} as const;

function unitScale(kind: keyof typeof UNITS, unit: string | undefined): number | undefined {
  if (unit === undefined) return 1;
  if (kind === "latency") return unit === "ms" ? 1e-3 : unit === "s" ? 1 : undefined;
  if (kind === "ratio") return unit === "%" ? 1e-2 : undefined;
  return undefined;
}
