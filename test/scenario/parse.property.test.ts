import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldPath, formatIssue, itemPath } from "../../src/scenario/issues";
import { type ParseResult, parseScenario, parseScenarioText } from "../../src/scenario/parse";
import { validScenario } from "./arbitraries";
import type { Doc, Json } from "./documents";

/** Results are either a scenario or at least one error: never ok:false with nothing to say. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) expect(result.scenario).toBeDefined();
  else expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of [...(result.ok ? [] : result.errors), ...result.warnings]) {
    expect(typeof formatIssue(issue)).toBe("string");
  }
}

type Key = string | number;
interface Node {
  keys: Key[];
  value: unknown;
  parent: unknown;
}

/** Every node of a document below the root, with the keys that lead to it. */
function nodesOf(value: unknown, keys: Key[] = [], parent: unknown = undefined): Node[] {
  const here: Node[] = keys.length === 0 ? [] : [{ keys, value, parent }];
  if (Array.isArray(value))
    return here.concat(value.flatMap((item, i) => nodesOf(item, [...keys, i], value)));
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    return here.concat(
      Object.keys(record).flatMap((key) => nodesOf(record[key], [...keys, key], value)),
    );
  }
  return here;
}

/** The path the validator reports for a node: `components[2].workers`. */
function pathOf(keys: Key[]): string {
  return keys.reduce<string>(
    (path, key) => (typeof key === "number" ? itemPath(path, key) : fieldPath(path, key)),
    "",
  );
}

function changed(
  doc: Doc,
  keys: Key[],
  change: (parent: Record<Key, unknown>, key: Key) => void,
): Doc {
  const copy = structuredClone(doc);
  let parent = copy as unknown as Record<Key, unknown>;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<Key, unknown>;
  change(parent, keys[keys.length - 1]);
  return copy;
}

function errorPaths(result: ParseResult): string[] {
  return result.ok ? [] : result.errors.map((issue) => issue.path);
}

/** Fields the format requires wherever they appear, except where noted in `isRequired`. */
const REQUIRED = new Set([
  ...["version", "name", "duration", "components", "id", "type", "workload", "target", "targets"],
  ...[
    "kind",
    "rate",
    "users",
    "think",
    "at",
    "class",
    "weight",
    "count",
    "zipf",
    "max",
    "interval",
  ],
  ...[
    "dist",
    "value",
    "mean",
    "min",
    "cv",
    "k",
    "alpha",
    "factor",
    "goal",
    "try",
    "question",
    "x",
    "y",
  ],
  "service",
]);

function isRequired(node: Node): boolean {
  const key = node.keys[node.keys.length - 1];
  if (typeof key !== "string" || !REQUIRED.has(key)) return false;
  if (key === "weight" && node.keys[node.keys.length - 3] === "targets") return false;
  const parent = node.parent as Record<string, unknown>;
  if (key === "service" && parent.type === "loadbalancer") return false;
  return true;
}

const isNumber = (node: Node) => typeof node.value === "number";
const isPosition = (node: Node) => node.keys[node.keys.length - 2] === "position";

/** A valid scenario and one of its nodes that `select` accepts (the scenario always has some). */
function scenarioAndNode(select: (node: Node) => boolean) {
  return fc.tuple(validScenario, fc.nat()).map(([doc, n]) => {
    const candidates = nodesOf(doc).filter(select);
    return { doc, node: candidates[n % candidates.length] };
  });
}

describe("parseScenario on arbitrary input", () => {
  it("never throws on any JavaScript value, and explains every refusal", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    fc.assert(fc.property(anything, (value) => expectWellFormed(parseScenario(value))));
  });

  it("never throws on any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(parseScenario(value))));
  });

  it("never throws on any text, JSON or not", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) =>
        expectWellFormed(parseScenarioText(text)),
      ),
    );
  });

  it("never throws when any part of a valid scenario is replaced by anything", () => {
    const replaced = fc
      .tuple(validScenario, fc.nat(), fc.anything({ withNullPrototype: true }))
      .map(([doc, n, value]) => {
        const nodes = nodesOf(doc);
        return changed(doc, nodes[n % nodes.length].keys, (parent, key) => {
          parent[key] = value;
        });
      });
    fc.assert(fc.property(replaced, (doc) => expectWellFormed(parseScenario(doc))));
  });
});

describe("parseScenario on valid scenarios", () => {
  it("accepts every generated valid scenario without a warning", () => {
    fc.assert(
      fc.property(validScenario, (doc) => {
        const result = parseScenario(doc);
        expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
        expect(result.warnings.map(formatIssue)).toEqual([]);
      }),
    );
  });

  it("reads the same scenario from its JSON text", () => {
    fc.assert(
      fc.property(validScenario, (doc) => {
        const { document: _read, ...fromText } = parseScenarioText(JSON.stringify(doc)) as {
          document?: unknown;
        };
        expect(fromText).toEqual(parseScenario(JSON.parse(JSON.stringify(doc)) as Json));
      }),
    );
  });
});

describe("parseScenario on a valid scenario with one field corrupted", () => {
  it("reports a numeric field set to -1 at that field", () => {
    const cases = scenarioAndNode((node) => isNumber(node) && !isPosition(node));
    fc.assert(
      fc.property(cases, ({ doc, node }) => {
        const bad = changed(doc, node.keys, (parent, key) => {
          parent[key] = -1;
        });
        expect(errorPaths(parseScenario(bad))).toContain(pathOf(node.keys));
      }),
    );
  });

  it("reports a numeric field set to a string at that field", () => {
    const cases = fc.tuple(
      scenarioAndNode(isNumber),
      fc.constantFrom("NaN", "Infinity", "1e3", "", "12 "),
    );
    fc.assert(
      fc.property(cases, ([{ doc, node }, text]) => {
        const bad = changed(doc, node.keys, (parent, key) => {
          parent[key] = text;
        });
        expect(errorPaths(parseScenario(bad))).toContain(pathOf(node.keys));
      }),
    );
  });

  it("reports any field or element set to null at that field", () => {
    fc.assert(
      fc.property(
        scenarioAndNode(() => true),
        ({ doc, node }) => {
          const bad = changed(doc, node.keys, (parent, key) => {
            parent[key] = null;
          });
          expect(errorPaths(parseScenario(bad))).toContain(pathOf(node.keys));
        },
      ),
    );
  });

  it("reports a deleted required field as required, at that field", () => {
    fc.assert(
      fc.property(scenarioAndNode(isRequired), ({ doc, node }) => {
        const bad = changed(doc, node.keys, (parent, key) => {
          delete parent[key];
        });
        const result = parseScenario(bad);
        const path = pathOf(node.keys);
        const messages = result.ok
          ? []
          : result.errors.filter((e) => e.path === path).map((e) => e.message);
        expect(messages).toContainEqual(expect.stringMatching(/^is required/));
      }),
    );
  });
});
