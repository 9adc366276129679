import { describe, expect, it } from "vitest";
import { qrModules } from "../../../src/ui/share/qr-code";
import { chooseQrLink, isLocalOnly } from "../../../src/ui/share/qr-link";

const PAGE = "http://192.168.1.20:4173/";
const PRESET = `${PAGE}#preset=cdn-static`;
const FULL = `${PAGE}#s=1.${"A".repeat(900)}`;
const HUGE = `${PAGE}#s=1.${"A".repeat(3000)}`;

describe("the link a QR code carries", () => {
  it("is the preset's short link when there is one: a smaller code, read from further", () => {
    const choice = chooseQrLink(FULL, PRESET);
    expect(choice).toEqual({ ok: true, url: PRESET, short: true, modules: qrModules(PRESET) });
    if (!choice.ok) throw new Error("unreachable");
    expect(choice.modules.size).toBeLessThan(qrModules(FULL)!.size);
  });

  it("is the whole link of any other scenario", () => {
    expect(chooseQrLink(FULL, null)).toEqual({
      ok: true,
      url: FULL,
      short: false,
      modules: qrModules(FULL),
    });
  });

  it("is refused, with the link's length, when the link is too long for any code", () => {
    expect(chooseQrLink(HUGE, null)).toEqual({ ok: false, length: HUGE.length });
    // A preset's short link still fits when its whole link would not.
    expect(chooseQrLink(HUGE, PRESET)).toMatchObject({ ok: true, url: PRESET });
  });
});

describe("a page address that no phone can open", () => {
  it("is this computer's own", () => {
    for (const host of ["localhost", "app.localhost", "127.0.0.1", "127.1.2.3", "[::1]", ""]) {
      expect(isLocalOnly(host), host).toBe(true);
    }
  });

  it("is not a network or public address", () => {
    for (const host of [
      "192.168.1.20",
      "10.0.0.7",
      "[fd00::2]",
      "example.github.io",
      "128.0.0.1",
    ]) {
      expect(isLocalOnly(host), host).toBe(false);
    }
  });
});
