import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import { DEFAULT_PRESET_ID, defaultPreset, PRESETS, presetsFrom } from "../../src/ui/presets";

describe("presets", () => {
  it("bundles every model, each a valid scenario", () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(4);
    for (const preset of PRESETS) {
      const parsed = parseScenarioText(preset.text);
      expect(parsed.ok, preset.id).toBe(true);
    }
  });

  it("opens on the small web app", () => {
    expect(defaultPreset()?.id).toBe(DEFAULT_PRESET_ID);
  });

  it("names a preset by its scenario's name, or by its file when unreadable", () => {
    const presets = presetsFrom({
      "../../models/b.json": '{"name": "Zeta"}',
      "../../models/a-broken.json": "{",
    });
    expect(presets.map((p) => [p.id, p.name])).toEqual([
      ["a-broken", "a-broken"],
      ["b", "Zeta"],
    ]);
  });
});
