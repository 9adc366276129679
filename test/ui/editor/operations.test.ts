import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../src/scenario/parse";
import { emptyDocument, freshId } from "../../../src/ui/editor/defaults";
import type { JsonObject } from "../../../src/ui/editor/json";
import {
  addComponent,
  clearField,
  connect,
  disconnect,
  type EditResult,
  moveComponent,
  placeUnplaced,
  removeComponent,
  renameComponent,
  setField,
} from "../../../src/ui/editor/operations";
import { requestEdges } from "../../../src/ui/editor/refs";
import { shop } from "./fixtures";

function ok(result: EditResult): JsonObject {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.doc;
}

function component(doc: JsonObject, id: string): JsonObject {
  return (doc.components as JsonObject[]).find((c) => c.id === id)!;
}

function errors(doc: JsonObject): string[] {
  const result = parseScenario(doc);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe("editing a scenario document", () => {
  it("starts from a fixture the validator accepts", () => {
    expect(errors(shop())).toEqual([]);
  });

  it("adds a component of every type with a fresh id, its defaults and its position", () => {
    let doc = emptyDocument("New");
    const added = addComponent(doc, "server", { x: 10.4, y: -3.6 });
    doc = ok(added);
    expect(added.id).toBe("server-1");
    expect(component(doc, "server-1")).toEqual({
      id: "server-1",
      type: "server",
      workers: 4,
      service: { dist: "exp", mean: 0.05 },
      position: { x: 10, y: -4 },
    });
    doc = ok(addComponent(doc, "server"));
    expect(freshId(doc, "server")).toBe("server-3");
    for (const type of [
      "client",
      "loadbalancer",
      "cache",
      "database",
      "queue",
      "cdn",
      "autoscaler",
    ] as const) {
      doc = ok(addComponent(doc, type));
    }
    expect((doc.components as JsonObject[]).map((c) => c.id)).toEqual([
      "server-1",
      "server-2",
      "client-1",
      "lb-1",
      "cache-1",
      "db-1",
      "queue-1",
      "cdn-1",
      "autoscaler-1",
    ]);
  });

  it("gives a component that needs no reference a configuration that validates", () => {
    let doc = ok(addComponent(emptyDocument("New"), "client"));
    for (const type of ["server", "database", "queue"] as const) doc = ok(addComponent(doc, type));
    doc = ok(connect(doc, "client-1", "server-1"));
    expect(errors(doc)).toEqual([]);
  });

  it("does not mutate the document it edits", () => {
    const doc = shop();
    const before = JSON.stringify(doc);
    ok(addComponent(doc, "cdn"));
    ok(connect(doc, "web-1", "db"));
    ok(removeComponent(doc, "web-1"));
    ok(renameComponent(doc, "db", "main-db"));
    ok(moveComponent(doc, "lb", { x: 1, y: 2 }));
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("connects each type through its own field", () => {
    let doc = shop();
    doc = ok(addComponent(doc, "client"));
    doc = ok(connect(doc, "client-1", "web-2"));
    expect(component(doc, "client-1").target).toBe("web-2");
    doc = ok(connect(doc, "lb", "cache"));
    expect(component(doc, "lb").targets).toEqual(["web-1", { id: "web-2", weight: 2 }, "cache"]);
    doc = ok(connect(doc, "web-1", "db"));
    expect(component(doc, "web-1").calls).toEqual([{ target: "cache" }, { target: "db" }]);
    doc = ok(addComponent(doc, "database"));
    doc = ok(connect(doc, "cache", "db-1"));
    expect(component(doc, "cache").backend).toBe("db-1");
    doc = ok(addComponent(doc, "queue"));
    doc = ok(connect(doc, "queue-1", "db"));
    expect(component(doc, "queue-1").consumers).toMatchObject({ count: 2, target: "db" });
    doc = ok(addComponent(doc, "cdn"));
    doc = ok(connect(doc, "cdn-1", "lb"));
    expect(component(doc, "cdn-1").origin).toBe("lb");
    doc = ok(connect(doc, "scaler", "web-2"));
    expect(component(doc, "scaler").target).toBe("web-2");
    expect(errors(doc)).toEqual([]);
  });

  it("replaces a client's single target", () => {
    const doc = ok(connect(shop(), "users", "web-1"));
    expect(component(doc, "users").target).toBe("web-1");
  });

  it("refuses what the format does not allow, saying why", () => {
    const doc = shop();
    const refusal = (r: EditResult) => (r.ok ? "accepted" : r.reason);
    expect(refusal(connect(doc, "lb", "users"))).toBe("toClient");
    expect(refusal(connect(doc, "lb", "scaler"))).toBe("toAutoscaler");
    expect(refusal(connect(doc, "db", "web-1"))).toBe("sendsNothing");
    expect(refusal(connect(doc, "scaler", "db"))).toBe("scalesServers");
    expect(refusal(connect(doc, "web-1", "web-1"))).toBe("self");
    expect(refusal(connect(doc, "lb", "web-1"))).toBe("already");
    expect(refusal(connect(doc, "db", "nope"))).toBe("unknownComponent");
    // cache → db already; db → ... nothing, but web-1 → cache, so cache → web-1 closes a loop.
    expect(refusal(connect(doc, "cache", "web-1"))).toBe("cycle");
    expect(connect(doc, "cache", "web-1")).toMatchObject({
      params: { from: "cache", to: "web-1" },
    });
  });

  it("disconnects every reference from one component to another", () => {
    let doc = shop();
    doc = ok(disconnect(doc, "lb", "web-2"));
    expect(component(doc, "lb").targets).toEqual(["web-1"]);
    doc = ok(disconnect(doc, "web-2", "db"));
    expect(component(doc, "web-2").calls).toEqual([{ target: "cache" }]);
    doc = ok(disconnect(doc, "cache", "db"));
    expect(component(doc, "cache")).not.toHaveProperty("backend");
    expect(disconnect(doc, "cache", "db")).toMatchObject({ ok: false, reason: "notConnected" });
  });

  it("moves a card, and writes the automatic layout's places for the cards that had none", () => {
    let doc = ok(moveComponent(shop(), "lb", { x: 120.2, y: 40.7 }));
    expect(component(doc, "lb").position).toEqual({ x: 120, y: 41 });
    doc = placeUnplaced(
      doc,
      new Map([
        ["lb", { x: 0, y: 0 }],
        ["db", { x: 5, y: 6 }],
      ]),
    );
    expect(component(doc, "lb").position).toEqual({ x: 120, y: 41 });
    expect(component(doc, "db").position).toEqual({ x: 5, y: 6 });
    expect(component(doc, "users")).not.toHaveProperty("position");
  });

  it("deletes a component with every reference to it and the faults on it", () => {
    let doc = ok(removeComponent(shop(), "web-1"));
    expect(component(doc, "web-1")).toBeUndefined();
    expect(component(doc, "lb").targets).toEqual([{ id: "web-2", weight: 2 }]);
    expect(component(doc, "scaler")).not.toHaveProperty("target");
    expect((doc.faults as JsonObject[]).map((f) => f.target)).toEqual(["db", "cache"]);
    doc = ok(removeComponent(doc, "web-2"));
    expect((doc.faults as JsonObject[]).map((f) => f.target)).toEqual(["cache"]);
    doc = ok(removeComponent(doc, "db"));
    expect(component(doc, "cache")).not.toHaveProperty("backend");
    const messages = errors(doc).join("\n");
    expect(messages).not.toMatch(/no component has id/);
  });

  it("renames a component and every reference to it, faults included", () => {
    const doc = ok(renameComponent(shop(), "web-2", "api"));
    expect(component(doc, "api").type).toBe("server");
    expect(component(doc, "lb").targets).toEqual(["web-1", { id: "api", weight: 2 }]);
    expect((doc.faults as JsonObject[])[1]).toMatchObject({ target: "db", from: "api" });
    const renamed = ok(renameComponent(doc, "db", "store"));
    expect(component(renamed, "cache").backend).toBe("store");
    expect(component(renamed, "api").calls).toEqual([
      { target: "cache" },
      { target: "store", mode: "async" },
    ]);
    expect(errors(renamed)).toEqual([]);
  });

  it("refuses an id the format does not allow or another component has", () => {
    expect(renameComponent(shop(), "db", "Main DB")).toMatchObject({ ok: false, reason: "badId" });
    expect(renameComponent(shop(), "db", "cache")).toMatchObject({ ok: false, reason: "idTaken" });
    expect(renameComponent(shop(), "db", "db")).toMatchObject({ ok: true });
  });

  it("sets and removes any field, keeping an invalid value for the validator to report", () => {
    let doc = ok(setField(shop(), ["components", 2, "workers"], 0));
    expect(errors(doc)).toEqual(["components[2].workers: must be an integer >= 1, got 0"]);
    doc = ok(setField(doc, ["components", 2, "workers"], undefined));
    expect(component(doc, "web-1")).not.toHaveProperty("workers");
    expect(errors(doc)).toEqual([]);
  });

  it("lists the request edges the topology draws, one per pair", () => {
    expect(requestEdges(shop())).toEqual([
      { from: "users", to: "lb" },
      { from: "lb", to: "web-1" },
      { from: "lb", to: "web-2" },
      { from: "web-1", to: "cache" },
      { from: "web-2", to: "cache" },
      { from: "web-2", to: "db" },
      { from: "cache", to: "db" },
    ]);
  });
});

describe("clearing a field", () => {
  it("removes the objects it leaves empty, but never the component", () => {
    let doc = ok(setField(shop(), ["components", 0, "retry"], { max: 2 }));
    doc = ok(clearField(doc, ["components", 0, "retry", "max"]));
    expect(component(doc, "users")).not.toHaveProperty("retry");
    doc = ok(clearField(doc, ["components", 0, "workload", "rate"]));
    expect(component(doc, "users").workload).toEqual({ kind: "open" });
    const bare = { components: [{ id: "x" }] };
    expect(ok(clearField(bare, ["components", 0, "id"]))).toEqual({ components: [{}] });
  });
});
