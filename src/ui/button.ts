/**
 * A button of the page: type "button" (never a form submit), the house classes, a test id, and
 * its label and tooltip from the catalogue, so they follow a language switch.
 */
import type { BaseType, Selection } from "d3";
import { label, type MessageKey } from "./i18n/index";

export interface ButtonOptions {
  /** The visible label, from the catalogue. */
  text?: MessageKey;
  /** The tooltip, from the catalogue. */
  title?: MessageKey;
  testId?: string;
  /** The main action of its group, drawn filled. */
  primary?: boolean;
  /** More classes, after `button`. */
  className?: string;
  onClick?: (event: MouseEvent) => void;
}

export function appendButton<E extends BaseType, D, P extends BaseType, PD>(
  parent: Selection<E, D, P, PD>,
  options: ButtonOptions,
): Selection<HTMLButtonElement, D, P, PD> {
  const classes = ["button", options.primary ? "primary" : "", options.className ?? ""];
  const button = parent
    .append("button")
    .attr("type", "button")
    .attr("class", classes.filter((c) => c !== "").join(" "));
  if (options.testId !== undefined) button.attr("data-testid", options.testId);
  const { text, title } = options;
  button.each(function () {
    if (text !== undefined) label(this, text);
    if (title !== undefined) label(this, title, undefined, "title");
  });
  if (options.onClick !== undefined) {
    const onClick = options.onClick;
    button.on("click", (event: MouseEvent) => onClick(event));
  }
  return button;
}
