/**
 * The run's fingerprint beside the run's controls: ten hex digits that everyone in a room who
 * opened the same link can read out to see they ran the same run. It is shown once the run has
 * finished, because a summary part-way through changes every second; a run changed by live
 * what-ifs says so, since the command line never sees those changes.
 */
import { select } from "d3";
import { summaryFingerprint } from "../sim/fingerprint";
import { label, t } from "./i18n/index";
import type { Store } from "./store";

export function mountFingerprint(el: HTMLElement, store: Store): void {
  const root = select(el).attr("class", "fingerprint").attr("data-testid", "fingerprint-box");
  label(root.node()!, "fingerprint.title", undefined, "title");
  label(root.append("span").attr("class", "label").node()!, "fingerprint.label");
  const value = root
    .append("code")
    .attr("class", "fingerprint-value")
    .attr("data-testid", "fingerprint");
  const note = root.append("span").attr("class", "fingerprint-note");

  let shown: unknown[] = [];
  store.subscribe((state) => {
    const final = state.finished ? state.summary : null;
    const changed = state.markers.length > 0;
    const inputs = [final, changed, state.locale];
    if (inputs.every((v, i) => v === shown[i])) return;
    shown = inputs;
    value.text(final === null ? "" : summaryFingerprint(final));
    note.text(final === null ? t("fingerprint.pending") : changed ? t("fingerprint.changed") : "");
  });
}
