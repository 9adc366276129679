/**
 * The QR code of the running scenario's link, as the Share panel and presenter mode show it:
 * the code (the short preset link when there is one), what it opens, and plainly why there is
 * none when the link is too long, or why a phone cannot open it when the page was opened at this
 * computer's own address. `data-qr-text` on the code holds exactly the text it encodes.
 */
import type { Selection } from "d3";
import { label } from "../i18n/index";
import { QUIET_ZONE, qrPath } from "./qr-code";
import { chooseQrLink, isLocalOnly } from "./qr-link";

export interface QrView {
  /** Draws the code of the link (or says there is none when `fullUrl` is null). */
  show(fullUrl: string | null, presetUrl: string | null): void;
}

const SVG = "http://www.w3.org/2000/svg";

export function appendQrView<E extends HTMLElement>(
  parent: Selection<E, unknown, null, undefined>,
  testId: string,
): QrView {
  const figure = parent.append("figure").attr("class", "qr").attr("data-testid", testId);
  const code = figure.append(() => document.createElementNS(SVG, "svg") as SVGSVGElement);
  code.attr("class", "qr-code").attr("role", "img").attr("data-testid", `${testId}-code`);
  label(code.node()!, "qr.label", undefined, "aria-label");
  const light = code.append("rect").attr("class", "qr-light");
  const dark = code.append("path").attr("class", "qr-dark");
  const caption = figure.append("figcaption").attr("class", "qr-caption");
  const local = figure.append("p").attr("class", "qr-local").attr("data-testid", `${testId}-local`);
  label(local.node()!, "qr.localOnly");

  return {
    show(fullUrl, presetUrl) {
      const choice = fullUrl === null ? null : chooseQrLink(fullUrl, presetUrl);
      if (choice?.ok !== true) {
        code.attr("hidden", "").attr("data-qr-text", null);
        local.property("hidden", true);
        if (choice === null) label(caption.node()!, "qr.none");
        else label(caption.node()!, "qr.tooLong", { length: choice.length });
        return;
      }
      const side = choice.modules.size + 2 * QUIET_ZONE;
      code.attr("hidden", null).attr("viewBox", `0 0 ${side} ${side}`);
      code.attr("data-qr-text", choice.url);
      light.attr("width", side).attr("height", side);
      dark.attr("d", qrPath(choice.modules));
      label(caption.node()!, choice.short ? "qr.preset" : "qr.scenario");
      local.property("hidden", !isLocalOnly(new URL(choice.url).hostname));
    },
  };
}
