import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, remove } from "./documents";

/** shop → queue → consumers call mailer; browsers → cdn → origin. */
function document(): Doc {
  return {
    version: 1,
    name: "async and static",
    duration: 60,
    components: [
      { id: "shop", type: "client", workload: { kind: "open", rate: 10 }, target: "queue" },
      {
        id: "queue",
        type: "queue",
        capacity: 1000,
        consumers: { count: 4, service: { dist: "exp", mean: 0.1 }, target: "mailer" },
      },
      { id: "mailer", type: "server", service: { dist: "exp", mean: 0.05 } },
      { id: "browsers", type: "client", workload: { kind: "open", rate: 10 }, target: "cdn" },
      {
        id: "cdn",
        type: "cdn",
        hitRatio: 0.95,
        hit: { dist: "const", value: 0.01 },
        origin: "mailer",
      },
    ],
  };
}

describe("queue", () => {
  it("fills its defaults: instant acknowledgement, prefetch 1, three redeliveries", () => {
    const result = parseScenario(document());
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
    expect(result.scenario.components[1]).toEqual({
      id: "queue",
      type: "queue",
      capacity: 1000,
      publish: { dist: "const", value: 0 },
      consumers: { count: 4, prefetch: 1, service: { dist: "exp", mean: 0.1 }, target: "mailer" },
      maxRedeliveries: 3,
    });
  });

  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "no consumers",
      (d) => remove(d, "components.1.consumers"),
      "components[1].consumers: is required",
    ],
    [
      "zero consumers",
      (d) => edit(d, "components.1.consumers.count", 0),
      "components[1].consumers.count: must be an integer >= 1, got 0",
    ],
    [
      "a zero capacity",
      (d) => edit(d, "components.1.capacity", 0),
      "components[1].capacity: must be an integer >= 1, got 0",
    ],
    [
      "negative redeliveries",
      (d) => edit(d, "components.1.maxRedeliveries", -1),
      "components[1].maxRedeliveries: must be an integer >= 0, got -1",
    ],
    [
      "an unknown consumer target",
      (d) => edit(d, "components.1.consumers.target", "mail"),
      'components[1].consumers.target: no component has id "mail"; did you mean "mailer"?',
    ],
  ])("refuses %s", (_, bend, message) => {
    expect(errorsOf(bend(document())).some((e) => e.startsWith(message))).toBe(true);
  });

  it("refuses consumers that publish back to their own queue", () => {
    const doc = edit(document(), "components.2.calls", [{ target: "queue", mode: "async" }]);
    expect(errorsOf(doc).join("\n")).toMatch(/call cycle queue → mailer → queue would never end/);
  });
});

describe("cdn", () => {
  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "no hit ratio",
      (d) => remove(d, "components.4.hitRatio"),
      "components[4].hitRatio: is required",
    ],
    [
      "a hit ratio above 1",
      (d) => edit(d, "components.4.hitRatio", 2),
      "components[4].hitRatio: must be a number between 0 and 1, got 2",
    ],
    ["no origin", (d) => remove(d, "components.4.origin"), "components[4].origin: is required"],
    [
      "an unknown origin",
      (d) => edit(d, "components.4.origin", "nope"),
      'components[4].origin: no component has id "nope"',
    ],
  ])("refuses %s", (_, bend, message) => {
    expect(errorsOf(bend(document())).some((e) => e.startsWith(message))).toBe(true);
  });
});
