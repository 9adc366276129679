import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, layered, remove } from "./documents";

function scaled(): Doc {
  const doc = layered();
  (doc.components as Doc[]).push({ id: "scaler", type: "autoscaler", target: "web", max: 8 });
  return doc;
}

const scaler = "components.4";

describe("autoscaler", () => {
  it("fills its defaults like Kubernetes' horizontal autoscaler", () => {
    const result = parseScenario(scaled());
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
    expect(result.scenario.components[4]).toEqual({
      id: "scaler",
      type: "autoscaler",
      target: "web",
      metric: "utilization",
      targetValue: 0.6,
      min: 1,
      max: 8,
      interval: 15,
      warmup: 30,
      cooldown: 60,
    });
  });

  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "no max",
      (d) => remove(d, `${scaler}.max`),
      "components[4].max: is required (an integer >= 1)",
    ],
    [
      "max below min",
      (d) => edit(d, `${scaler}.min`, 10),
      "components[4].max: must be >= min (10), got 8",
    ],
    [
      "a target value above 1",
      (d) => edit(d, `${scaler}.targetValue`, 1.5),
      "components[4].targetValue: must be a number > 0 and <= 1, got 1.5",
    ],
    [
      "an unknown metric",
      (d) => edit(d, `${scaler}.metric`, "cpu"),
      'components[4].metric: must be one of utilization, got "cpu"',
    ],
    [
      "a zero interval",
      (d) => edit(d, `${scaler}.interval`, 0),
      "components[4].interval: must be a number > 0, got 0",
    ],
    [
      "a target that is not a server",
      (d) => edit(d, `${scaler}.target`, "lb"),
      'components[4].target: "lb" is a loadbalancer; an autoscaler scales a server',
    ],
  ])("refuses %s", (_, bend, message) => {
    expect(errorsOf(bend(scaled()))).toContain(message);
  });
});
