import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../src/scenario/parse";
import type { ComponentType } from "../../../src/scenario/types";
import { PALETTE } from "../../../src/ui/editor/defaults";
import { EditHistory } from "../../../src/ui/editor/history";
import { type JsonObject, sameJson } from "../../../src/ui/editor/json";
import {
  addComponent,
  connect,
  disconnect,
  type EditResult,
  moveComponent,
  removeComponent,
  renameComponent,
  setField,
} from "../../../src/ui/editor/operations";
import { componentsOf, idOf } from "../../../src/ui/editor/refs";
import { propertyRuns } from "../../property-runs";
import { shop } from "./fixtures";

/** An operation with its components chosen by index into whatever the document holds then. */
type Op =
  | { kind: "add"; type: ComponentType; x: number; y: number }
  | { kind: "connect" | "disconnect"; a: number; b: number }
  | { kind: "move"; a: number; x: number; y: number }
  | { kind: "remove"; a: number }
  | { kind: "rename"; a: number; name: string }
  | { kind: "workers"; a: number; value: number };

const index = fc.nat(20);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    type: fc.constantFrom(...PALETTE),
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({ kind: fc.constant("connect" as const), a: index, b: index }),
  fc.record({ kind: fc.constant("connect" as const), a: index, b: index }),
  fc.record({ kind: fc.constant("disconnect" as const), a: index, b: index }),
  fc.record({ kind: fc.constant("move" as const), a: index, x: fc.integer(), y: fc.integer() }),
  fc.record({ kind: fc.constant("remove" as const), a: index }),
  fc.record({
    kind: fc.constant("rename" as const),
    a: index,
    name: fc.constantFrom("a", "b", "web-1", "db", "x_1", "Bad Id"),
  }),
  fc.record({
    kind: fc.constant("workers" as const),
    a: index,
    value: fc.integer({ min: 0, max: 9 }),
  }),
);

function apply(doc: JsonObject, o: Op): EditResult {
  const ids = componentsOf(doc).map((c) => idOf(c) ?? "");
  const id = (i: number) => ids[i % Math.max(1, ids.length)] ?? "none";
  switch (o.kind) {
    case "add":
      return addComponent(doc, o.type, { x: o.x, y: o.y });
    case "connect":
      return connect(doc, id(o.a), id(o.b));
    case "disconnect":
      return disconnect(doc, id(o.a), id(o.b));
    case "move":
      return moveComponent(doc, id(o.a), { x: o.x, y: o.y });
    case "remove":
      return removeComponent(doc, id(o.a));
    case "rename":
      return renameComponent(doc, id(o.a), o.name);
    case "workers":
      return setField(doc, ["components", o.a % Math.max(1, ids.length), "workers"], o.value);
  }
}

/** The errors no edit may create: a reference to nothing or to the wrong kind, a cycle, an id twice. */
const CONSISTENCY =
  /no component has id|duplicate id|is a client;|is an autoscaler;|is a \w+; an autoscaler|cycle/;

describe("any sequence of edits", () => {
  it("keeps references consistent, and undoing them all returns the start", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const start = shop();
        const history = new EditHistory(start);
        for (const o of ops) {
          const result = apply(history.current, o);
          if (result.ok) history.push(result.doc);
          const parsed = parseScenario(history.current);
          const broken = parsed.ok ? [] : parsed.errors.filter((e) => CONSISTENCY.test(e.message));
          expect(broken).toEqual([]);
        }
        while (history.undo() !== null);
        expect(sameJson(history.current, start)).toBe(true);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
