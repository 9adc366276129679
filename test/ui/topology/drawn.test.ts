import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../src/scenario/parse";
import type { Scenario } from "../../../src/scenario/types";
import type { Draft } from "../../../src/ui/editor/draft";
import type { JsonObject } from "../../../src/ui/editor/json";
import { initialState, type ViewState } from "../../../src/ui/store";
import { drawnTopology } from "../../../src/ui/topology/drawn";
import { edgeOffset } from "../../../src/ui/topology/figures";

const running: JsonObject = {
  version: 1,
  name: "running",
  duration: 60,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 5 }, target: "app" },
    { id: "app", type: "server", service: { dist: "exp", mean: 0.05 } },
  ],
};

function state(draft: JsonObject | null): ViewState {
  const parsed = parseScenario(running);
  const scenario = (parsed as { scenario: Scenario }).scenario;
  const layout = {
    components: ["users", "app"],
    edges: [{ from: "users", to: "app" }],
    rowLength: 100,
  };
  const d: Draft | null =
    draft === null
      ? null
      : { doc: draft, errors: [], warnings: [], canUndo: false, canRedo: false, edited: true };
  return { ...initialState(), scenario, layout, draft: d };
}

describe("what the topology draws", () => {
  it("draws the loaded scenario when the editor holds no document", () => {
    const drawn = drawnTopology(state(null));
    expect(drawn.components.map((c) => c.id)).toEqual(["users", "app"]);
    expect(drawn.edges).toEqual([{ from: "users", to: "app", offset: expect.any(Number) }]);
  });

  it("draws the document being edited, invalid parts and all, with live figures by id", () => {
    const s = state({
      ...running,
      components: [
        ...(running.components as JsonObject[]),
        { id: "db", type: "database", connections: 0, read: { dist: "exp", mean: 0.01 } },
        { id: "lb", type: "loadbalancer", targets: ["app", "db", "nowhere"] },
        { id: "app", type: "server" },
        { type: "server" },
        "not a component",
      ],
    });
    const drawn = drawnTopology(s);
    // The second "app" is an error of its own; the first is the one references mean.
    expect(drawn.components.map((c) => c.id)).toEqual(["users", "app", "db", "lb"]);
    // Read leniently: what the validator refuses is a placeholder, for the card to print as such.
    expect(drawn.components[2]).toMatchObject({ type: "database", connections: Number.NaN });
    expect(drawn.edges).toEqual([
      { from: "users", to: "app", offset: edgeOffset(s.layout!, 0) },
      { from: "lb", to: "app", offset: -1 },
      { from: "lb", to: "db", offset: -1 },
    ]);
  });
});
