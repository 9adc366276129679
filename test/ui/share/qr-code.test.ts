import { describe, expect, it } from "vitest";
import { type QrModules, QUIET_ZONE, qrModules, qrPath } from "../../../src/ui/share/qr-code";

const LINK = "http://192.168.1.20:4173/#preset=cdn-static";

/** Whether the 7x7 finder pattern (dark ring, light ring, dark 3x3 core) starts at row, col. */
function finderAt({ size, dark }: QrModules, row: number, col: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (dark[(row + r) * size + col + c] !== (ring !== 2)) return false;
    }
  }
  return true;
}

/** The dark modules a path draws, read back from its `M x y h w v1 h-w z` parts. */
function modulesOf(path: string, size: number): boolean[] {
  const dark = new Array<boolean>(size * size).fill(false);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const row = Number(y) - QUIET_ZONE;
    for (let col = Number(x) - QUIET_ZONE; col < Number(x) - QUIET_ZONE + Number(w); col++) {
      dark[row * size + col] = true;
    }
  }
  return dark;
}

describe("a QR code of a link", () => {
  it("is a square of a standard size with its three finder patterns", () => {
    const modules = qrModules(LINK)!;
    // Versions 1 to 40 are 21 to 177 modules a side, four more per version.
    expect((modules.size - 17) % 4).toBe(0);
    expect(modules.size).toBeGreaterThanOrEqual(21);
    expect(modules.dark).toHaveLength(modules.size * modules.size);
    const end = modules.size - 7;
    expect([finderAt(modules, 0, 0), finderAt(modules, 0, end), finderAt(modules, end, 0)]).toEqual(
      [true, true, true],
    );
    expect(finderAt(modules, end, end)).toBe(false);
  });

  it("depends on every character of the link", () => {
    expect(qrModules(LINK)).toEqual(qrModules(LINK));
    expect(qrModules(LINK)!.dark).not.toEqual(qrModules(`${LINK.slice(0, -1)}x`)!.dark);
  });

  it("grows with the link, up to the largest code, and is refused past it", () => {
    expect(qrModules("a".repeat(100))!.size).toBeLessThan(qrModules("a".repeat(1000))!.size);
    // Version 40 at error correction L holds 2,953 bytes.
    expect(qrModules("a".repeat(2953))!.size).toBe(177);
    expect(qrModules("a".repeat(2954))).toBeNull();
  });

  it("is drawn as a path of exactly its dark modules, inside the quiet zone", () => {
    const modules = qrModules(LINK)!;
    const path = qrPath(modules);
    expect(modulesOf(path, modules.size)).toEqual(modules.dark);
    const xs = [...path.matchAll(/M(\d+) (\d+)/g)].flatMap(([, x, y]) => [Number(x), Number(y)]);
    expect(Math.min(...xs)).toBe(QUIET_ZONE);
    expect(Math.max(...xs)).toBe(QUIET_ZONE + modules.size - 1);
  });
});
