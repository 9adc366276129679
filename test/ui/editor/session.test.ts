import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../../src/scenario/parse";
import type { Controller } from "../../../src/ui/controller";
import { documentText, type JsonObject } from "../../../src/ui/editor/json";
import { connect, moveComponent, setField } from "../../../src/ui/editor/operations";
import { EditorSession } from "../../../src/ui/editor/session";
import { initialState, Store } from "../../../src/ui/store";

const START: JsonObject = {
  version: 1,
  name: "Start",
  duration: 60,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 5 }, target: "app" },
    { id: "app", type: "server", service: { dist: "exp", mean: 0.05 } },
    { id: "db", type: "database", connections: 2, read: { dist: "exp", mean: 0.01 } },
  ],
};

/** A controller that records what the session asks of it and updates the store as the real one. */
function setUp() {
  const store = new Store(initialState(), (callback) => callback());
  const calls: string[] = [];
  const controller = {
    async load(text: string) {
      calls.push("load");
      const result = parseScenarioText(text);
      store.update({
        scenarioText: text,
        ...(result.ok ? { scenario: result.scenario, issues: [] } : { issues: result.errors }),
      });
      return result.ok;
    },
    async play() {
      calls.push("play");
      store.update({ running: true });
    },
    keep(text: string) {
      calls.push("keep");
      store.update({ scenarioText: text, issues: [] });
    },
    adopt(text: string, scenario: never) {
      calls.push("adopt");
      store.update({ scenarioText: text, scenario });
    },
  };
  const session = new EditorSession(store, controller as unknown as Controller);
  return { store, calls, session, controller };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the editor's session", () => {
  it("takes loaded text as its document, and each load of the same scenario as a step undo goes back over", async () => {
    const { store, session, controller } = setUp();
    await controller.load(documentText(START));
    expect(store.state.draft?.doc).toEqual(START);
    expect(store.state.draft).toMatchObject({ errors: [], edited: false, canUndo: false });
    await controller.load(documentText({ ...START, duration: 90 }));
    expect(store.state.draft?.canUndo).toBe(true);
    session.undo();
    await flush();
    expect(store.state.scenario?.duration).toBe(60);
  });

  it("starts a history of its own for another scenario: switching lessons is no edit to undo", async () => {
    const { store, session, controller } = setUp();
    await controller.load(documentText(START));
    session.apply(setField(session.doc!, ["duration"], 90));
    await flush();
    expect(store.state.draft?.canUndo).toBe(true);
    await controller.load(documentText({ ...START, name: "Another lesson" }));
    expect(store.state.draft).toMatchObject({ canUndo: false, canRedo: false });
    session.undo();
    await flush();
    expect(store.state.scenario?.name).toBe("Another lesson");
  });

  it("keeps an invalid edit without loading it, with its errors, and the run goes on", async () => {
    const { store, session, calls, controller } = setUp();
    await controller.load(documentText(START));
    calls.length = 0;
    session.apply(setField(session.doc!, ["components", 1, "workers"], 0));
    await flush();
    expect(calls).toEqual(["keep"]);
    expect(store.state.scenarioText).toContain('"workers": 0');
    expect(store.state.draft?.errors.map((e) => e.path)).toEqual(["components[1].workers"]);
    expect(store.state.scenario?.name).toBe("Start");
  });

  it("reloads a valid edit and plays it again when the run was playing", async () => {
    const { store, session, calls, controller } = setUp();
    await controller.load(documentText(START));
    store.update({ running: true });
    calls.length = 0;
    session.apply(connect(session.doc!, "app", "db"));
    await flush();
    expect(calls).toEqual(["load", "play"]);
    store.update({ running: false });
    calls.length = 0;
    session.apply(setField(session.doc!, ["components", 1, "workers"], 3));
    await flush();
    expect(calls).toEqual(["load"]);
  });

  it("takes a move without restarting the run", async () => {
    const { store, session, calls, controller } = setUp();
    await controller.load(documentText(START));
    calls.length = 0;
    session.apply(moveComponent(session.doc!, "app", { x: 10, y: 20 }));
    await flush();
    expect(calls).toEqual(["adopt"]);
    expect(store.state.scenario?.components[1].position).toEqual({ x: 10, y: 20 });
  });

  it("says why an edit was refused and changes nothing", async () => {
    const { store, session, calls, controller } = setUp();
    await controller.load(documentText(START));
    calls.length = 0;
    expect(session.apply(connect(session.doc!, "app", "users"))).toBe(false);
    expect(store.state.notice).toBe(
      "users is a client: clients send requests, they do not receive them.",
    );
    expect(calls).toEqual([]);
  });

  it("has nothing to edit while the text is not a JSON object", async () => {
    const { store, session, controller } = setUp();
    await controller.load("{ not json");
    expect(store.state.draft).toBeNull();
    expect(session.doc).toBeNull();
  });
});

describe("the editor's session with variants", () => {
  it("starts a history of its own for each variant, so undo stays in it", async () => {
    const { store, session, controller } = setUp();
    await controller.load(documentText(START));
    await controller.load(documentText({ ...START, duration: 90 }));
    expect(store.state.draft?.canUndo).toBe(true);
    // Duplicating A as B: the same text, another variant.
    const a = store.state.variants.list[0];
    store.update({ variants: { list: [a, { ...a, name: "B" }], current: 1 } });
    expect(store.state.draft?.canUndo).toBe(false);
    session.undo();
    await flush();
    expect(store.state.scenario?.duration).toBe(90);
  });
});
