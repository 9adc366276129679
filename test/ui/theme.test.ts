import { describe, expect, it } from "vitest";
import { initialState, Store } from "../../src/ui/store";
import {
  initialLook,
  LARGE_TYPE_STORAGE_KEY,
  setLook,
  THEME_STORAGE_KEY,
} from "../../src/ui/theme";

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

  it("remembers only what the user changed, not a type size applied for presenter mode", () => {
    const saved: Record<string, string> = {};
    const store = new Store({ ...initialState(), largeType: true }, () => {});
    const root = { dataset: {}, toggleAttribute: () => true } as unknown as HTMLElement;
    setLook({ theme: "dark" }, store, root, {
      getItem: (k) => saved[k] ?? null,
      setItem: (k, v) => {
        saved[k] = v;
      },
    });
    expect(saved).toEqual({ [THEME_STORAGE_KEY]: "dark" });
  });
});
