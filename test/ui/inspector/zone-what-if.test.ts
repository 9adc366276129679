import { afterEach, describe, expect, it } from "vitest";
import type { Component } from "../../../src/scenario/types";
import { setLocale } from "../../../src/ui/i18n/index";
import { FaultWindows } from "../../../src/ui/inspector/fault-windows";
import { whatIfsFor } from "../../../src/ui/inspector/what-ifs";
import { ZONE_OUTAGE_SECONDS, zoneWhatIf } from "../../../src/ui/inspector/zone-what-if";
import { actionLabel } from "../../../src/ui/live-action-text";
import type { Marker } from "../../../src/worker/protocol";
import { component } from "../topology/fixtures";

afterEach(() => setLocale("en"));

const zoned = (c: Component, zone: string): Component => ({ ...c, zone });

describe("the zone what-if", () => {
  it("is offered, last, for a component in a zone, and not for one in none", () => {
    const app = component("app");
    expect(whatIfsFor(app).faults.map((f) => f.kind)).not.toContain("zone");
    const faults = whatIfsFor(zoned(app, "eu-west-1a")).faults;
    expect(faults.map((f) => f.kind)).toEqual(["crash", "crash-one", "slow", "errors", "zone"]);
    expect(faults[4].action("app")).toEqual({
      kind: "zone",
      target: "eu-west-1a",
      duration: ZONE_OUTAGE_SECONDS,
    });
    expect(faults[4].restore?.action).toEqual({ kind: "zone-up", target: "eu-west-1a" });
  });

  it("names the zone in both languages, as it is written, markup and all", () => {
    const w = zoneWhatIf("<b>a</b>");
    expect(w.label).toBe("Take zone <b>a</b> down 30 s");
    expect(w.active("12 s")).toBe("Zone <b>a</b> down: 12 s left");
    expect(w.restore.label).toBe("Bring zone <b>a</b> back");
    setLocale("zh-CN");
    expect(w.label).toBe("让可用区 <b>a</b> 宕机 30 秒");
    expect(w.restore.label).toBe("恢复可用区 <b>a</b>");
  });

  it("labels its markers above the charts in both languages", () => {
    const down = zoneWhatIf("a").action("app");
    expect(actionLabel(down)).toBe("zone a down 30 s");
    expect(actionLabel({ kind: "zone-up", target: "a" })).toBe("zone a back");
    setLocale("zh-CN");
    expect(actionLabel(down)).toBe("可用区 a 宕机 30 秒");
    expect(actionLabel({ kind: "zone-up", target: "a" })).toBe("可用区 a 恢复");
  });
});

describe("a live zone outage's window", () => {
  const down = zoneWhatIf("a").action("app");
  const mark = (time: number, action: Marker["action"]): Marker => ({ time, label: "", action });

  it("is in force for its duration, from whichever component in the zone it was taken", () => {
    const markers = [mark(40, zoneWhatIf("a").action("db"))];
    expect(new FaultWindows().standing(down, markers, 45)).toEqual({
      state: "active",
      until: 40 + ZONE_OUTAGE_SECONDS,
    });
  });

  it("ends when the zone is brought back, and not when another zone is", () => {
    const windows = new FaultWindows();
    const other = [mark(40, down), mark(45, { kind: "zone-up", target: "b" })];
    expect(windows.standing(down, other, 50)).toEqual({ state: "active", until: 70 });
    const back = [mark(40, down), mark(45, { kind: "zone-up", target: "a" })];
    expect(windows.standing(down, back, 50)).toEqual({ state: "free" });
    const again = [...back, mark(60, down)];
    expect(windows.standing(down, again, 61)).toEqual({ state: "active", until: 90 });
  });
});
