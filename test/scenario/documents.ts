/** Small valid documents and helpers to bend them, shared by the scenario tests. */

import { formatIssue } from "../../src/scenario/issues";
import { parseScenario } from "../../src/scenario/parse";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Doc = { [key: string]: Json };

/** The smallest useful scenario: open-loop users calling one server. */
export function minimal(): Doc {
  return {
    version: 1,
    name: "shop",
    duration: 60,
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "web" },
      { id: "web", type: "server", service: { dist: "exp", mean: 0.05 } },
    ],
  };
}

/** users → lb → web (2 replicas) → db, with every kind of component simulated. */
export function layered(): Doc {
  return {
    version: 1,
    name: "layered",
    duration: 120,
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate: 50 }, target: "lb" },
      { id: "lb", type: "loadbalancer", targets: ["web"] },
      {
        id: "web",
        type: "server",
        replicas: 2,
        service: { dist: "exp", mean: 0.01 },
        calls: [{ target: "db" }],
      },
      { id: "db", type: "server", service: { dist: "const", value: 0.002 } },
    ],
  };
}

/** Splits `components.1.workers` into keys, numbers for array indices. */
function keysOf(path: string): (string | number)[] {
  return path.split(".").map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

function parentOf(doc: Json, keys: (string | number)[]): Record<string | number, Json> {
  let node = doc as Record<string | number, Json>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return node;
}

/** The document with the value at `path` (dotted, `components.1.workers`) replaced. */
export function edit(doc: Doc, path: string, value: Json): Doc {
  const keys = keysOf(path);
  parentOf(doc, keys)[keys[keys.length - 1]] = value;
  return doc;
}

/** The document without the field at `path`. */
export function remove(doc: Doc, path: string): Doc {
  const keys = keysOf(path);
  delete parentOf(doc, keys)[keys[keys.length - 1]];
  return doc;
}

/** The formatted errors of a document that must fail. */
export function errorsOf(doc: unknown): string[] {
  const result = parseScenario(doc);
  if (result.ok) throw new Error("expected the document to be refused, but it parsed");
  return result.errors.map(formatIssue);
}

/** The formatted warnings of a document, which may or may not parse. */
export function warningsOf(doc: unknown): string[] {
  return parseScenario(doc).warnings.map(formatIssue);
}

/**
 * Closed users with no think time calling a server that takes no time: simulated time cannot
 * advance, and the engine must stop the run (StalledClock) rather than spin.
 */
export function zeroTimeLoop(): Doc {
  return {
    version: 1,
    name: "Zero loop",
    duration: 10,
    components: [
      {
        type: "client",
        id: "users",
        target: "web",
        workload: { kind: "closed", users: 1, think: { dist: "const", value: 0 } },
      },
      { type: "server", id: "web", service: { dist: "const", value: 0 } },
    ],
  };
}
