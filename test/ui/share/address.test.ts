import { describe, expect, it } from "vitest";
import { decodeShareLink } from "../../../src/scenario/share-link";
import {
  decodeAddress,
  isAddressLink,
  presetLink,
  presetLinkFor,
} from "../../../src/ui/share/address";
import { linkFor } from "../../../src/ui/share/link-text";

const SHOP = `{
  "version": 1,
  "name": "Shop",
  "seed": "5",
  "duration": 60,
  "components": [
    { "id": "users", "type": "client", "workload": { "kind": "open", "rate": 10 }, "target": "web" },
    { "id": "web", "type": "server", "service": { "dist": "exp", "mean": 0.05 } }
  ]
}
`;
const NO_SEED = SHOP.replace('  "seed": "5",\n', "");
const presets = [
  { id: "shop", text: SHOP, seed: "5" },
  { id: "shop-no-seed", text: NO_SEED, seed: "1" },
];

describe("preset links", () => {
  it("give a preset run unchanged at its own seed a short link", () => {
    expect(presetLinkFor(SHOP, "5", presets)).toBe("#preset=shop");
    expect(presetLinkFor(NO_SEED, "1", presets)).toBe("#preset=shop-no-seed");
  });

  it("give none for another seed or an edited text", () => {
    expect(presetLinkFor(SHOP, "6", presets)).toBeNull();
    expect(presetLinkFor(SHOP.replace("60", "61"), "5", presets)).toBeNull();
  });

  it("open exactly what the preset's full share link opens", () => {
    for (const { text, seed } of presets) {
      const short = presetLinkFor(text, seed, presets)!;
      expect(decodeAddress(short, presets)).toEqual(decodeShareLink(linkFor(text, seed)!));
    }
  });

  it("refuse a preset this archsim does not have, naming it, without throwing on bad escapes", () => {
    expect(decodeAddress("#preset=retry-storms", presets)).toEqual({
      ok: false,
      reason: "unknown-preset",
      id: "retry-storms",
    });
    expect(decodeAddress(presetLink("<b>x</b>"), presets)).toMatchObject({ id: "<b>x</b>" });
    expect(decodeAddress("#preset=%E0%A4%A", presets)).toMatchObject({ id: "%E0%A4%A" });
    expect(decodeAddress("#preset=", presets)).toMatchObject({ reason: "unknown-preset", id: "" });
  });

  it("leave share links to the share-link decoder, and other fragments alone", () => {
    const full = linkFor(SHOP, "9")!;
    expect(isAddressLink(full)).toBe(true);
    expect(isAddressLink("#preset=shop")).toBe(true);
    expect(isAddressLink("#help")).toBe(false);
    expect(decodeAddress(full, presets)).toEqual(decodeShareLink(full));
  });
});
