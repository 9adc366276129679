import { describe, expect, it } from "vitest";
import { initialLook, LARGE_TYPE_STORAGE_KEY, THEME_STORAGE_KEY } from "../../src/ui/theme";

function storage(entries: Record<string, string>) {
  return { getItem: (k: string) => entries[k] ?? null, setItem: () => {} };
}

describe("the page's look", () => {
  it("follows the system's colour scheme until the user chooses", () => {
    expect(initialLook(storage({}), true)).toEqual({ theme: "dark", largeType: false });
    expect(initialLook(null, false)).toEqual({ theme: "light", largeType: false });
  });

  it("opens with the theme and type size the user chose last time", () => {
    const saved = storage({ [THEME_STORAGE_KEY]: "light", [LARGE_TYPE_STORAGE_KEY]: "true" });
    expect(initialLook(saved, true)).toEqual({ theme: "light", largeType: true });
  });

  it("ignores a stored theme it does not know", () => {
    expect(initialLook(storage({ [THEME_STORAGE_KEY]: "neon" }), false).theme).toBe("light");
  });
});
