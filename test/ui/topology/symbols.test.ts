import { describe, expect, it } from "vitest";
import { COMPONENT_TYPES } from "../../../src/scenario/components";
import { symbolPath } from "../../../src/ui/topology/symbols";

const TYPES = COMPONENT_TYPES;

describe("symbolPath", () => {
  it("gives each component type its own drawing", () => {
    const paths = TYPES.map(symbolPath);
    expect(new Set(paths).size).toBe(TYPES.length);
  });

  it("draws the new types rather than the plain box", () => {
    for (const type of ["database", "queue", "cdn", "autoscaler"]) {
      expect(symbolPath(type)).not.toBe(symbolPath("gateway"));
    }
  });

  it("draws a database as a cylinder, not the cache's store with its bolt", () => {
    // Both start with the cylinder's top; the bolt (a 2.5-unit zigzag) is the cache's alone.
    expect(symbolPath("cache")).toContain("l-2.5 3.5");
    expect(symbolPath("database")).not.toContain("l-2.5 3.5");
    expect(symbolPath("database")).toMatch(/^M4 5\.5c/);
  });

  it("draws a plain box for a type it does not know", () => {
    expect(symbolPath("gateway")).toBe("M4 4h16v16H4z");
  });

  it("is a plain SVG path, commands and numbers only, inside the 24 × 24 box", () => {
    for (const type of TYPES) {
      const d = symbolPath(type);
      expect(d).toMatch(/^[MmLlHhVvCcSsAaZz0-9.,\s-]+$/);
      // Absolute coordinates after M stay within the box.
      for (const m of d.matchAll(/M(-?[\d.]+)[ ,](-?[\d.]+)/g)) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(0);
        expect(Number(m[1])).toBeLessThanOrEqual(24);
        expect(Number(m[2])).toBeGreaterThanOrEqual(0);
        expect(Number(m[2])).toBeLessThanOrEqual(24);
      }
    }
  });
});
