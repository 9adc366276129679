import { describe, expect, it } from "vitest";
import { initialLocale, LOCALE_STORAGE_KEY } from "../../../src/ui/i18n/locale";

const stored = (value: string | null) => ({
  getItem: (key: string) => (key === LOCALE_STORAGE_KEY ? value : null),
});

describe("initialLocale", () => {
  it("keeps the language the user chose last time", () => {
    expect(initialLocale(stored("zh-CN"), ["en-US"])).toBe("zh-CN");
  });

  it("otherwise follows the browser's first supported preference", () => {
    expect(initialLocale(stored(null), ["fr", "zh-TW", "en"])).toBe("zh-CN");
    expect(initialLocale(stored(null), ["en-GB", "zh-CN"])).toBe("en");
  });

  it("falls back to English, also when storage holds junk or throws", () => {
    expect(initialLocale(stored("klingon"), ["fr"])).toBe("en");
    const throwing = {
      getItem: () => {
        throw new Error("denied");
      },
    };
    expect(initialLocale(throwing, ["zh"])).toBe("zh-CN");
  });
});
