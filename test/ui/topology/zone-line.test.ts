import { describe, expect, it } from "vitest";
import { setLocale } from "../../../src/ui/i18n/index";
import { caption } from "../../../src/ui/topology/caption";
import { nodeSize } from "../../../src/ui/topology/geometry";
import { cardNames } from "../../../src/ui/topology/names";
import { textColumn } from "../../../src/ui/topology/nodes";
import { zoneLine } from "../../../src/ui/topology/zone-line";
import { component, figures } from "./fixtures";

/** 7 px per character: about the cards' 12 px sans-serif. */
const measure = (text: string) => [...text].length * 7;
const room = textColumn(nodeSize(), 1).width;
const app = component("app");
const zoned = { ...app, zone: "eu-west-1a" };

describe("a card's zone", () => {
  it("has a line of its own, the badge keeping the busiest replica", () => {
    const f = figures({
      utilization: 0.4,
      up: 3,
      instances: 3,
      hotReplica: 1,
      hotUtilization: 0.41,
    });
    expect(caption(zoned, f).badge).toBe("3/3 up · #1 41%");
    expect(zoneLine(zoned, room, measure)).toBe("zone eu-west-1a");
    expect(zoneLine(app, room, measure)).toBe("");
  });

  it("makes its card one line taller", () => {
    const [plain, inZone] = cardNames([app, zoned], "en", 1, measure);
    expect(inZone.size.height - plain.size.height).toBe(17);
    expect(inZone.lines).toEqual(plain.lines);
  });

  it("ends a name too long for the line in an ellipsis, within the card's column", () => {
    const line = zoneLine({ ...app, zone: "europe-west-1-availability-zone-a" }, room, measure);
    expect(line.endsWith("…")).toBe(true);
    expect(measure(line)).toBeLessThanOrEqual(room);
  });

  it("is said in the page's language", () => {
    setLocale("zh-CN");
    try {
      expect(zoneLine(zoned, room, measure)).toBe("可用区 eu-west-1a");
    } finally {
      setLocale("en");
    }
  });
});
