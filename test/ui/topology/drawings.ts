/**
 * The drawings of every preset, of every preset after each of its lesson's one-click edits, and
 * of the review's 200 components, laid out as the topology lays them out: the routing and label
 * tests look at each line of each.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { applyChange, type SetOperation } from "../../../src/scenario/lesson-change";
import { parseScenario } from "../../../src/scenario/parse";
import type { JsonObject } from "../../../src/ui/editor/json";
import { requestEdges } from "../../../src/ui/editor/refs";
import { cardSpacing, rowSqueeze, type Size } from "../../../src/ui/topology/geometry";
import { placeComponents } from "../../../src/ui/topology/layout";
import { controlData, edgeData } from "../../../src/ui/topology/links";
import type { NodeDatum } from "../../../src/ui/topology/nodes";
import { packed } from "../../../src/ui/topology/packing";
import { Shown } from "../../../src/ui/topology/shown";

export interface Drawing {
  nodes: NodeDatum[];
  lines: { from: string; to: string; points: { x: number; y: number }[] }[];
}

/**
 * The cards (each `cardSize`) and lines of `doc`; with `squeezeRoom`, its rows brought closer
 * as presenter mode does to fit that height.
 */
export function drawing(doc: JsonObject, cardSize: Size, squeezeRoom?: number): Drawing {
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(`${String(doc.name)} does not validate`);
  const components = parsed.scenario.components;
  const edges = requestEdges(doc).map((e) => ({ ...e, offset: -1 }));
  let placement = placeComponents(components, edges, cardSpacing(cardSize, false));
  if (squeezeRoom !== undefined) {
    const cards = [...placement.positions.values()];
    placement = packed(placement, rowSqueeze(cards, cardSize, squeezeRoom, 12));
  }
  const nodes: NodeDatum[] = components.map((c) => ({
    id: c.id,
    component: c,
    name: c.id,
    lines: [c.id],
    size: cardSize,
    ...placement.positions.get(c.id)!,
    offset: -1,
    shown: new Shown(),
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    nodes,
    lines: [
      ...edgeData(edges, byId, cardSize, placement.routes),
      ...controlData(nodes, byId, cardSize),
    ],
  };
}

const MODELS = resolve(import.meta.dirname, "../../../models");

export const presets = readdirSync(MODELS)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ id: f, doc: JSON.parse(readFileSync(resolve(MODELS, f), "utf8")) as JsonObject }));

/** Each preset, and each preset after each of its lesson's one-click edits that the app runs. */
export function scenarios(): { name: string; doc: JsonObject }[] {
  const out: { name: string; doc: JsonObject }[] = [];
  for (const { id, doc } of presets) {
    out.push({ name: id, doc });
    const tries = (doc.lesson as { try?: { change?: { set?: SetOperation[] } }[] } | undefined)
      ?.try;
    (tries ?? []).forEach((t, i) => {
      if (t.change?.set === undefined) return;
      const applied = applyChange(doc, t.change.set);
      // An edit that leaves a scenario the app refuses is never drawn.
      if (applied.ok && parseScenario(applied.document).ok) {
        out.push({ name: `${id}, try ${i + 1}`, doc: applied.document as JsonObject });
      }
    });
  }
  return out;
}

const SERVERS = Array.from({ length: 198 }, (_, i) => `s${i}`);

/** The review's 200 components (test/e2e/big-topology.test.ts): a client, a balancer, 198 servers. */
export const BIG: JsonObject = {
  version: 1,
  name: "200 components",
  duration: 120,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 500 }, target: "lb" },
    { id: "lb", type: "loadbalancer", targets: SERVERS },
    ...SERVERS.map((id) => ({ id, type: "server", service: { dist: "exp", mean: 0.05 } })),
  ],
};
