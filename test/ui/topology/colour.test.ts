import { describe, expect, it } from "vitest";
import { queueFraction, utilizationFill, waitingRoom } from "../../../src/ui/topology/colour";
import { component } from "./fixtures";

/** The tint strength, the last percentage of the outer color-mix. */
function tint(fill: string): number {
  const m = /calc\((\d+)% \* var\(--card-tint, 1\)\), var\(--c-surface\)\)$/.exec(fill);
  if (m === null) throw new Error(`no tint in ${fill}`);
  return Number(m[1]);
}

describe("utilizationFill", () => {
  it("is the plain surface when utilisation is unknown (a client, or no row yet)", () => {
    expect(utilizationFill(Number.NaN)).toBe("var(--c-surface)");
  });

  it("uses the palette's variables only, so the theme decides the colours", () => {
    const fill = utilizationFill(0.7);
    expect(fill).not.toMatch(/#|rgb/);
    expect(fill).toContain("var(--c-bad)");
    expect(fill).toContain("var(--c-warn)");
  });

  it("deepens monotonically with utilisation, so the value reads without telling hues apart", () => {
    const tints = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((u) => tint(utilizationFill(u)));
    for (let i = 1; i < tints.length; i++) expect(tints[i]).toBeGreaterThan(tints[i - 1]);
  });

  it("goes from ok through warn to bad", () => {
    expect(utilizationFill(0)).toContain("var(--c-warn) 0%, var(--c-ok)");
    expect(utilizationFill(0.5)).toContain("var(--c-warn) 100%, var(--c-ok)");
    expect(utilizationFill(1)).toContain("var(--c-bad) 100%, var(--c-warn)");
  });

  it("clamps utilisation outside 0..1", () => {
    expect(utilizationFill(1.3)).toBe(utilizationFill(1));
    expect(utilizationFill(-0.1)).toBe(utilizationFill(0));
  });
});

describe("queueFraction", () => {
  it("fills against the waiting room when it is bounded", () => {
    expect(queueFraction(25, 100)).toBe(0.25);
    expect(queueFraction(250, 100)).toBe(1);
  });

  it("fills on a log scale up to 1000 waiting when the queue is unbounded", () => {
    expect(queueFraction(9, Number.POSITIVE_INFINITY)).toBeCloseTo(1 / 3);
    expect(queueFraction(999, Number.POSITIVE_INFINITY)).toBeCloseTo(1);
    expect(queueFraction(1e6, Number.POSITIVE_INFINITY)).toBe(1);
  });

  it("is empty with nothing waiting or nothing known", () => {
    expect(queueFraction(0, 100)).toBe(0);
    expect(queueFraction(Number.NaN, 100)).toBe(0);
  });
});

describe("waitingRoom", () => {
  it("is a server's queue times the replicas that exist now, or as configured", () => {
    expect(waitingRoom(component("app"), 5)).toBe(500);
    expect(waitingRoom(component("app"), Number.NaN)).toBe(300);
  });

  it("is a database's queue times its nodes, and a message queue's capacity", () => {
    expect(waitingRoom(component("store"), Number.NaN)).toBe(600);
    expect(waitingRoom(component("store"), 6)).toBe(600);
    expect(waitingRoom(component("mail"), 1)).toBe(20000);
  });

  it("is none for components without a waiting room to show", () => {
    for (const id of ["users", "lb", "cache", "edge", "scaler"]) {
      expect(waitingRoom(component(id), 1)).toBeNull();
    }
  });
});
