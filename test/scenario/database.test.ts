import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, remove } from "./documents";

function withDatabase(): Doc {
  return {
    version: 1,
    name: "db",
    duration: 60,
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "db" },
      { id: "db", type: "database", connections: 10, read: { dist: "exp", mean: 0.01 } },
    ],
    faults: [],
  };
}

const db = "components.1";

describe("database", () => {
  it("fills its defaults: writes take as long as reads, one shard, an unbounded waiting room", () => {
    const result = parseScenario(withDatabase());
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
    expect(result.scenario.components[1]).toEqual({
      id: "db",
      type: "database",
      connections: 10,
      queue: Number.POSITIVE_INFINITY,
      read: { dist: "exp", mean: 0.01 },
      write: { dist: "exp", mean: 0.01 },
      shards: 1,
    });
  });

  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "no connections",
      (d) => edit(d, `${db}.connections`, 0),
      "components[1].connections: must be an integer >= 1, got 0",
    ],
    [
      "connections missing",
      (d) => remove(d, `${db}.connections`),
      "components[1].connections: is required (an integer >= 1)",
    ],
    [
      "a negative queue",
      (d) => edit(d, `${db}.queue`, -5),
      "components[1].queue: must be an integer >= 0, got -5",
    ],
    [
      "no shards",
      (d) => edit(d, `${db}.shards`, 0),
      "components[1].shards: must be an integer >= 1, got 0",
    ],
    [
      "replicas without a count",
      (d) => edit(d, `${db}.replicas`, { lag: { dist: "const", value: 1 } }),
      "components[1].replicas.count: is required (an integer >= 0)",
    ],
    [
      "a negative failover delay",
      (d) => edit(d, `${db}.failover`, -1),
      "components[1].failover: must be a number > 0, got -1",
    ],
    [
      "a fault on a node that does not exist",
      (d) => {
        edit(d, `${db}.replicas`, { count: 1 });
        return edit(d, "faults", [
          { at: 1, target: "db", kind: "crash", duration: 1, instance: 2 },
        ]);
      },
      'faults[0].instance: must be < 2 ("db" has 2 instances), got 2',
    ],
  ])("refuses %s", (_, bend, message) => {
    expect(errorsOf(bend(withDatabase()))).toContain(message);
  });
});
