/**
 * Live what-ifs in the page's language: the reason the engine refused one, and the label of the
 * marker one leaves on the charts (the worker sends the action with its English label).
 */
import type { ActionResult, LiveAction } from "../sim/actions";
import type { Marker } from "../worker/protocol";
import { t } from "./i18n/index";

export function refusalText(result: Exclude<ActionResult, { ok: true }>): string {
  return t(`refusal.${result.code}`, result.params);
}

export function actionLabel(action: LiveAction): string {
  switch (action.kind) {
    case "crash":
      return t("marker.crash", { target: action.target, duration: action.duration });
    case "slow":
      return t("marker.slow", { target: action.target, factor: action.factor });
    case "errors":
      return t("marker.errors", { target: action.target, percent: Math.round(action.rate * 100) });
    case "rate":
      return t("marker.rate", { target: action.target, rate: action.rate });
    case "workers":
      return t("marker.workers", { target: action.target, workers: action.workers });
    case "replicas":
      return t("marker.replicas", { target: action.target, replicas: action.replicas });
    case "zone":
      return t("marker.zone", { zone: action.target, duration: action.duration });
    case "zone-up":
      return t("marker.zoneUp", { zone: action.target });
  }
}

/** The markers with the what-ifs' labels in the page's language (others are kept as they are). */
export function localMarkers(markers: readonly Marker[]): Marker[] {
  return markers.map((m) => (m.action === undefined ? m : { ...m, label: actionLabel(m.action) }));
}
