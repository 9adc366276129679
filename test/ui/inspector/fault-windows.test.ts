import { describe, expect, it } from "vitest";
import type { LiveAction } from "../../../src/sim/actions";
import { type FaultAction, FaultWindows } from "../../../src/ui/inspector/fault-windows";
import type { Marker } from "../../../src/worker/protocol";

const slow: FaultAction = { kind: "slow", target: "app", duration: 30, factor: 5 };
const killOne: FaultAction = { kind: "crash", target: "app", duration: 10, instance: 0 };

function marker(time: number, action: LiveAction): Marker {
  return { time, label: action.kind, action };
}

describe("FaultWindows", () => {
  it("finds a fault free before it is applied", () => {
    expect(new FaultWindows().standing(slow, [], 12)).toEqual({ state: "free" });
  });

  it("holds a fault as asked from the click until its marker comes, then in force until its end", () => {
    const windows = new FaultWindows();
    windows.ask(slow, []);
    expect(windows.standing(slow, [], 12)).toEqual({ state: "asked" });
    const markers = [marker(12.5, slow)];
    expect(windows.standing(slow, markers, 13)).toEqual({ state: "active", until: 42.5 });
    expect(windows.standing(slow, markers, 42.4)).toEqual({ state: "active", until: 42.5 });
    expect(windows.standing(slow, markers, 42.5)).toEqual({ state: "free" });
  });

  it("frees a fault whose marker comes after its window ended (a fast run)", () => {
    const windows = new FaultWindows();
    windows.ask(slow, []);
    expect(windows.standing(slow, [marker(12.5, slow)], 80)).toEqual({ state: "free" });
  });

  it("waits for the new marker when the same fault is asked again after the first ended", () => {
    const windows = new FaultWindows();
    const first = [marker(10, slow)];
    windows.ask(slow, first);
    expect(windows.standing(slow, first, 50)).toEqual({ state: "asked" });
    const both = [...first, marker(50, slow)];
    expect(windows.standing(slow, both, 51)).toEqual({ state: "active", until: 80 });
  });

  it("takes the latest end among the fault's markers (a lesson may have applied it too)", () => {
    const markers = [marker(10, slow), marker(25, slow)];
    expect(new FaultWindows().standing(slow, markers, 30)).toEqual({ state: "active", until: 55 });
  });

  it("tells apart another fault, target, instance, strength or duration", () => {
    const others: LiveAction[] = [
      { kind: "errors", target: "app", duration: 30, rate: 0.1 },
      { kind: "slow", target: "db", duration: 30, factor: 5 },
      { kind: "slow", target: "app", duration: 30, factor: 5, instance: 0 },
      { kind: "slow", target: "app", duration: 30, factor: 2 },
      { kind: "slow", target: "app", duration: 60, factor: 5 },
      { kind: "workers", target: "app", workers: 5 },
    ];
    const markers = others.map((a) => marker(10, a));
    expect(new FaultWindows().standing(slow, markers, 11)).toEqual({ state: "free" });
    const killAll: FaultAction = { kind: "crash", target: "app", duration: 10 };
    expect(new FaultWindows().standing(killOne, [marker(10, killAll)], 11)).toEqual({
      state: "free",
    });
  });

  it("frees a fault the engine refused", () => {
    const windows = new FaultWindows();
    windows.ask(killOne, []);
    windows.forget(killOne);
    expect(windows.standing(killOne, [], 12)).toEqual({ state: "free" });
  });

  it("forgets what was asked when a new run starts, whose markers start from none", () => {
    const windows = new FaultWindows();
    windows.ask(slow, [marker(10, slow)]);
    windows.clear();
    expect(windows.standing(slow, [], 0)).toEqual({ state: "free" });
  });
});
