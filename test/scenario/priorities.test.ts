import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, minimal, warningsOf } from "./documents";

/** minimal() with two clients of the web server, sending premium and free requests. */
function twoClasses(): Doc {
  const doc = minimal();
  const components = doc.components as Doc[];
  components[0].mix = [
    { class: "premium", weight: 1, priority: 2 },
    { class: "free", weight: 4 },
  ];
  components.push({
    id: "batch",
    type: "client",
    workload: { kind: "open", rate: 1 },
    target: "web",
    mix: [{ class: "free", weight: 1 }],
  });
  return doc;
}

describe("class priorities and backpressure in a scenario", () => {
  it("read mix priorities, preemptive and whenFull, and leave them absent when not written", () => {
    const doc = twoClasses();
    edit(doc, "components.1.preemptive", true);
    edit(doc, "components.1.whenFull", "block");
    const result = parseScenario(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [users, web] = result.scenario.components;
    expect(users.type === "client" && users.mix).toEqual([
      { class: "premium", weight: 1, priority: 2 },
      { class: "free", weight: 4 },
    ]);
    expect(web.type === "server" && [web.preemptive, web.whenFull]).toEqual([true, "block"]);
    const plain = parseScenario(minimal());
    if (!plain.ok) throw new Error("minimal must parse");
    expect("whenFull" in plain.scenario.components[1]).toBe(false);
    expect("preemptive" in plain.scenario.components[1]).toBe(false);
  });

  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "a fractional priority",
      (d) => edit(d, "components.0.mix.0.priority", 1.5),
      "components[0].mix[0].priority: must be an integer between 0 and 255, got 1.5",
    ],
    [
      "a negative priority",
      (d) => edit(d, "components.0.mix.0.priority", -1),
      "components[0].mix[0].priority: must be an integer between 0 and 255, got -1",
    ],
    [
      "one class with two priorities",
      (d) => edit(d, "components.2.mix.0.priority", 1),
      'components[2].mix[0].priority: class "free" has priority 0 at components[0].mix[1].priority; a class has one priority wherever it is sent from, got 1',
    ],
    [
      "preemption on a shared CPU",
      (d) =>
        edit(
          edit(edit(d, "components.1.preemptive", true), "components.1.workers", 4),
          "components.1.cores",
          2,
        ),
      "components[1].preemptive: preemption needs a core per worker (cores >= workers, got 2 < 4): under a shared CPU no request has a worker to itself",
    ],
    [
      "a whenFull that is not a choice",
      (d) => edit(d, "components.1.whenFull", "wait"),
      'components[1].whenFull: must be one of reject, block, got "wait"',
    ],
    [
      "preemptive written as a string",
      (d) => edit(d, "components.1.preemptive", "yes"),
      'components[1].preemptive: must be true or false, got "yes"',
    ],
  ])("refuse %s, at its path", (_name, bend, error) => {
    expect(errorsOf(bend(twoClasses()))).toContain(error);
  });

  it("refuse a queue's whenFull that is not a choice, at its path", () => {
    const doc = minimal();
    (doc.components as Doc[])[1] = {
      id: "web",
      type: "queue",
      consumers: { count: 1, service: { dist: "exp", mean: 0.1 } },
      whenFull: true,
    };
    expect(errorsOf(doc)).toContain(
      "components[1].whenFull: must be one of reject, block, got true",
    );
  });

  it("accept preemption without priorities (nothing is preempted), and warn when a CoDel queue ignores them", () => {
    const plain = edit(minimal(), "components.1.preemptive", true);
    expect(warningsOf(plain)).toEqual([]);
    const codel = edit(twoClasses(), "components.1.discipline", "codel");
    expect(warningsOf(codel)).toContain(
      'components[1].discipline: request classes have priorities, but a "codel" queue orders itself by waiting time: priorities are not applied here',
    );
  });
});
