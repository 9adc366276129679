/**
 * The Share control: puts the link of the running scenario, with its run's seed, in the address
 * bar, copies it, and shows it in a read-only field (the clipboard may be refused) with what
 * happened; for a preset run unchanged, also its short link. The panel closes with its button,
 * Escape, or a second press of Share.
 */
import { type Selection, select } from "d3";
import { appendButton } from "../button";
import { label, type MessageKey, t } from "../i18n/index";
import { appendPopover } from "../popover";
import type { Store } from "../store";
import type { ShareLinks } from "./links";
import { appendQrView } from "./qr-view";

export function mountShareButton(el: HTMLElement, store: Store, links: ShareLinks): void {
  const root = select(el).attr("class", "share-tool popover-host");
  const { panel, close } = appendPopover(root, {
    id: "share-panel",
    className: "share-panel",
    text: "share.button",
    title: "share.button.title",
    testId: "share",
    panelLabel: "share.panel",
    onOpen: () => void copyLink(),
  });
  const field = appendLinkField(panel, "share-link", "share.field");
  const status = panel.append("p").attr("class", "share-status").attr("role", "status");
  // A preset run unchanged also has a short link, to read out or write on a slide.
  const short = panel.append("div").attr("class", "share-short").property("hidden", true);
  const shortField = appendLinkField(short, "share-preset-link", "share.presetField").on(
    "focus",
    () => (shortField.node() as HTMLInputElement).select(),
  );
  label(short.append("p").attr("class", "share-note").node()!, "share.presetNote");
  const qr = appendQrView(panel, "share-qr");
  appendButton(panel, { text: "share.close", onClick: () => close() });

  async function copyLink(): Promise<void> {
    const url = links.showCurrent();
    if (url === null) {
      field.property("value", "");
      short.property("hidden", true);
      qr.show(null, null);
      status.text(t("share.none")).attr("data-copied", null);
      return;
    }
    field.property("value", url);
    (field.node() as HTMLInputElement).select();
    const presetUrl = links.currentPresetUrl();
    short.property("hidden", presetUrl === null);
    shortField.property("value", presetUrl ?? "");
    qr.show(url, presetUrl);
    const params = { length: url.length, seed: links.seed };
    try {
      await navigator.clipboard.writeText(url);
      status.text(t("share.copied", params)).attr("data-copied", "true");
    } catch {
      status.text(t("share.copyYourself", params)).attr("data-copied", "false");
    }
  }
  // A new scenario or seed makes a shown link stale: closing says so better than a wrong link.
  let shownText: string | null = null;
  store.subscribe((state) => {
    const key = `${state.scenarioText}|${state.seed}`;
    if (key === shownText) return;
    shownText = key;
    close();
  });
}

/** A labelled read-only field holding a link; `id` is also its test id. */
function appendLinkField<E extends HTMLElement>(
  parent: Selection<E, unknown, null, undefined>,
  id: string,
  text: MessageKey,
): Selection<HTMLInputElement, unknown, null, undefined> {
  label(parent.append("label").attr("class", "label").attr("for", id).node()!, text);
  return parent
    .append("input")
    .attr("id", id)
    .attr("class", "field share-field")
    .attr("type", "text")
    .attr("readonly", "")
    .attr("data-testid", id);
}
