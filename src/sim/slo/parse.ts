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

/**
 * Why an objective cannot be read, as data: the command line says it in English
 * (sloProblemText), the page in its own language. `text` is the objective as typed, trimmed.
 */
export type SloProblem =
  /** Not a metric, a comparison and a number, in that order. */
  | { kind: "form"; text: string }
  /** `name` is none of SLO_METRICS. */
  | { kind: "metric"; text: string; name: string }
  /** `unit` is not one `metric` is written in. */
  | { kind: "unit"; text: string; metric: SloMetric; unit: string }
  /** The limit overflows to infinity. */
  | { kind: "limit"; text: string };

export type SloParse = { ok: true; slos: Slo[] } | { ok: false; problems: SloProblem[] };

const FORM =
  /^([A-Za-z0-9]+)\s*(<=|>=|<|>)\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(ms|s|%)?$/i;

/** Every objective in `texts` (each may hold several, comma-separated), or every mistake. */
export function parseSlos(texts: readonly string[]): SloParse {
  const slos: Slo[] = [];
  const problems: SloProblem[] = [];
  for (const text of texts.flatMap((t) => t.split(","))) {
    const slo = parseOne(text.trim());
    if ("kind" in slo) problems.push(slo);
    else slos.push(slo);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, slos };
}

function parseOne(text: string): Slo | SloProblem {
  const match = FORM.exec(text);
  if (match === null) return { kind: "form", text };
  const [, name, comparison, number, unit] = match;
  if (!(SLO_METRICS as readonly string[]).includes(name)) return { kind: "metric", text, name };
  const metric = name as SloMetric;
  const scale = unitScale(kindOf(metric), unit?.toLowerCase());
  if (scale === undefined) return { kind: "unit", text, metric, unit };
  const limit = Number(number) * scale;
  if (!Number.isFinite(limit)) return { kind: "limit", text };
  return { metric, comparison: comparison as Comparison, limit, text };
}

/** A problem as the command line says it. */
export function sloProblemText(problem: SloProblem): string {
  const { text } = problem;
  switch (problem.kind) {
    case "form":
      return `SLO '${text}' is not of the form <metric><comparison><number>, e.g. p99<0.25 or throughput>=90`;
    case "metric":
      return `SLO '${text}': unknown metric '${problem.name}'; one of ${SLO_METRICS.join(", ")}`;
    case "unit":
      return `SLO '${text}': ${problem.metric} cannot be written in '${problem.unit}' (${UNITS[kindOf(problem.metric)]})`;
    case "limit":
      return `SLO '${text}': the limit must be a finite number`;
  }
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
