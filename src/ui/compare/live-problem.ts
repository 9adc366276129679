/**
 * Why the side-by-side run went wrong, in the page's language. The run's own trouble and a
 * variant's engine failure are kept in the state as data and worded here, when shown, so a
 * change of language rewords them, as the main run's banner does (src/ui/stopped.ts). Pure:
 * tested in Node.
 */
import { t } from "../i18n/index";
import { engineFailureText } from "../stopped";
import { invalidVariantText } from "./invalid-variant";
import type { LiveComparison, LiveError } from "./state";

/**
 * The run's own trouble (a variant that did not load, the worker failing), else the first
 * variant whose engine stopped its run; null when nothing went wrong.
 */
export function liveProblemText(live: LiveComparison): string | null {
  if (live.error !== null) return t("compare.live.failed", { reason: liveErrorText(live.error) });
  for (const v of live.variants) {
    if (v.error === null) continue;
    return t("compare.live.failed", { reason: `${v.name}: ${engineFailureText(v.error)}` });
  }
  return null;
}

function liveErrorText(error: LiveError): string {
  if (error.kind === "invalid") return invalidVariantText(error);
  return t(error.worker, { reason: error.reason || t("banner.unknownError") });
}
