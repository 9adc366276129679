/**
 * Presenter mode's QR code: a button, shown only while presenting, opens a large code of the
 * running scenario's link for the room to scan from their seats; Escape, Close or the button
 * again closes it. The code follows the scenario while it is open (a lesson's change is a new
 * scenario, so a new link). Returns the button, for presenter mode to show in the lesson's head.
 */
import { select } from "d3";
import { appendButton } from "../button";
import { label } from "../i18n/index";
import type { Store } from "../store";
import type { ShareLinks } from "./links";
import { appendQrView } from "./qr-view";

export function mountPresenterQr(host: HTMLElement, store: Store, links: ShareLinks): HTMLElement {
  const root = select(host).attr("class", "presenter-qr");
  const button = appendButton(root, {
    text: "qr.button",
    title: "qr.button.title",
    testId: "presenter-qr",
    className: "presenter-qr-button",
  })
    .attr("aria-haspopup", "dialog")
    .attr("aria-expanded", "false");
  const dialog = root
    .append("dialog")
    .attr("class", "qr-dialog")
    .attr("data-testid", "qr-dialog")
    .attr("aria-labelledby", "qr-dialog-title");
  label(dialog.append("h2").attr("id", "qr-dialog-title").node()!, "qr.dialog");
  const view = appendQrView(dialog, "presenter-qr-view");
  const element = dialog.node() as HTMLDialogElement;
  appendButton(dialog, { text: "qr.close", onClick: () => element.close() });
  element.addEventListener("close", () => button.attr("aria-expanded", "false"));

  const draw = () => {
    const fragment = links.currentLink();
    const page = `${location.origin}${location.pathname}${location.search}`;
    view.show(fragment === null ? null : `${page}${fragment}`, links.currentPresetUrl());
  };
  button.on("click", () => {
    if (element.open) return element.close();
    draw();
    element.showModal();
    button.attr("aria-expanded", "true");
  });
  let shown: string | null = null;
  store.subscribe((state) => {
    const key = `${state.scenarioText}|${state.seed}|${state.variants.list.length}`;
    if (key === shown) return;
    shown = key;
    if (element.open) draw();
  });
  return button.node()!;
}
