/**
 * A header button with a panel that drops down under it (Share, Files): the button toggles the
 * panel and says whether it is open (aria-expanded); Escape on the button or inside the panel
 * closes it (on a phone the panel covers the header, so it must not stay open behind the key).
 */
import type { Selection } from "d3";
import { appendButton } from "./button";
import { label, type MessageKey } from "./i18n/index";

export interface PopoverOptions {
  /** The panel's element id, which the button names as what it controls. */
  id: string;
  /** More classes for the panel, after `popover`. */
  className: string;
  text: MessageKey;
  title: MessageKey;
  testId: string;
  /** The panel's accessible name. */
  panelLabel: MessageKey;
  /** Called each time the panel opens, once it shows. */
  onOpen?: () => void;
}

export interface Popover {
  button: Selection<HTMLButtonElement, unknown, null, undefined>;
  panel: Selection<HTMLDivElement, unknown, null, undefined>;
  close(): void;
  readonly isOpen: boolean;
}

export function appendPopover(
  root: Selection<HTMLElement, unknown, null, undefined>,
  options: PopoverOptions,
): Popover {
  const button = appendButton(root, {
    text: options.text,
    title: options.title,
    testId: options.testId,
  })
    .attr("aria-expanded", "false")
    .attr("aria-controls", options.id);
  const panel = root
    .append("div")
    .attr("id", options.id)
    .attr("class", `popover ${options.className}`)
    .attr("role", "dialog")
    .property("hidden", true);
  label(panel.node()!, options.panelLabel, undefined, "aria-label");

  const close = () => {
    panel.property("hidden", true);
    button.attr("aria-expanded", "false");
  };
  button.on("click", () => {
    if (!panel.property("hidden")) return close();
    panel.property("hidden", false);
    button.attr("aria-expanded", "true");
    options.onOpen?.();
  });
  root.on(`keydown.${options.id}`, (event: KeyboardEvent) => {
    if (event.key === "Escape" && !panel.property("hidden")) close();
  });
  return {
    button,
    panel,
    close,
    get isOpen() {
      return !panel.property("hidden");
    },
  };
}
