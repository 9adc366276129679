/**
 * A Dist in words, as the inspector's form prints it beside a Dist's boxes, so the numbers read
 * as a time: `{"dist":"exp","mean":0.03}` is "exponential, mean 30 ms".
 */
import type { Dist } from "../../scenario/types";
import { t } from "../i18n/index";
import { formatSeconds } from "../topology/format";

/** A Dist in words: `{"dist":"exp","mean":0.03}` → "exponential, mean 30 ms". */
export function formatDist(d: Dist): string {
  switch (d.dist) {
    case "const":
      return formatSeconds(d.value);
    case "exp":
      return t("editor.words.exp", { mean: formatSeconds(d.mean) });
    case "uniform":
      return t("editor.words.uniform", { min: formatSeconds(d.min), max: formatSeconds(d.max) });
    case "lognormal":
      return t("editor.words.lognormal", { mean: formatSeconds(d.mean), cv: d.cv });
    case "erlang":
      return t("editor.words.erlang", { mean: formatSeconds(d.mean), k: d.k });
    case "pareto":
      return t("editor.words.pareto", { min: formatSeconds(d.min), alpha: d.alpha });
  }
}
