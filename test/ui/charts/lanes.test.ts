import { describe, expect, it } from "vitest";
import { type Annotation, annotationLanes } from "../../../src/ui/charts/lanes";

/** An annotation whose label reads rightwards from its line at `at`, `width` pixels wide. */
const right = (at: number, width: number): Annotation => ({
  at,
  from: at + 3,
  to: at + 3 + width,
});

/** One whose label reads leftwards from its line, as near the chart's right edge. */
const left = (at: number, width: number): Annotation => ({ at, from: at - 3 - width, to: at - 3 });

/** Whether some line rises through a label of another annotation (a line reaches its own lane). */
function crossings(items: Annotation[], lanes: number[]): string[] {
  const out: string[] = [];
  items.forEach((line, i) => {
    items.forEach((label, j) => {
      if (i !== j && lanes[i] >= lanes[j] && line.at > label.from && line.at < label.to) {
        out.push(`line ${i} crosses label ${j}`);
      }
    });
  });
  return out;
}

describe("annotation lanes", () => {
  it("keep labels that clear each other on the lane next to the plot", () => {
    expect(annotationLanes([right(0, 50), right(60, 40)])).toEqual([0, 0]);
  });

  it("put labels of the same moment one above the other", () => {
    expect(annotationLanes([right(10, 100), right(10, 120)])).toEqual([0, 1]);
  });

  it("lift a label above the lines it covers, so those lines stop below it", () => {
    // What-ifs 12 px apart with labels 110 px wide, as three clicks a second apart at ×10.
    const items = [right(100, 110), right(112, 110), right(124, 110)];
    const lanes = annotationLanes(items);
    expect(lanes).toEqual([2, 1, 0]);
    expect(crossings(items, lanes)).toEqual([]);
  });

  it("go back to the lane next to the plot once it is clear", () => {
    expect(annotationLanes([right(300, 60), right(0, 100), right(50, 100)])).toEqual([0, 1, 0]);
  });

  it("keep lines off labels that read leftwards near the right edge", () => {
    const items = [right(700, 150), left(880, 120), left(890, 120)];
    const lanes = annotationLanes(items);
    expect(crossings(items, lanes)).toEqual([]);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const apart = items[i].to + 4 <= items[j].from || items[j].to + 4 <= items[i].from;
        expect(apart || lanes[i] !== lanes[j], `labels ${i} and ${j} meet`).toBe(true);
      }
    }
  });

  it("are none for no annotations", () => {
    expect(annotationLanes([])).toEqual([]);
  });
});
