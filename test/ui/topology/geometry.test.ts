import { describe, expect, it } from "vitest";
import {
  BODY_TEXT_SCALE,
  borderPoint,
  cardSpacing,
  contentBounds,
  controlRoute,
  edgePoints,
  edgeSegment,
  fitHeight,
  fitTransform,
  labelPoint,
  NAME_LINE,
  nodeSize,
  rowSqueeze,
  segmentCrossesCard,
} from "../../../src/ui/topology/geometry";

const box = { width: 100, height: 50 };

describe("nodeSize", () => {
  it("draws cards bigger by the root font's growth, 16 to 21 px in large type", () => {
    const normal = nodeSize();
    const large = nodeSize(21 / 16);
    expect(normal).toEqual({ width: 160, height: 68 });
    expect(large.width / normal.width).toBeCloseTo(21 / 16);
    expect(large.height / normal.height).toBeCloseTo(21 / 16);
  });

  it("grows a card by one line for a name on two lines, at any scale", () => {
    expect(nodeSize(1, 2)).toEqual({ width: 160, height: 68 + NAME_LINE });
    expect(nodeSize(2, 2).height).toBe(2 * (68 + NAME_LINE));
  });
});

describe("borderPoint", () => {
  it("leaves a card through its right side towards a point on the right", () => {
    expect(borderPoint({ x: 0, y: 0 }, box, { x: 300, y: 0 })).toEqual({ x: 50, y: 0 });
  });

  it("leaves through the top or bottom when the point is steeply above or below", () => {
    expect(borderPoint({ x: 0, y: 0 }, box, { x: 10, y: 100 })).toEqual({ x: 2.5, y: 25 });
  });

  it("steps out by the margin along the segment, room for the arrowhead", () => {
    const p = borderPoint({ x: 0, y: 0 }, box, { x: -300, y: 0 }, 4);
    expect(p.x).toBeCloseTo(-54);
    expect(p.y).toBeCloseTo(0);
  });

  it("stays at the centre when the target is the centre", () => {
    expect(borderPoint({ x: 5, y: 5 }, box, { x: 5, y: 5 })).toEqual({ x: 5, y: 5 });
  });
});

describe("edgeSegment", () => {
  it("runs from border to border, ending short of the target by the arrow margin", () => {
    expect(edgeSegment({ x: 0, y: 0 }, { x: 300, y: 0 }, box, 0, 4)).toEqual({
      x1: 50,
      y1: 0,
      x2: 246,
      y2: 0,
    });
  });

  it("draws a call and its call back as two parallel lines when offset", () => {
    const there = edgeSegment({ x: 0, y: 0 }, { x: 300, y: 0 }, box, 6);
    const back = edgeSegment({ x: 300, y: 0 }, { x: 0, y: 0 }, box, 6);
    expect(there.y1).toBeCloseTo(-6);
    expect(back.y1).toBeCloseTo(6);
  });

  it("meets a taller card at its own border", () => {
    const tall = { x: 0, y: 200, size: { width: 100, height: 80 } };
    expect(edgeSegment({ x: 0, y: 0 }, tall, box, 0, 0)).toEqual({ x1: 0, y1: 25, x2: 0, y2: 160 });
    expect(edgeSegment(tall, { x: 0, y: 0 }, box, 0, 0)).toEqual({ x1: 0, y1: 160, x2: 0, y2: 25 });
  });
});

describe("edgePoints", () => {
  it("is the straight segment when the edge has no route", () => {
    expect(edgePoints({ x: 0, y: 0 }, { x: 300, y: 0 }, box, [], 0, 4)).toEqual([
      { x: 50, y: 0 },
      { x: 246, y: 0 },
    ]);
  });

  it("leaves the caller towards the first waypoint and reaches the callee from the last", () => {
    const points = edgePoints({ x: 0, y: 0 }, { x: 400, y: 0 }, box, [{ x: 200, y: 100 }], 0, 0);
    expect(points).toHaveLength(3);
    expect(points[0].x).toBeCloseTo(50);
    expect(points[0].y).toBeCloseTo(25);
    expect(points[1]).toEqual({ x: 200, y: 100 });
    expect(points[2].x).toBeCloseTo(350);
    expect(points[2].y).toBeCloseTo(25);
  });
});

describe("labelPoint", () => {
  it("puts the label above the middle of a horizontal edge, whichever way it points", () => {
    expect(labelPoint({ x1: 0, y1: 0, x2: 100, y2: 0 }, 8)).toEqual({ x: 50, y: -8 });
    expect(labelPoint({ x1: 100, y1: 0, x2: 0, y2: 0 }, 8)).toEqual({ x: 50, y: -8 });
  });

  it("puts the label left of a vertical edge", () => {
    const p = labelPoint({ x1: 0, y1: 0, x2: 0, y2: 100 }, 8);
    expect(p.x).toBeCloseTo(-8);
    expect(p.y).toBeCloseTo(50);
  });
});

describe("contentBounds", () => {
  it("holds every card whole", () => {
    const b = contentBounds(
      [
        { x: 0, y: 0 },
        { x: 200, y: 100 },
      ],
      box,
    );
    expect(b).toEqual({ x: -50, y: -25, width: 300, height: 150 });
  });

  it("holds a taller card whole by its own size", () => {
    const b = contentBounds(
      [
        { x: 0, y: 0 },
        { x: 200, y: 100, size: { width: 100, height: 90 } },
      ],
      box,
    );
    expect(b).toEqual({ x: -50, y: -25, width: 300, height: 170 });
  });

  it("is null when there is nothing to draw", () => {
    expect(contentBounds([], box)).toBeNull();
  });
});

describe("fitTransform", () => {
  it("scales the drawing down to fit the frame and centres it", () => {
    const t = fitTransform(
      { x: 0, y: 0, width: 1000, height: 100 },
      { width: 548, height: 400 },
      24,
    );
    expect(t.k).toBeCloseTo(0.5);
    expect(t.x).toBeCloseTo(274 - 0.5 * 500);
    expect(t.y).toBeCloseTo(200 - 0.5 * 50);
  });

  it("stops shrinking at minScale and then starts the drawing at the top left", () => {
    const t = fitTransform(
      { x: -80, y: -40, width: 2000, height: 100 },
      { width: 548, height: 400 },
      24,
      1.5,
      0.75,
    );
    expect(t.k).toBe(0.75);
    expect(t.x).toBe(24 + 0.75 * 80);
    expect(t.y).toBeCloseTo(200 - 0.75 * 10);
  });

  it("never magnifies a small drawing past maxScale", () => {
    const t = fitTransform(
      { x: -10, y: -10, width: 20, height: 20 },
      { width: 800, height: 600 },
      24,
      1.5,
    );
    expect(t.k).toBe(1.5);
    expect(t.x).toBe(400);
    expect(t.y).toBe(300);
  });
});

describe("segmentCrossesCard", () => {
  const card = { x: 0, y: 0 };

  it("is true for a segment through the card, or starting inside it", () => {
    expect(segmentCrossesCard({ x: -100, y: 0 }, { x: 100, y: 0 }, card, box)).toBe(true);
    expect(segmentCrossesCard({ x: 0, y: -100 }, { x: 0, y: 100 }, card, box)).toBe(true);
    expect(segmentCrossesCard({ x: 0, y: 0 }, { x: 300, y: 300 }, card, box)).toBe(true);
  });

  it("is false for a segment that passes beside it or stops short of it", () => {
    expect(segmentCrossesCard({ x: -100, y: 40 }, { x: 100, y: 40 }, card, box)).toBe(false);
    expect(segmentCrossesCard({ x: 0, y: -200 }, { x: 0, y: -30 }, card, box)).toBe(false);
    expect(segmentCrossesCard({ x: 60, y: -100 }, { x: 60, y: 100 }, card, box)).toBe(false);
  });
});

describe("controlRoute", () => {
  it("runs straight from card to card when nothing is in the way", () => {
    const points = controlRoute({ x: 0, y: -100 }, { x: 0, y: 0 }, box, [{ x: 300, y: 0 }]);
    expect(points).toHaveLength(2);
    expect(points[0]).toEqual({ x: 0, y: -75 });
    expect(points[1].x).toBe(0);
    expect(points[1].y).toBeCloseTo(-29);
  });

  it("goes round the cards in between, down the gap on the right, into the server's top", () => {
    // An autoscaler above a column of two: its server is the lower card (top border at y = 75).
    const points = controlRoute({ x: 0, y: -100 }, { x: 0, y: 100 }, box, [{ x: 0, y: 0 }], 4);
    expect(points).toEqual([
      { x: 50, y: -100 },
      { x: 65, y: -100 },
      { x: 65, y: 60 },
      { x: 35, y: 60 },
      { x: 35, y: 71 },
    ]);
  });

  it("comes into the server's bottom when the server is above", () => {
    const points = controlRoute({ x: 0, y: 100 }, { x: 0, y: -100 }, box, [{ x: 0, y: 0 }], 4);
    expect(points.at(-1)).toEqual({ x: 35, y: -71 });
    expect(points.at(-2)).toEqual({ x: 35, y: -60 });
  });
});

describe("fitHeight", () => {
  const bounds = { x: 0, y: 0, width: 800, height: 100 };

  it("asks for the drawing's height at the preferred zoom when the width allows it", () => {
    expect(fitHeight(bounds, 2000, 10, BODY_TEXT_SCALE, 0.5)).toBe(
      Math.ceil(100 * BODY_TEXT_SCALE + 20),
    );
  });

  it("asks for less when the width already shrinks the drawing", () => {
    expect(fitHeight(bounds, 420, 10, BODY_TEXT_SCALE, 0.2)).toBe(70);
  });

  it("never below the least zoom, even when the drawing will not fit across", () => {
    expect(fitHeight(bounds, 100, 10, BODY_TEXT_SCALE, 1)).toBe(120);
  });
});

describe("cardSpacing", () => {
  it("packs large type's cards closer, still leaving a quarter card between columns", () => {
    const size = nodeSize(21 / 16);
    const large = cardSpacing(size, true);
    expect(large.columnGap).toBeLessThan(cardSpacing(size, false).columnGap);
    expect(large.columnGap - size.width).toBeGreaterThanOrEqual(size.width / 4);
    expect(large.rowGap).toBeGreaterThan(size.height);
  });
});

describe("rowSqueeze", () => {
  const card = { width: 100, height: 50 };
  // Two columns; the right one has three cards 90 apart, the left one a card in the middle.
  const centers = [
    { x: 0, y: 90 },
    { x: 200, y: 0 },
    { x: 200, y: 90 },
    { x: 200, y: 180 },
  ];

  it("leaves a drawing that fits alone", () => {
    expect(rowSqueeze(centers, card, 230, 10)).toBe(1);
    expect(rowSqueeze([{ x: 0, y: 0 }], card, 10, 10)).toBe(1);
  });

  it("brings the rows just close enough for the drawing to fit the room", () => {
    const s = rowSqueeze(centers, card, 200, 10);
    expect(s).toBeCloseTo(150 / 180);
    expect(180 * s + card.height).toBeCloseTo(200);
  });

  it("keeps the gap between cards one above the other, whatever the room", () => {
    expect(rowSqueeze(centers, card, 100, 10)).toBeCloseTo(60 / 90);
  });

  it("lets cards in different columns pass each other's height", () => {
    const apart = [
      { x: 0, y: 0 },
      { x: 200, y: 180 },
    ];
    expect(rowSqueeze(apart, card, 100, 10)).toBeCloseTo(50 / 180);
  });

  it("never spreads cards that already stand closer than the gap", () => {
    const tight = [
      { x: 0, y: 0 },
      { x: 0, y: 40 },
      { x: 300, y: 400 },
    ];
    expect(rowSqueeze(tight, card, 100, 10)).toBe(1);
  });

  it("keeps the gap below a taller card and fits the drawing by its farthest edges", () => {
    const tall = { width: 100, height: 70 };
    const cards = [
      { x: 200, y: 0, size: tall },
      { x: 200, y: 90 },
      { x: 200, y: 180, size: tall },
    ];
    // From the first card's top to the last one's bottom: 180 s + 70 = 220.
    expect(rowSqueeze(cards, card, 220, 10)).toBeCloseTo(150 / 180);
    // No closer than (70 + 50) / 2 + 10 = 70 between centres, whatever the room.
    expect(rowSqueeze(cards, card, 100, 10)).toBeCloseTo(70 / 90);
    expect(rowSqueeze(cards, card, 250, 10)).toBe(1);
  });
});
