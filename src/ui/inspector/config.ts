/**
 * A Dist in words, as the inspector's form prints it beside a Dist's boxes, so the numbers read
 * as a time: `{"dist":"exp","mean":0.03}` is "exponential, mean 30 ms".
 */
import type { Dist } from "../../scenario/types";
import { formatSeconds } from "../topology/format";

/** A Dist in words: `{"dist":"exp","mean":0.03}` → "exponential, mean 30 ms". */
export function formatDist(d: Dist): string {
  switch (d.dist) {
    case "const":
      return formatSeconds(d.value);
    case "exp":
      return `exponential, mean ${formatSeconds(d.mean)}`;
    case "uniform":
      return `uniform ${formatSeconds(d.min)} – ${formatSeconds(d.max)}`;
    case "lognormal":
      return `lognormal, mean ${formatSeconds(d.mean)}, cv ${d.cv}`;
    case "erlang":
      return `Erlang-${d.k}, mean ${formatSeconds(d.mean)}`;
    case "pareto":
      return `Pareto, min ${formatSeconds(d.min)}, α ${d.alpha}`;
  }
}
