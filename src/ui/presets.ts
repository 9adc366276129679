/// <reference types="vite/client" />
/**
 * The preset picker: the scenarios of models/*.json, bundled as text at build time. Choosing one
 * loads it and runs it at once. The picker shows which preset is running, or "Your scenario" when
 * the text has been edited.
 */
import { select } from "d3";
import type { Controller } from "./controller";
import type { Store } from "./store";

export interface Preset {
  /** The file name without `.json`: `small-web-app`. */
  id: string;
  /** The scenario's own `name`, or the id when the file cannot be read. */
  name: string;
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
    .sort((a, b) => a.name.localeCompare(b.name));
}

function nameOf(text: string): string | undefined {
  try {
    const name: unknown = JSON.parse(text)?.name;
    return typeof name === "string" && name.trim() !== "" ? name : undefined;
  } catch {
    return undefined;
  }
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
  root.append("label").attr("class", "label").attr("for", "preset-select").text("Preset");
  const picker = root
    .append("select")
    .attr("id", "preset-select")
    .attr("class", "field")
    .attr("data-testid", "preset-picker");
  picker.append("option").attr("value", CUSTOM).text("Your scenario");
  for (const preset of PRESETS) {
    picker.append("option").attr("value", preset.id).text(preset.name);
  }

  picker.on("change", () => {
    const id = picker.property("value") as string;
    const preset = PRESETS.find((p) => p.id === id);
    if (preset !== undefined) void loadAndPlay(controller, preset.text);
  });

  let shownText: string | null = null;
  store.subscribe((state) => {
    if (state.scenarioText === shownText) return;
    shownText = state.scenarioText;
    const match = PRESETS.find((p) => p.text === state.scenarioText);
    picker.property("value", match?.id ?? CUSTOM);
    picker.select(`option[value="${CUSTOM}"]`).property("hidden", match !== undefined);
  });
}
