import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../../../src/ui/i18n/catalogue";
import { formatNumber, t } from "../../../src/ui/i18n/translate";

describe("t", () => {
  it("gives the string of the language asked for", () => {
    expect(t("help.heading", undefined, "en")).toBe("Keyboard");
    expect(t("help.heading", undefined, "zh-CN")).toBe("键盘");
  });

  it("fills placeholders and formats numbers for the language", () => {
    const en: Record<string, string> = CATALOGUES.en;
    en["help.heading"] = "{n} keys for {who}";
    try {
      expect(t("help.heading", { n: 12345.5, who: "you" }, "en")).toBe("12,345.5 keys for you");
    } finally {
      en["help.heading"] = "Keyboard";
    }
  });

  it("accepts only keys that exist (checked by the compiler)", () => {
    // @ts-expect-error: not a key of the catalogue
    expect(t("no.such.key", undefined, "en")).toBe("no.such.key");
  });

  it("leaves an unknown placeholder as it is", () => {
    expect(t("help.heading", { other: 1 }, "en")).toBe("Keyboard");
  });
});

describe("formatNumber", () => {
  it("groups digits and rounds to the digits asked for", () => {
    expect(formatNumber(1234.56789, "en", 2)).toBe("1,234.57");
    expect(formatNumber(1234.56789, "zh-CN", 1)).toBe("1,234.6");
  });
});

describe("the catalogues", () => {
  it("list the same keys in every language, none empty", () => {
    const en = Object.keys(CATALOGUES.en).sort();
    expect(Object.keys(CATALOGUES["zh-CN"]).sort()).toEqual(en);
    for (const catalogue of Object.values(CATALOGUES))
      for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe("");
  });
});
