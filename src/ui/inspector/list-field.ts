/**
 * A list in the form (a balancer's targets, a server's calls, a client's mix or schedule): one
 * line per entry, a box per column, a button to remove it, and one to add an entry.
 */

import { isJsonObject, type Json, type Segment } from "../editor/json";
import { currentLocale, t } from "../i18n/index";
import { enumLabel, fieldKey, fieldText, nameWithUnit } from "./field-text";
import type { Column } from "./fields";
import {
  addButton,
  choiceInput,
  el,
  type FieldHost,
  printedPath,
  removeButton,
  row,
  targetInput,
  textInput,
  valueInput,
} from "./form-parts";
import { choicesOf, columnsOf } from "./list-columns";

export interface ListSpec {
  columns: Column[];
  make: () => Json;
  bare?: string;
}

export function listField(
  parent: HTMLElement,
  host: FieldHost,
  path: Segment[],
  value: Json | undefined,
  spec: ListSpec,
): void {
  const r = row(parent, host, path);
  const items = Array.isArray(value) ? value : [];
  const list = el(r, "div", "form-list");
  items.forEach((item, i) => {
    const itemPath = [...path, i];
    const line = el(list, "div", "form-list-item");
    line.dataset.path = printedPath(host.at, itemPath);
    // An entry written as its bare value ("web") is that value in the `bare` column.
    const fields = isJsonObject(item) ? item : spec.bare !== undefined ? { [spec.bare]: item } : {};
    const write = (key: string, v: Json | undefined) => {
      const next = { ...fields };
      if (v === undefined) delete next[key];
      else next[key] = v;
      const keys = Object.keys(next);
      const bare = spec.bare !== undefined && keys.length === 1 && keys[0] === spec.bare;
      host.set(itemPath, bare ? next[spec.bare!] : next);
    };
    for (const c of columnsOf(spec.columns, fields)) {
      const at = printedPath(host.at, [...itemPath, c.key]);
      const cell = el(line, "label", "form-param");
      const key = fieldKey([...path, c.key]);
      const text = fieldText(host.type, key, currentLocale());
      el(cell, "span").textContent =
        text === undefined ? c.key : nameWithUnit(text, currentLocale());
      if (text !== undefined) cell.title = `${text.help} (${c.key})`;
      const v = fields[c.key];
      const words = (o: string) => enumLabel(key, o, currentLocale());
      if (c.kind === "ref") {
        const choices = choicesOf(c, fields, host.targets);
        targetInput(cell, at, v, choices, t("editor.form.none"), (x) => write(c.key, x));
      } else if (c.kind === "choice" && c.default !== undefined) {
        // Shown as its default when absent, so what the entry does is never a blank.
        choiceInput(cell, at, v ?? c.default, c.options, null, (x) => write(c.key, x), words);
      } else if (c.kind === "choice") {
        choiceInput(cell, at, v, c.options, "", (x) => write(c.key, x), words);
      } else if (c.kind === "text") {
        textInput(cell, at, v, (x) => write(c.key, x));
      } else {
        valueInput(cell, at, v, (x) => write(c.key, x), c.placeholder);
      }
    }
    removeButton(line, () => host.set(itemPath, undefined));
  });
  addButton(list, printedPath(host.at, path), () => host.set([...path, items.length], spec.make()));
}
