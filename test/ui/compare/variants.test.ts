import { describe, expect, it } from "vitest";
import {
  currentVariant,
  duplicateCurrent,
  MAX_NAME_LENGTH,
  nextName,
  readVariants,
  removeVariant,
  renameVariant,
  selectVariant,
  singleVariant,
  type Variants,
  withCurrentText,
} from "../../../src/ui/compare/variants";

function three(): Variants {
  return {
    list: [
      { name: "A", text: "a" },
      { name: "B", text: "b" },
      { name: "C", text: "c" },
    ],
    current: 1,
  };
}

describe("variants", () => {
  it("start as one variant A holding the scenario text", () => {
    const v = singleVariant("{}");
    expect(v).toEqual({ list: [{ name: "A", text: "{}" }], current: 0 });
    expect(currentVariant(v).text).toBe("{}");
  });

  it("duplicate the current text as the next letter, which becomes current", () => {
    const b = duplicateCurrent(singleVariant("one"));
    expect(b).toEqual({
      list: [
        { name: "A", text: "one" },
        { name: "B", text: "one" },
      ],
      current: 1,
    });
    const c = duplicateCurrent(withCurrentText(b, "two"));
    expect(c.list.map((v) => `${v.name}:${v.text}`)).toEqual(["A:one", "B:two", "C:two"]);
    expect(c.current).toBe(2);
  });

  it("name a duplicate after the first free letter, then V27, V28…", () => {
    expect(nextName([{ name: "B", text: "" }])).toBe("A");
    const letters = Array.from({ length: 26 }, (_, i) => ({
      name: String.fromCharCode(65 + i),
      text: "",
    }));
    expect(nextName(letters)).toBe("V27");
    expect(nextName([...letters, { name: "V27", text: "" }])).toBe("V28");
  });

  it("write text into the current variant only, and keep the same object when it is unchanged", () => {
    const v = three();
    const edited = withCurrentText(v, "B edited");
    expect(edited.list.map((x) => x.text)).toEqual(["a", "B edited", "c"]);
    expect(v.list[1].text).toBe("b");
    expect(withCurrentText(v, "b")).toBe(v);
  });

  it("select an existing variant and ignore an index out of range", () => {
    const v = three();
    expect(selectVariant(v, 2).current).toBe(2);
    expect(selectVariant(v, 1)).toBe(v);
    expect(selectVariant(v, 3)).toBe(v);
    expect(selectVariant(v, -1)).toBe(v);
  });

  it("rename with a trimmed, unique, non-empty name of bounded length", () => {
    const renamed = renameVariant(three(), 0, "  two servers ");
    expect(renamed).toMatchObject({ ok: true });
    if (renamed.ok) expect(renamed.variants.list[0].name).toBe("two servers");
    expect(renameVariant(three(), 0, "   ")).toEqual({ ok: false, reason: "noName" });
    expect(renameVariant(three(), 0, "C")).toEqual({ ok: false, reason: "taken" });
    expect(renameVariant(three(), 2, "C")).toMatchObject({ ok: true });
    expect(renameVariant(three(), 0, "x".repeat(MAX_NAME_LENGTH + 1))).toEqual({
      ok: false,
      reason: "tooLong",
    });
    expect(renameVariant(three(), 5, "D")).toEqual({ ok: false, reason: "missing" });
  });

  it("delete a variant, keeping the current one current, and never the last", () => {
    const before = removeVariant(three(), 0);
    expect(before).toMatchObject({ ok: true, variants: { current: 0 } });
    if (before.ok) expect(currentVariant(before.variants).name).toBe("B");
    const after = removeVariant(three(), 2);
    if (after.ok) expect(currentVariant(after.variants).name).toBe("B");
    const itself = removeVariant(three(), 1);
    if (itself.ok) expect(currentVariant(itself.variants).name).toBe("A");
    const first = removeVariant({ ...three(), current: 0 }, 0);
    if (first.ok) expect(currentVariant(first.variants).name).toBe("B");
    expect(removeVariant(singleVariant("x"), 0)).toEqual({ ok: false, reason: "last" });
  });

  it("read back only a well-formed list from storage", () => {
    const v = three();
    expect(readVariants(JSON.parse(JSON.stringify(v)))).toEqual(v);
    expect(readVariants(null)).toBeNull();
    expect(readVariants({ list: [], current: 0 })).toBeNull();
    expect(readVariants({ list: [{ name: "A", text: 1 }], current: 0 })).toBeNull();
    expect(readVariants({ list: [{ name: " ", text: "" }], current: 0 })).toBeNull();
    expect(
      readVariants({
        list: [
          { name: "A", text: "" },
          { name: "A", text: "" },
        ],
        current: 0,
      }),
    ).toBeNull();
    expect(readVariants({ list: [{ name: "A", text: "" }], current: 1 })).toBeNull();
    expect(readVariants({ list: [{ name: "A", text: "" }], current: 0.5 })).toBeNull();
  });
});
