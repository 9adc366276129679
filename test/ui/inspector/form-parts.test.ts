import { describe, expect, it } from "vitest";
import { COMPONENT_TYPES } from "../../../src/scenario/components";
import { parseScenario } from "../../../src/scenario/parse";
import { newComponent } from "../../../src/ui/editor/defaults";
import { getAt, type JsonObject, setAt } from "../../../src/ui/editor/json";
import { switchFamily } from "../../../src/ui/inspector/dist-field";
import { fieldsOf } from "../../../src/ui/inspector/fields";
import { printedPath, readValue } from "../../../src/ui/inspector/form-parts";

describe("the inspector's form", () => {
  it("reads what was typed as a number, as nothing, or as the text itself", () => {
    expect(readValue(" 4 ")).toBe(4);
    expect(readValue("0.05")).toBe(0.05);
    expect(readValue("-1")).toBe(-1);
    expect(readValue("1e3")).toBe(1000);
    expect(readValue("")).toBeUndefined();
    expect(readValue("four")).toBe("four");
    expect(readValue("Infinity")).toBe("Infinity");
  });

  it("names a field as the validator does, so its errors find it", () => {
    expect(printedPath("", ["components", 2, "workers"])).toBe("components[2].workers");
    expect(printedPath("components[0]", ["service", "a b", "mean"])).toBe(
      'components[0].service["a b"].mean',
    );
  });

  it("keeps a Dist's mean when its family changes", () => {
    expect(switchFamily({ dist: "exp", mean: 0.03 }, "lognormal")).toEqual({
      dist: "lognormal",
      mean: 0.03,
      cv: 1,
    });
    expect(switchFamily({ dist: "const", value: 0.2 }, "uniform")).toEqual({
      dist: "uniform",
      min: 0,
      max: 0.4,
    });
    expect(switchFamily(undefined, "erlang")).toEqual({ dist: "erlang", mean: 0.05, k: 2 });
    expect(switchFamily({ dist: "exp", mean: 0.1 }, "pareto")).toEqual({
      dist: "pareto",
      min: 0.05,
      alpha: 2,
    });
  });

  it("only writes fields the format knows, for every component type and workload", () => {
    const closed: JsonObject = { ...newComponent("client", "x"), workload: { kind: "closed" } };
    const starts = [...COMPONENT_TYPES.map((type) => newComponent(type, "x")), closed];
    for (const start of starts) {
      const type = String(start.type);
      let component: JsonObject = start;
      for (const spec of fieldsOf(type)) {
        const shown =
          spec.when === undefined || getAt(component, spec.when.path) === spec.when.value;
        if (spec.kind === "number" && shown)
          component = setAt(component, spec.path, 1) as JsonObject;
      }
      const result = parseScenario({
        version: 1,
        name: "n",
        duration: 10,
        components: [component],
      });
      const unknown = result.warnings.filter((w) => /unknown field/.test(w.message));
      expect(unknown, type).toEqual([]);
    }
  });
});
