/**
 * The variant switcher: a tab per variant (A | B | …) choosing which one the editor, topology and
 * run show, each with rename and delete, and "Duplicate as B". Names are the user's text: set
 * with textContent only.
 */
import { select } from "d3";
import { appendButton } from "../button";
import { label, t } from "../i18n/index";
import type { Store } from "../store";
import { MAX_NAME_LENGTH, nextName, type Variant, type VariantProblem } from "./variants";
import type { VariantsController } from "./variants-controller";

export function mountVariantBar(el: HTMLElement, store: Store, variants: VariantsController): void {
  const root = select(el).attr("class", "variant-bar").attr("data-testid", "variant-bar");
  label(root.node()!, "variants.label", undefined, "aria-label");
  label(root.append("span").attr("class", "variant-bar-label label").node()!, "variants.label");
  // A group of buttons, not a tablist: each variant also has its rename and delete buttons,
  // which a tablist may not hold (axe: aria-required-children).
  const tabs = root.append("div").attr("class", "variant-tabs").attr("role", "group");
  label(tabs.node()!, "variants.label", undefined, "aria-label");
  // Arrow keys move between tabs, as in any tab list (WAI-ARIA Authoring Practices, Tabs).
  tabs.on("keydown", (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    if (!(event.target instanceof HTMLElement) || !event.target.matches(".variant-select")) return;
    event.preventDefault();
    const { list, current } = store.state.variants;
    const next = (current + (event.key === "ArrowRight" ? 1 : -1) + list.length) % list.length;
    void variants.select(next).then(() => {
      tabs.selectAll<HTMLButtonElement, unknown>(".variant-select").nodes()[next]?.focus();
    });
  });
  const duplicate = appendButton(root, {
    title: "variants.duplicate.title",
    testId: "duplicate-variant",
    onClick: () => variants.duplicate(),
  });
  const note = root.append("span").attr("class", "variant-note label").attr("role", "status");

  let renaming: number | null = null;
  let drawn = "";
  const render = () => {
    const state = store.state;
    const { list, current } = state.variants;
    const key = JSON.stringify([list.map((v) => v.name), current, renaming, state.locale]);
    if (key === drawn) return;
    drawn = key;
    duplicate.text(t("variants.duplicate", { name: nextName(list) }));
    note.text(list.length > 1 ? t("variants.editing", { name: list[current].name }) : "");
    // The tabs are drawn anew below: a keyboard user on one of them stays on the current one,
    // even when this drawing comes after the arrow key's own focus move.
    const focused = document.activeElement;
    const onTab =
      focused instanceof HTMLElement && focused.matches(".variant-tabs .variant-select");
    tabs
      .selectAll<HTMLDivElement, Variant>("div.variant-tab")
      .data(list)
      .join("div")
      .attr("class", "variant-tab")
      .attr("data-variant", (v) => v.name)
      .attr("aria-current", (_, i) => (i === current ? "true" : null))
      .each(function (v, i) {
        const tab = select(this);
        tab.selectAll("*").remove();
        if (i === renaming) {
          const input = tab
            .append("input")
            .attr("class", "field variant-name-input")
            .attr("data-testid", "variant-name-input")
            .attr("maxlength", MAX_NAME_LENGTH)
            .property("value", v.name);
          label(input.node()!, "variants.nameInput", undefined, "aria-label");
          const finish = (commit: boolean) => {
            if (renaming !== i) return;
            renaming = null;
            if (commit) {
              const change = variants.rename(i, input.property("value") as string);
              if (!change.ok)
                store.update({ notice: problem(change.reason, input.property("value")) });
            }
            render();
          };
          input
            .on("keydown", (event: KeyboardEvent) => {
              if (event.key === "Enter") finish(true);
              else if (event.key === "Escape") finish(false);
            })
            .on("blur", () => finish(true));
          requestAnimationFrame(() => input.node()?.select());
          return;
        }
        tab
          .append("button")
          .attr("type", "button")
          .attr("class", "button variant-select")
          .attr("aria-pressed", String(i === current))
          .attr("title", t("variants.select.title", { name: v.name }))
          .text(v.name)
          .on("click", () => void variants.select(i));
        tab
          .append("button")
          .attr("type", "button")
          .attr("class", "variant-icon")
          .attr("data-action", "rename")
          .attr("title", t("variants.rename.title", { name: v.name }))
          .attr("aria-label", t("variants.rename.title", { name: v.name }))
          .text("✎")
          .on("click", () => {
            renaming = i;
            render();
          });
        if (list.length > 1) {
          tab
            .append("button")
            .attr("type", "button")
            .attr("class", "variant-icon")
            .attr("data-action", "delete")
            .attr("title", t("variants.delete.title", { name: v.name }))
            .attr("aria-label", t("variants.delete.title", { name: v.name }))
            .text("×")
            .on("click", () => {
              const change = variants.remove(i);
              if (!change.ok) store.update({ notice: problem(change.reason, v.name) });
            });
        }
      });
    if (onTab)
      tabs.selectAll<HTMLButtonElement, unknown>(".variant-select").nodes()[current]?.focus();
  };
  store.subscribe(render);
}

/** A refused rename or delete in words; `name` is the name typed, or the variant's. */
function problem(reason: VariantProblem, name: string): string {
  return t(`variants.problem.${reason}`, { name: name.trim(), most: MAX_NAME_LENGTH });
}
