import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, minimal, remove, warningsOf } from "./documents";

describe("components", () => {
  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "a components field that is not an array",
      (d) => edit(d, "components", { web: {} }),
      'components: must be an array of components, got {"web":{}}',
    ],
    [
      "a component that is not an object",
      (d) => edit(d, "components.1", "web"),
      'components[1]: must be an object, got "web"',
    ],
    [
      "a missing id",
      (d) => remove(d, "components.1.id"),
      'components[1].id: is required (an id of lowercase letters, digits, "_" and "-")',
    ],
    [
      "an id with capitals",
      (d) => edit(edit(d, "components.1.id", "Web"), "components.0.target", "Web"),
      'components[1].id: must be an id of lowercase letters, digits, "_" and "-", got "Web"',
    ],
    [
      "a missing type",
      (d) => remove(d, "components.1.type"),
      "components[1].type: is required (one of client, loadbalancer, server, cache, database, queue, cdn, autoscaler)",
    ],
    [
      "an unknown type",
      (d) => edit(d, "components.1.type", "lambda"),
      'components[1].type: must be one of client, loadbalancer, server, cache, database, queue, cdn, autoscaler, got "lambda"',
    ],
    [
      "a label that is not text",
      (d) => edit(d, "components.1.label", 7),
      'components[1].label: must be a string or an object of texts by language ({"en": …}), got 7',
    ],
    [
      "a position without y",
      (d) => edit(d, "components.1.position", { x: 1 }),
      "components[1].position.y: is required (a finite number)",
    ],
    [
      "a negative cost",
      (d) => edit(d, "components.1.costPerHour", -1),
      "components[1].costPerHour: must be a number >= 0, got -1",
    ],
  ])("reports %s", (_what, change, expected) => {
    expect(errorsOf(change(minimal()))).toContain(expected);
  });

  it("reports a reference to a component without an id as unknown", () => {
    expect(errorsOf(remove(minimal(), "components.1.id"))).toEqual([
      'components[1].id: is required (an id of lowercase letters, digits, "_" and "-")',
      'components[0].target: no component has id "web"',
    ]);
  });

  it("warns about an unknown field and suggests the known one it looks like", () => {
    expect(warningsOf(edit(minimal(), "components.1.wokers", 4))).toEqual([
      'components[1].wokers: unknown field (ignored); did you mean "workers"?',
    ]);
  });

  it("suggests nothing when no known field is close", () => {
    expect(warningsOf(edit(minimal(), "components.1.colour", "red"))).toEqual([
      "components[1].colour: unknown field (ignored)",
    ]);
  });

  it("quotes an unknown field whose name is not a plain identifier", () => {
    expect(warningsOf(edit(minimal(), "components.1.max workers", 4))).toEqual([
      'components[1]["max workers"]: unknown field (ignored)',
    ]);
  });
});

describe("random failures", () => {
  it("are read on a component with instances", () => {
    const doc = edit(minimal(), "components.1.failures", { mtbf: 3600, mttr: 60 });
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.components[1]).toMatchObject({
      failures: { mtbf: 3600, mttr: 60 },
    });
  });

  it("refuse a non-positive time and a client", () => {
    expect(errorsOf(edit(minimal(), "components.1.failures", { mtbf: 0, mttr: 60 }))).toEqual([
      "components[1].failures.mtbf: must be a number > 0, got 0",
    ]);
    expect(errorsOf(edit(minimal(), "components.0.failures", { mtbf: 10, mttr: 1 }))).toEqual([
      "components[0].failures: a client has no instances that could fail",
    ]);
  });
});
