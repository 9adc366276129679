/// <reference types="vite/client" />
/**
 * The preset picker: the scenarios of models/*.json, bundled as text at build time, named in the
 * page's language. Choosing one loads it and runs it at once. The picker shows which preset is running, or "Your scenario" when
 * the text has been edited.
 */
import { select } from "d3";
import { isObject } from "../scenario/read";
import {
  type LocalizedText,
  localize,
  plainText,
  TEXT_LANGUAGES,
  type Text,
} from "../scenario/text";
import type { Controller } from "./controller";
import { label } from "./i18n/index";
import type { Store } from "./store";

export interface Preset {
  /** The file name without `.json`: `small-web-app`. */
  id: string;
  /** The scenario's own `name` (in one language or more), or the id when the file cannot be read. */
  name: Text;
  text: string;
}

export const DEFAULT_PRESET_ID = "small-web-app";

const files = import.meta.glob("../../models/*.json", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Presets from file paths and their text, sorted by name. */
export function presetsFrom(sources: Record<string, string>): Preset[] {
  return Object.entries(sources)
    .map(([path, text]) => {
      const id = path.replace(/^.*\//, "").replace(/\.json$/, "");
      return { id, name: nameOf(text) ?? id, text };
    })
    .sort((a, b) => plainText(a.name).localeCompare(plainText(b.name)));
}

function nameOf(text: string): Text | undefined {
  let name: unknown;
  try {
    name = JSON.parse(text)?.name;
  } catch {
    return undefined;
  }
  if (typeof name === "string") return name.trim() === "" ? undefined : name;
  if (!isObject(name)) return undefined;
  const localized: LocalizedText = {};
  for (const language of TEXT_LANGUAGES) {
    const value = name[language];
    if (typeof value === "string" && value.trim() !== "") localized[language] = value;
  }
  return Object.keys(localized).length === 0 ? undefined : localized;
}

export const PRESETS: Preset[] = presetsFrom(files);

export function defaultPreset(presets: Preset[] = PRESETS): Preset | undefined {
  return presets.find((p) => p.id === DEFAULT_PRESET_ID) ?? presets[0];
}

/** Loads a scenario and plays it; false (with the issues in the store) when it does not load. */
export async function loadAndPlay(controller: Controller, text: string): Promise<boolean> {
  const ok = await controller.load(text);
  if (ok) await controller.play();
  return ok;
}

const CUSTOM = "";

export function mountPresetPicker(el: HTMLElement, store: Store, controller: Controller): void {
  const root = select(el).attr("class", "control-group preset-picker");
  root
    .append("label")
    .attr("class", "label")
    .attr("for", "preset-select")
    .call((l) => label(l.node()!, "workshop.preset"));
  const picker = root
    .append("select")
    .attr("id", "preset-select")
    .attr("class", "field")
    .attr("data-testid", "preset-picker");
  picker
    .append("option")
    .attr("value", CUSTOM)
    .call((o) => label(o.node()!, "workshop.yourScenario"));
  const options = picker
    .selectAll("option.preset")
    .data(PRESETS)
    .join("option")
    .attr("class", "preset")
    .attr("value", (preset) => preset.id);

  picker.on("change", () => {
    const id = picker.property("value") as string;
    const preset = PRESETS.find((p) => p.id === id);
    if (preset !== undefined) void loadAndPlay(controller, preset.text);
  });

  let shownText: string | null = null;
  let shownLocale: string | null = null;
  store.subscribe((state) => {
    if (state.locale !== shownLocale) {
      shownLocale = state.locale;
      // Preset names are scenario text: set as text, never as markup.
      options.text((preset) => localize(preset.name, state.locale));
    }
    if (state.scenarioText === shownText) return;
    shownText = state.scenarioText;
    const match = PRESETS.find((p) => p.text === state.scenarioText);
    picker.property("value", match?.id ?? CUSTOM);
    picker.select(`option[value="${CUSTOM}"]`).property("hidden", match !== undefined);
  });
}
