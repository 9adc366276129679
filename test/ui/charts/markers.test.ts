import { scaleLinear } from "d3";
import { describe, expect, it } from "vitest";
import { placeAnnotations } from "../../../src/ui/charts/markers";

/** 100 s of simulated time across a plot 1000 px wide: 10 px a second. */
const x = scaleLinear([0, 100], [0, 1000]);
const FONT = 13;

describe("annotations", () => {
  it("need no band above the plot when there are none", () => {
    expect(placeAnnotations([], [], x, FONT, 26).band).toBe(0);
  });

  it("need a lane of labels above the plot for labels that clear each other", () => {
    const notes = placeAnnotations(
      [{ from: 10, to: 30, label: "slow db ×5" }],
      [{ time: 60, label: "app down 10 s" }],
      x,
      FONT,
      26,
    );
    expect(notes.spans.map((p) => [p.at, p.lane])).toEqual([[100, 0]]);
    expect(notes.markers.map((p) => [p.at, p.lane])).toEqual([[600, 0]]);
    // The plot's padding and one lane of 1.25 em.
    expect(notes.band).toBe(3 + 1.25 * FONT);
  });

  it("put a span's label above a what-if whose line it would cover", () => {
    const notes = placeAnnotations(
      [{ from: 10, to: 30, label: "slow Recommender ×100" }],
      [{ time: 12, label: "App down 10 s" }],
      x,
      FONT,
      26,
    );
    expect(notes.markers[0].lane).toBe(0);
    expect(notes.spans[0].lane).toBe(1);
    expect(notes.band).toBe(3 + 2 * 1.25 * FONT);
  });

  it("read leftwards from a line near the right edge, so the label stays on the chart", () => {
    const notes = placeAnnotations([], [{ time: 98, label: "App ×5 slower" }], x, FONT, 26);
    expect(notes.markers[0].flipped).toBe(true);
    const early = placeAnnotations([], [{ time: 50, label: "App ×5 slower" }], x, FONT, 26);
    expect(early.markers[0].flipped).toBe(false);
  });
});
