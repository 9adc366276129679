/**
 * A paired comparison as the panel's fields give it: every variant's text, checked; the
 * replications; and an optional run length for all (shorter runs finish sooner), applied as
 * `archsim compare --duration` applies it. Every variant is validated as it will run, so a
 * warm-up longer than the run is said before anything runs. Pure: tested in Node.
 */
import type { Issue } from "../../scenario/issues";
import { parseScenario, parseScenarioText, scenarioJson } from "../../scenario/parse";
import type { ComparisonOptions, Variant } from "../../sim/compare/run";
import type { Refusal } from "./state";
import type { Variant as TextVariant } from "./variants";

export const MAX_REPLICATIONS = 100;

export type ComparisonRequest =
  | { ok: true; variants: Variant[]; options: ComparisonOptions }
  | { ok: false; refusal: Refusal };

export function comparisonRequest(
  list: readonly TextVariant[],
  seed: string,
  replications: number,
  duration?: number,
): ComparisonRequest {
  if (!Number.isInteger(replications) || replications < 2 || replications > MAX_REPLICATIONS) {
    return { ok: false, refusal: { kind: "replications" } };
  }
  const variants: Variant[] = [];
  for (const v of list) {
    const parsed = parseScenarioText(v.text);
    if (!parsed.ok) return invalid(v.name, parsed.errors);
    const written = scenarioJson(v.text) as Record<string, unknown>;
    const document = duration === undefined ? written : { ...written, duration };
    const checked = parseScenario(document);
    if (!checked.ok) return invalid(v.name, checked.errors);
    variants.push({ name: v.name, document });
  }
  return { ok: true, variants, options: { replications, seed } };
}

/** The variant refused, by name, and its first issue. */
function invalid(variant: string, errors: readonly Issue[]): ComparisonRequest {
  return { ok: false, refusal: { kind: "invalid", variant, issue: errors[0] ?? null } };
}
