/**
 * Rows for the labels of a chart's annotations (what-if markers, fault spans), in a band of their
 * own above the plot where no data line goes: lane 0 just above the plot, lane 1 above that, and
 * so on. Each annotation's line rises from the plot to its own label, so a label has to clear
 * the other labels of its lane and every line that rises through it, and its own line has to
 * miss the labels of the lanes below.
 */

/** An annotation across the chart, in pixels: where its line stands, and its label's extent. */
export interface Annotation {
  at: number;
  from: number;
  to: number;
}

/** How near a line may pass a label's ends, in pixels. */
const CLEARANCE = 2;

/** Whether a line at `x` runs through `label`. */
function crosses(x: number, label: Annotation): boolean {
  return x > label.from - CLEARANCE && x < label.to + CLEARANCE;
}

/**
 * The lane of each annotation. An annotation whose line a label covers is placed first, so it
 * takes a lower lane and its line stops below that label; otherwise from the right, as labels
 * mostly read rightwards from their lines. Each then takes the lowest lane where its label
 * clears the others and no line crosses a label. When lines cover each other's labels both ways
 * (lines closer than labels are wide, reading towards each other) one line has to cross: that
 * label takes the lowest lane where it clears the labels.
 */
export function annotationLanes(items: readonly Annotation[], gap = 4): number[] {
  const lanes = new Array<number>(items.length).fill(0);
  const placed: number[] = [];
  const clears = (a: Annotation, b: Annotation) => a.to + gap <= b.from || b.to + gap <= a.from;
  const fits = (i: number, lane: number, lines: boolean) =>
    placed.every((j) => {
      const a = items[i];
      const b = items[j];
      if (lanes[j] === lane && !clears(a, b)) return false;
      if (!lines) return true;
      // A line rises through every lane up to its own label's.
      if (lanes[j] >= lane && crosses(b.at, a)) return false;
      return lanes[j] > lane || !crosses(a.at, b);
    });
  for (const i of placingOrder(items)) {
    let lane = 0;
    while (lane <= placed.length && !fits(i, lane, true)) lane++;
    if (lane > placed.length) {
      lane = 0;
      while (!fits(i, lane, false)) lane++;
    }
    lanes[i] = lane;
    placed.push(i);
  }
  return lanes;
}

/**
 * The annotations in the order to place them: each after those whose lines its label covers
 * (the right-most first among those ready), breaking a cycle at its right-most annotation.
 */
function placingOrder(items: readonly Annotation[]): number[] {
  const waiting = items.map((_, i) => i).sort((a, b) => items[b].at - items[a].at || a - b);
  const order: number[] = [];
  while (waiting.length > 0) {
    const ready = waiting.findIndex((i) =>
      waiting.every((j) => j === i || !crosses(items[j].at, items[i])),
    );
    order.push(...waiting.splice(ready === -1 ? 0 : ready, 1));
  }
  return order;
}
