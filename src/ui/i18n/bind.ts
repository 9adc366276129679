/**
 * Static labels that follow the language: `label(el, key)` writes the text now and marks the
 * element, and `relabel(root)` rewrites every marked element after a switch. Dynamic text
 * (figures, messages) is rendered with `t()` by the view on each update instead.
 */
import type { MessageKey } from "./catalogue";
import { type Params, t } from "./translate";

type Attribute = "text" | "title" | "aria-label" | "placeholder";

const MARK = "data-i18n";

function attributeName(attribute: Attribute): string {
  return attribute === "text" ? MARK : `${MARK}-${attribute}`;
}

function write(el: Element, attribute: Attribute, text: string): void {
  if (attribute === "text") el.textContent = text;
  else el.setAttribute(attribute, text);
}

/** Writes the string for `key` into the element (its text, or an attribute) and keeps it current. */
export function label(
  el: Element,
  key: MessageKey,
  params?: Params,
  attribute: Attribute = "text",
): void {
  el.setAttribute(attributeName(attribute), key);
  if (params === undefined) el.removeAttribute(`${attributeName(attribute)}-params`);
  else el.setAttribute(`${attributeName(attribute)}-params`, JSON.stringify(params));
  write(el, attribute, t(key, params));
}

const ATTRIBUTES: Attribute[] = ["text", "title", "aria-label", "placeholder"];

/** Rewrites every label under `root` in the current language. */
export function relabel(root: ParentNode): void {
  for (const attribute of ATTRIBUTES) {
    const name = attributeName(attribute);
    for (const el of root.querySelectorAll(`[${name}]`)) {
      const params = el.getAttribute(`${name}-params`);
      const key = el.getAttribute(name) as MessageKey;
      write(el, attribute, t(key, params === null ? undefined : (JSON.parse(params) as Params)));
    }
  }
}
