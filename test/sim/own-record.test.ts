import { describe, expect, it } from "vitest";
import { runReplications } from "../../src/cli/replicate";
import { ownRecord, ownValue } from "../../src/sim/own-record";
import { runScenario } from "../../src/sim/run";
import { exp, openClient, scenario, server } from "./scenarios";

const NAMES = ["__proto__", "constructor", "toString"];

/** Ids and classes named after Object.prototype's keys. */
const hostile = scenario({
  duration: 20,
  components: [
    openClient("__proto__", "constructor", 20, {
      mix: NAMES.map((name) => ({ class: name, weight: 1 })),
    }),
    server("constructor", exp(0.01), { workers: 2 }),
  ],
});

describe("ownRecord", () => {
  it("takes __proto__ as a key like any other, and inherits nothing", () => {
    const r = ownRecord<number>();
    const key = NAMES[0];
    r[key] = 1;
    expect(Object.keys(r)).toEqual(["__proto__"]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse('{"__proto__":1}'));
    expect(ownValue({}, "toString")).toBeUndefined();
  });
});

describe("a run whose ids and classes are Object.prototype's keys", () => {
  it("summarises every class and component, and the classes add up to the requests", () => {
    const summary = runScenario(hostile);
    expect(Object.keys(summary.classes).sort()).toEqual([...NAMES].sort());
    const byClass = Object.values(summary.classes).reduce((n, c) => n + c.completed, 0);
    expect(byClass).toBe(summary.requests.completed);
    expect(Object.keys(summary.components).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.keys(summary.components[NAMES[0]].classes ?? {}).sort()).toEqual(
      [...NAMES].sort(),
    );
  });

  it("keeps them through replications' combined summary", () => {
    const summary = runReplications(hostile, { replications: 2 });
    expect(Object.keys(summary.classes).sort()).toEqual([...NAMES].sort());
    expect(Object.keys(summary.components).sort()).toEqual(["__proto__", "constructor"]);
  });
});
