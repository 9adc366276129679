import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../src/scenario/parse";
import { errorHome, inside } from "../../../src/ui/inspector/error-home";

const at = "components[0]";
/** A client's form as the page lays it out: each row's path, then its box's. */
const targets = [
  "id",
  "id",
  "workload.rate",
  "workload.rate",
  "workload.arrival",
  "workload.arrival",
  "workload.mmpp.factor",
  "workload.mmpp.factor",
  "workload.mmpp.calm",
  "workload.mmpp.calm",
  "mix",
  "mix[0]",
  "mix[0].priority",
].map((p) => `${at}.${p}`);

describe("where the inspector's form shows an error", () => {
  it("puts it in the box of the deepest field its path is in", () => {
    expect(inside("a.b[2].c", "a.b")).toBe(true);
    expect(inside("a.bc", "a.b")).toBe(false);
    expect(errorHome(`${at}.workload.mmpp.calm`, targets, at)).toBe(9);
    expect(errorHome(`${at}.mix[0].priority`, targets, at)).toBe(12);
    expect(errorHome(`${at}.mix[0].weight`, targets, at)).toBe(11);
  });

  it("puts a missing MMPP, whose numbers the form asks for one by one, at the first of them", () => {
    const result = parseScenario({
      version: 1,
      name: "bursts",
      duration: 10,
      components: [
        {
          id: "users",
          type: "client",
          workload: { kind: "open", rate: 5, arrival: "mmpp" },
          target: "api",
        },
        { id: "api", type: "server", service: { dist: "exp", mean: 0.01 } },
      ],
    });
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual([`${at}.workload.mmpp`]);
    expect(errorHome(paths[0], targets, at)).toBe(6);
  });

  it("leaves at the top an error at the component itself, or at a field the form does not show", () => {
    expect(errorHome(at, targets, at)).toBe(-1);
    expect(errorHome(`${at}.breaker`, targets, at)).toBe(-1);
  });
});
