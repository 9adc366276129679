import { describe, expect, it } from "vitest";
import {
  VARIANTS_STORAGE_KEY,
  VariantsController,
} from "../../../src/ui/compare/variants-controller";
import type { Controller } from "../../../src/ui/controller";
import { initialState, Store } from "../../../src/ui/store";

/** A store that notifies at once, a controller whose load just takes the text, a map as storage. */
function setup(saved?: string) {
  const store = new Store(initialState(), (cb) => cb());
  const loads: string[] = [];
  const controller = {
    load: async (text: string) => {
      loads.push(text);
      store.update({ scenarioText: text });
      return true;
    },
    play: async () => {},
  } as unknown as Controller;
  const items = new Map<string, string>();
  if (saved !== undefined) items.set(VARIANTS_STORAGE_KEY, saved);
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
  const variants = new VariantsController(store, controller, storage);
  const stored = () => JSON.parse(items.get(VARIANTS_STORAGE_KEY) ?? "null");
  return { store, controller, variants, loads, stored };
}

describe("VariantsController", () => {
  it("writes every text the page loads into the current variant, and keeps it in storage", async () => {
    const { store, controller, stored } = setup();
    await controller.load("one");
    expect(store.state.variants).toEqual({ list: [{ name: "A", text: "one" }], current: 0 });
    expect(stored()).toEqual(store.state.variants);
  });

  it("opens on the variants kept in storage", () => {
    const saved = {
      list: [
        { name: "A", text: "a" },
        { name: "B", text: "b" },
      ],
      current: 1,
    };
    const { store } = setup(JSON.stringify(saved));
    expect(store.state.variants).toEqual(saved);
    expect(setup("{ broken").store.state.variants.list).toHaveLength(1);
  });

  it("duplicates without a reload, and switching loads the variant's text", async () => {
    const { store, controller, variants, loads } = setup();
    await controller.load("one");
    variants.duplicate();
    expect(loads).toEqual(["one"]);
    await controller.load("two");
    expect(store.state.variants.list.map((v) => v.text)).toEqual(["one", "two"]);
    await variants.select(0);
    expect(loads.at(-1)).toBe("one");
    expect(store.state.variants.current).toBe(0);
    expect(store.state.variants.list.map((v) => v.text)).toEqual(["one", "two"]);
  });

  it("keeps text typed and not loaded in the variant it leaves", async () => {
    const { store, controller, variants, loads } = setup();
    await controller.load("one");
    variants.duplicate();
    variants.unloaded = () => "typed in B";
    await variants.select(0);
    expect(store.state.variants.list.map((v) => v.text)).toEqual(["one", "typed in B"]);
    variants.unloaded = () => null;
    await variants.select(1);
    expect(loads.at(-1)).toBe("typed in B");
  });

  it("loads the new current variant when the one being edited is deleted", async () => {
    const { store, controller, variants, loads } = setup();
    await controller.load("one");
    variants.duplicate();
    await controller.load("two");
    expect(variants.remove(1)).toMatchObject({ ok: true });
    await Promise.resolve();
    expect(loads.at(-1)).toBe("one");
    expect(store.state.variants).toEqual({ list: [{ name: "A", text: "one" }], current: 0 });
    expect(variants.remove(0)).toEqual({ ok: false, reason: "last" });
  });

  it("keeps variants another part of the page set (a share link) in storage", () => {
    const { store, stored } = setup();
    const linked = {
      list: [
        { name: "A", text: "a" },
        { name: "B", text: "b" },
      ],
      current: 0,
    };
    store.update({ variants: linked });
    expect(stored()).toEqual(linked);
  });
});
