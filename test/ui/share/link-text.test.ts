import { describe, expect, it } from "vitest";
import { decodeShareLink } from "../../../src/scenario/share-link";
import { linkFor, textForDocument, textWithSeed, withSeed } from "../../../src/ui/share/link-text";

const PRESET = `{
  "version": 1,
  "name": "Shop",
  "seed": "1",
  "duration": 60,
  "components": [
    { "id": "users", "type": "client", "workload": { "kind": "open", "rate": 10 }, "target": "web" },
    { "id": "web", "type": "server", "service": { "dist": "exp", "mean": 0.05 } }
  ]
}
`;
const NO_SEED = PRESET.replace('  "seed": "1",\n', "").replace('"Shop"', '"Shop without seed"');
const presets = [{ text: PRESET }, { text: NO_SEED }];

function linkedDocument(text: string, seed: string) {
  const decoded = decodeShareLink(linkFor(text, seed)!);
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.scenario;
}

describe("link text", () => {
  it("puts the run's seed in the document, where the document had it", () => {
    const doc = JSON.parse(PRESET);
    expect(withSeed(doc, "1")).toBe(doc);
    expect(Object.keys(withSeed(doc, "7"))).toEqual(Object.keys(doc));
    expect(withSeed(JSON.parse(NO_SEED), "1").seed).toBe("1");
  });

  it("links the running text with the run's seed, and nothing for text that is no document", () => {
    expect(linkedDocument(PRESET, "42")).toMatchObject({ name: "Shop", seed: "42" });
    expect(linkFor("not json", "1")).toBeNull();
    expect(linkFor("[1]", "1")).toBeNull();
  });

  it("opens a preset's own text for a link of that preset at its own seed", () => {
    expect(textForDocument(linkedDocument(PRESET, "1"), presets)).toBe(PRESET);
    expect(textForDocument(linkedDocument(NO_SEED, "1"), presets)).toBe(NO_SEED);
  });

  it("opens indented JSON carrying the seed for a preset at another seed or an edited one", () => {
    const reseeded = textForDocument(linkedDocument(PRESET, "7"), presets);
    expect(JSON.parse(reseeded)).toEqual({ ...JSON.parse(PRESET), seed: "7" });
    const edited = PRESET.replace('"rate": 10', '"rate": 11');
    expect(textForDocument(linkedDocument(edited, "1"), presets)).toBe(
      `${JSON.stringify(JSON.parse(edited), null, 2)}\n`,
    );
  });

  it("saves the text as it is at its own seed, and with the run's seed otherwise", () => {
    expect(textWithSeed(PRESET, "1")).toBe(PRESET);
    expect(JSON.parse(textWithSeed(PRESET, "9")).seed).toBe("9");
    expect(textWithSeed("broken", "9")).toBe("broken");
  });
});
