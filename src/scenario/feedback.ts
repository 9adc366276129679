/**
 * Bounded feedback (extension): a sync call with `maxVisits` is made only while the request has
 * visited its target fewer times than that along its chain of callers, so a loop through such a
 * call ends. Two things would still make a loop unbounded or too deep to simulate, checked here
 * on the strongly connected parts of the call graph (Tarjan 1972), whatever the request class:
 * - an async call or a queue on the loop: the message it sends starts a new chain of callers,
 *   where the count of visits starts again from nothing;
 * - loops that nest deeper than MAX_CHAIN calls: an answer unwinds its chain hop by hop.
 */

import type { Edge } from "./flows";
import type { Report } from "./issues";
import type { Entry } from "./references";
import { show } from "./show";

/**
 * The most calls a loop may nest in one request. The engine's acyclic chains are already up to
 * LIMITS.components (1,000) hops long, which it unwinds without trouble.
 */
export const MAX_CHAIN = 1_000;

export function checkFeedback(report: Report, entries: Entry[], graph: Edge[][]): void {
  if (!graph.some((edges) => edges.some((e) => e.ref.cap !== undefined))) return;
  const part = stronglyConnected(graph);
  const size = new Map<number, number>();
  for (const p of part) size.set(p, (size.get(p) ?? 0) + 1);
  const visits = new Map<number, number>();
  const leaky = new Set<number>();
  graph.forEach((edges, from) => {
    for (const edge of edges) {
      if (part[from] !== part[edge.to]) continue;
      const p = part[from];
      if (edge.ref.cap !== undefined) visits.set(p, (visits.get(p) ?? 0) + edge.ref.cap.maxVisits);
      if (edge.ref.async === true || entries[from].component?.type === "queue") leaky.add(p);
    }
  });
  const toldDeep = new Set<number>();
  graph.forEach((edges, from) => {
    for (const edge of edges) {
      const cap = edge.ref.cap;
      const p = part[from];
      if (cap === undefined || p !== part[edge.to]) continue;
      if (leaky.has(p)) {
        const cycle = loopThrough(graph, part, from, edge.to).map((i) => entries[i].id ?? "?");
        report.error(cap.path, "feedbackThroughAsync", { cycle: cycle.join(" → ") });
        continue;
      }
      const depth = size.get(p)! * (1 + visits.get(p)!);
      if (depth > MAX_CHAIN && !toldDeep.has(p)) {
        toldDeep.add(p);
        report.error(cap.path, "feedbackTooDeep", {
          id: show(edge.ref.target),
          depth: String(depth),
          max: String(MAX_CHAIN),
        });
      }
    }
  });
}

/** Components from `from` through `to` and back to `from` within their part (breadth first). */
function loopThrough(graph: Edge[][], part: Int32Array, from: number, to: number): number[] {
  const cameFrom = new Map<number, number>([[to, -1]]);
  const todo = [to];
  for (let i = 0; i < todo.length && !cameFrom.has(from); i++) {
    for (const edge of graph[todo[i]]) {
      if (part[edge.to] !== part[from] || cameFrom.has(edge.to)) continue;
      cameFrom.set(edge.to, todo[i]);
      todo.push(edge.to);
    }
  }
  const back: number[] = [];
  for (let node = from; node !== -1; node = cameFrom.get(node) ?? -1) back.push(node);
  return [from, ...back.reverse()];
}

/**
 * The strongly connected part of each node, numbered from 0: Tarjan's algorithm, iterative so
 * that a long chain of components cannot overflow the stack.
 */
export function stronglyConnected(graph: Edge[][]): Int32Array {
  const n = graph.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const part = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const calls: { node: number; next: number }[] = [];
  let counter = 0;
  let parts = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    calls.push({ node: root, next: 0 });
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (calls.length > 0) {
      const top = calls[calls.length - 1];
      const edges = graph[top.node];
      if (top.next < edges.length) {
        const to = edges[top.next++].to;
        if (index[to] === -1) {
          index[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = 1;
          calls.push({ node: to, next: 0 });
        } else if (onStack[to] === 1) {
          low[top.node] = Math.min(low[top.node], index[to]);
        }
        continue;
      }
      calls.pop();
      if (calls.length > 0) {
        const parent = calls[calls.length - 1].node;
        low[parent] = Math.min(low[parent], low[top.node]);
      }
      if (low[top.node] === index[top.node]) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          part[member] = parts;
        } while (member !== top.node);
        parts++;
      }
    }
  }
  return part;
}
