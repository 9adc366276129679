import { describe, expect, it } from "vitest";
import type { ProbeLayout } from "../../../src/sim/probe";
import { GLOBAL_FIELDS, PROBE_FIELD_COUNT, PROBE_FIELDS } from "../../../src/sim/probe-fields";
import { componentOffsets, edgeOffset, figuresOf } from "../../../src/ui/topology/figures";

const components = ["users", "app"];
const edges = [{ from: "users", to: "app" }];
const layout: ProbeLayout = {
  components,
  edges,
  rowLength: 1 + GLOBAL_FIELDS.length + components.length * PROBE_FIELD_COUNT + edges.length,
};

/** A row where component c's field f holds 100·(c + 1) + f and the edge holds 42. */
function row(): Float64Array {
  const r = new Float64Array(layout.rowLength);
  r[0] = 12;
  components.forEach((_, c) => {
    for (let f = 0; f < PROBE_FIELD_COUNT; f++) {
      r[1 + GLOBAL_FIELDS.length + c * PROBE_FIELD_COUNT + f] = 100 * (c + 1) + f;
    }
  });
  r[layout.rowLength - 1] = 42;
  return r;
}

describe("figuresOf", () => {
  it("reads every field of a component by name", () => {
    const f = figuresOf(layout, row(), "app")!;
    PROBE_FIELDS.forEach((name, i) => {
      expect(f[name]).toBe(200 + i);
    });
  });

  it("is null before the first row, for an unknown id, or for a row of another layout", () => {
    expect(figuresOf(layout, null, "app")).toBeNull();
    expect(figuresOf(layout, row(), "ghost")).toBeNull();
    expect(figuresOf(layout, new Float64Array(3), "app")).toBeNull();
    expect(figuresOf(null, row(), "app")).toBeNull();
  });
});

describe("componentOffsets", () => {
  it("finds each component's figures after the time and the global fields, in layout order", () => {
    const offsets = componentOffsets(layout);
    expect(offsets.get("users")).toBe(1 + GLOBAL_FIELDS.length);
    expect(offsets.get("app")).toBe(1 + GLOBAL_FIELDS.length + PROBE_FIELD_COUNT);
  });
});

describe("edgeOffset", () => {
  it("finds the calls per second of each edge after every component's figures", () => {
    expect(row()[edgeOffset(layout, 0)]).toBe(42);
    expect(edgeOffset(layout, 0)).toBe(layout.rowLength - 1);
  });
});
