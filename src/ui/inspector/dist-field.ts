/**
 * A Dist in the form: its family as a choice and one box per parameter. Changing the family
 * keeps the mean where it can, so exponential 30 ms becomes lognormal 30 ms, cv 1.
 */
import { DIST_KINDS, looksLikeDist, readDist } from "../../scenario/dist";
import { Report } from "../../scenario/issues";
import { isJsonObject, type Json, type JsonObject, type Segment } from "../editor/json";
import type { MessageKey } from "../i18n/index";
import { currentLocale, t } from "../i18n/index";
import { formatDist } from "./config";
import { fieldKey, fieldText, nameWithUnit } from "./field-text";
import { fitPanel } from "./fit-panel";
import { choiceInput, el, type FieldHost, printedPath, row, valueInput } from "./form-parts";

const PARAMETERS: Record<string, string[]> = {
  const: ["value"],
  exp: ["mean"],
  uniform: ["min", "max"],
  lognormal: ["mean", "cv"],
  erlang: ["mean", "k"],
  pareto: ["min", "alpha"],
};

/** A new Dist of `family` near the old one: its mean (or constant value) carried over. */
export function switchFamily(old: Json | undefined, family: string): JsonObject {
  const o = isJsonObject(old) ? old : {};
  const m = [o.mean, o.value, o.min].find((v) => typeof v === "number" && v > 0) as
    | number
    | undefined;
  const mean = m ?? 0.05;
  switch (family) {
    case "const":
      return { dist: "const", value: mean };
    case "uniform":
      return { dist: "uniform", min: 0, max: 2 * mean };
    case "lognormal":
      return { dist: "lognormal", mean, cv: 1 };
    case "erlang":
      return { dist: "erlang", mean, k: 2 };
    case "pareto":
      // alpha 2 has mean min·alpha/(alpha − 1) = 2·min, so min = mean / 2 keeps the mean.
      return { dist: "pareto", min: mean / 2, alpha: 2 };
    default:
      return { dist: "exp", mean };
  }
}

/**
 * With `count`, the Dist draws a number of things (a batch's requests), not a time: its
 * parameters have words of their own (`workload.batch.mean`) and no time is written beside.
 */
export function distField(
  parent: HTMLElement,
  host: FieldHost,
  path: Segment[],
  value: Json | undefined,
  count = false,
): void {
  const r = row(parent, host, path);
  const at = printedPath(host.at, path);
  if (isJsonObject(value) && !looksLikeDist(value)) {
    // A service time per request class: a map the JSON box below edits.
    el(r, "p", "form-note").textContent = t("editor.form.perClass");
    return;
  }
  const box = el(r, "div", "form-dist");
  const family = isJsonObject(value) && typeof value.dist === "string" ? value.dist : undefined;
  const labels = DIST_KINDS.map((k) => t(`editor.dist.${k}` as MessageKey));
  const select = choiceInput(box, `${at}.dist`, family, DIST_KINDS, t("editor.form.none"), (f) =>
    host.set(path, f === undefined ? undefined : switchFamily(value, f)),
  );
  // The families by their names in the page's language; the values stay the format's.
  DIST_KINDS.forEach((k, i) => {
    const o = select.querySelector<HTMLOptionElement>(`option[value="${k}"]`);
    if (o !== null) o.textContent = labels[i];
  });
  for (const p of PARAMETERS[family ?? ""] ?? []) {
    const param = el(box, "label", "form-param");
    const key = count ? `${fieldKey(path)}.${p}` : `dist.${p}`;
    const text = fieldText(host.type, key, currentLocale());
    el(param, "span").textContent = text === undefined ? p : nameWithUnit(text, currentLocale());
    if (text !== undefined) param.title = `${text.help} (${p})`;
    valueInput(param, `${at}.${p}`, isJsonObject(value) ? value[p] : undefined, (v) =>
      host.set([...path, p], v),
    );
  }
  // The numbers as a time, once they make a Dist: "exponential, mean 30 ms".
  const report = new Report();
  const dist = value === undefined ? undefined : readDist(report, value, "");
  if (dist !== undefined && report.errors.length === 0 && !count)
    el(box, "span", "form-dist-words").textContent = formatDist(dist);
  // Below the row, across the form's width: the fit's tables and plot need the room.
  if (!count) fitPanel(parent, at, (fitted) => host.set(path, { ...fitted }));
}
