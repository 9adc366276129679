import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../../src/ui/editor/json";
import { type Column, SCENARIO_FIELDS } from "../../../src/ui/inspector/fields";
import type { TargetChoice } from "../../../src/ui/inspector/form-parts";
import { choicesOf, columnsOf } from "../../../src/ui/inspector/list-columns";

const faults = SCENARIO_FIELDS.find((f) => f.path[0] === "faults");
if (faults?.kind !== "list") throw new Error("the scenario form has no list of faults");
const columns = faults.columns;
const shown = (fault: JsonObject) => columnsOf(columns, fault).map((c) => c.key);
const column = (key: string): Column => columns.find((c) => c.key === key)!;

const targets: TargetChoice[] = [
  { id: "app-a", label: "App, zone A" },
  { id: "db" },
  { id: "a", shown: "zone a", zone: true },
  { id: "b", shown: "zone b", zone: true },
];
const ids = (choices: readonly TargetChoice[]) => choices.map((c) => c.id);

describe("a scheduled fault's line in the scenario form", () => {
  const at = { at: 60, duration: 10 };

  it("shows the columns its kind takes, and no other", () => {
    expect(shown({ kind: "crash", target: "db", ...at })).toEqual([
      "kind",
      "target",
      "at",
      "duration",
      "instance",
    ]);
    expect(shown({ kind: "slow", target: "db", ...at, factor: 5 })).toContain("factor");
    expect(shown({ kind: "slow", target: "db", ...at, factor: 5 })).not.toContain("rate");
    expect(shown({ kind: "errors", target: "db", ...at, rate: 0.1 })).toContain("rate");
    expect(shown({ kind: "partition", target: "db", from: "app-a", ...at })).toEqual([
      "kind",
      "target",
      "at",
      "duration",
      "from",
    ]);
    expect(shown({ kind: "zone", target: "a", ...at })).toEqual([
      "kind",
      "target",
      "at",
      "duration",
    ]);
  });

  it("keeps a field its kind does not take in view when it is set, so it can be cleared", () => {
    expect(shown({ kind: "zone", target: "a", ...at, instance: 1 })).toContain("instance");
  });

  it("shows every column while the kind is not chosen", () => {
    expect(shown({})).toEqual(columns.map((c) => c.key));
  });

  it("offers zones to a zone outage's target, components to the others', and components as a partition's caller", () => {
    expect(ids(choicesOf(column("target"), { kind: "zone" }, targets))).toEqual(["a", "b"]);
    expect(ids(choicesOf(column("target"), { kind: "crash" }, targets))).toEqual(["app-a", "db"]);
    expect(ids(choicesOf(column("from"), { kind: "partition" }, targets))).toEqual(["app-a", "db"]);
  });
});
