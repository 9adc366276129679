/**
 * Where requests of each class can go. A request keeps its class along its whole path
 * (client.target → loadbalancer.targets → server.calls), and a call with `when` applies to that
 * class only, so each class that a client sends walks its own graph. A cycle in that graph sends
 * a request round for ever (async calls included: they fan out without end), which is an error;
 * a per-class service map that misses a class reaching it is a warning. A call with `maxVisits`
 * bounds every loop through it (feedback.ts), so the cycle check leaves such calls out.
 */

import { checkFeedback } from "./feedback";
import { fieldPath, itemPath, type Report } from "./issues";
import type { Entry, Ref } from "./references";
import { show } from "./show";
import { didYouMean } from "./suggest";
import type { Dist } from "./types";

export interface Edge {
  to: number;
  ref: Ref;
}

export function checkFlows(report: Report, entries: Entry[], ids: Map<string, number>): void {
  const graph = entries.map((entry) => edgesOf(entry, entries, ids));
  const senders = sentClasses(entries);
  const whenClasses = new Set<string>();
  for (const entry of entries) {
    for (const ref of entry.refs) if (ref.when !== undefined) whenClasses.add(ref.when);
  }

  // Classes that no `when` names see the same edges, so they share a walk when they start alike.
  const walks = new Map<string, Uint8Array>();
  const reachedBy = new Map<string, Uint8Array>();
  const cycles: Cycles = { seen: new Set(), left: MAX_CYCLES };
  for (const [cls, clients] of senders) {
    const starts = [...new Set(clients.map((c) => entryIndex(entries[c].refs[0], entries, ids)))]
      .filter((i) => i !== undefined)
      .sort((a, b) => a - b);
    const key = whenClasses.has(cls) ? `class ${cls}` : `starts ${starts.join(",")}`;
    let reached = walks.get(key);
    if (reached === undefined) {
      reached = walk(report, entries, graph, starts, cls, whenClasses.has(cls), cycles);
      walks.set(key, reached);
    }
    reachedBy.set(cls, reached);
  }
  checkServiceMaps(report, entries, senders, reachedBy);
  checkFeedback(report, entries, graph);
  checkWhen(report, entries, senders);
}

/** The index of the (non-client) component a reference names, if it names one. */
function entryIndex(
  ref: Ref | undefined,
  entries: Entry[],
  ids: Map<string, number>,
): number | undefined {
  const index = ref === undefined ? undefined : ids.get(ref.target);
  if (index === undefined) return undefined;
  const type = entries[index].component?.type;
  return type !== undefined && type !== "client" ? index : undefined;
}

/**
 * The edges out of a component that receives requests (a balancer's targets, a server's calls,
 * a cache's backend...); a client's reference is where walks start, not an edge.
 */
function edgesOf(entry: Entry, entries: Entry[], ids: Map<string, number>): Edge[] {
  const type = entry.component?.type;
  // An autoscaler's target is what it scales, not where requests go.
  if (type === undefined || type === "client" || type === "autoscaler") return [];
  const edges: Edge[] = [];
  for (const ref of entry.refs) {
    const to = entryIndex(ref, entries, ids);
    if (to !== undefined) edges.push({ to, ref });
  }
  return edges;
}

/** Each class some client sends, with the indices of the clients that send it. */
function sentClasses(entries: Entry[]): Map<string, number[]> {
  const senders = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    if (entry.component?.type !== "client") return;
    for (const { class: cls } of entry.component.mix) {
      if (cls === "") continue;
      const list = senders.get(cls);
      if (list === undefined) senders.set(cls, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return senders;
}

/** Call cycles reported so far, by their set of edges, so each is reported once. */
interface Cycles {
  seen: Set<string>;
  /** How many more may be reported: a huge broken document must not make a huge report. */
  left: number;
}

const MAX_CYCLES = 100;

interface Frame {
  node: number;
  next: number;
  /** The edge that led here (none for a start). */
  via?: Ref;
}

/**
 * Depth-first walk (iterative, so a long chain cannot overflow the stack) of the edges that
 * apply to class `cls`. An edge back to a component still on the path closes a cycle, reported
 * once at that edge whichever class finds it. Returns which components requests of `cls` reach.
 */
function walk(
  report: Report,
  entries: Entry[],
  graph: Edge[][],
  starts: number[],
  cls: string,
  classSpecific: boolean,
  cycles: Cycles,
): Uint8Array {
  const state = new Uint8Array(entries.length); // 0 unseen, 1 on the current path, 2 done
  const depth = new Int32Array(entries.length); // where on the stack a node on the path is
  const stack: Frame[] = [];
  for (const start of starts) {
    if (state[start] !== 0) continue;
    state[start] = 1;
    stack.push({ node: start, next: 0 });
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const edges = graph[top.node];
      if (top.next === edges.length) {
        state[top.node] = 2;
        stack.pop();
        continue;
      }
      const edge = edges[top.next++];
      if (edge.ref.when !== undefined && edge.ref.when !== cls) continue;
      if (edge.ref.cap !== undefined) continue;
      if (state[edge.to] === 0) {
        state[edge.to] = 1;
        depth[edge.to] = stack.length;
        stack.push({ node: edge.to, next: 0, via: edge.ref });
      } else if (state[edge.to] === 1 && cycles.left > 0) {
        const path = stack.slice(depth[edge.to]);
        reportCycle(report, entries, path, edge.ref, classSpecific ? cls : undefined, cycles);
      }
    }
  }
  reachThroughCaps(graph, state, cls);
  return state;
}

/** Marks (2) what requests of `cls` also reach through capped calls, which the walk left out. */
function reachThroughCaps(graph: Edge[][], state: Uint8Array, cls: string): void {
  const todo: number[] = [];
  state.forEach((s, i) => {
    if (s !== 0) todo.push(i);
  });
  for (let node = todo.pop(); node !== undefined; node = todo.pop()) {
    for (const edge of graph[node]) {
      if (edge.ref.when !== undefined && edge.ref.when !== cls) continue;
      if (state[edge.to] !== 0) continue;
      state[edge.to] = 2;
      todo.push(edge.to);
    }
  }
}

/** Reports the cycle `path` closed by `back`, unless it was reported already. */
function reportCycle(
  report: Report,
  entries: Entry[],
  path: Frame[],
  back: Ref,
  cls: string | undefined,
  cycles: Cycles,
): void {
  const refs = [...path.slice(1).map((frame) => frame.via!), back];
  const key = refs
    .map((ref) => ref.path)
    .sort()
    .join("\n");
  if (cycles.seen.has(key)) return;
  cycles.seen.add(key);
  const names = [
    ...path.map((frame) => nameOf(entries[frame.node])),
    nameOf(entries[path[0].node]),
  ];
  const forClass = cls !== undefined && refs.some((ref) => ref.when !== undefined);
  if (forClass) {
    report.error(back.path, "callCycleOfClass", { cycle: abbreviate(names), class: show(cls) });
  } else {
    report.error(back.path, "callCycle", { cycle: abbreviate(names) });
  }
  if (--cycles.left === 0) {
    report.error("components", "tooManyCycles", { max: String(MAX_CYCLES) });
  }
}

/** `a → b → c → a`, with the middle of a long cycle left out. */
function abbreviate(names: string[]): string {
  if (names.length <= 12) return names.join(" → ");
  const head = names.slice(0, 5).join(" → ");
  const tail = names.slice(-5).join(" → ");
  return `${head} → … ${names.length - 10} more … → ${tail}`;
}

function nameOf(entry: Entry): string {
  return entry.id ?? entry.path;
}

function isServiceMap(service: Dist | Record<string, Dist>): service is Record<string, Dist> {
  return !Object.hasOwn(service, "dist");
}

function checkServiceMaps(
  report: Report,
  entries: Entry[],
  senders: Map<string, number[]>,
  reachedBy: Map<string, Uint8Array>,
): void {
  entries.forEach((entry, i) => {
    const server = entry.component;
    if (server?.type !== "server" || !isServiceMap(server.service)) return;
    if (Object.hasOwn(server.service, "default")) return;
    for (const [cls, clients] of senders) {
      if (reachedBy.get(cls)?.[i] === 0 || Object.hasOwn(server.service, cls)) continue;
      report.warn(fieldPath(entry.path, "service"), "serviceMissingClass", {
        class: show(cls),
        client: show(nameOf(entries[clients[0]])),
      });
    }
  });
}

/** A `when` naming a class no client sends is most likely a typo: the call would never be made. */
function checkWhen(report: Report, entries: Entry[], senders: Map<string, number[]>): void {
  if (senders.size === 0) return;
  for (const entry of entries) {
    if (entry.component?.type !== "server") continue;
    entry.component.calls.forEach((call, j) => {
      if (call.when === undefined || call.when === "" || senders.has(call.when)) return;
      report.warn(`${itemPath(fieldPath(entry.path, "calls"), j)}.when`, "whenNeverSent", {
        class: show(call.when),
        ...didYouMean(call.when, senders.keys()),
      });
    });
  }
}
