/**
 * A way round the cards for a line that would otherwise be drawn through one: an orthogonal
 * route on the grid of lanes the cards leave between them (a small visibility-grid router in
 * the manner of libavoid's orthogonal routing, without its nudging). The lanes run along each
 * card's edges pushed out by a clearance and through the middle of every gap between cards;
 * a shortest path over them, with a cost for each bend, goes from the caller's centre to the
 * callee's and passes through no other card. Only the cards near the two ends are looked at
 * first (a window round them), widened when that finds no way, so a route costs the same on a
 * drawing of 200 cards as on one of five. It runs when the layout changes, never per probe row.
 */
import type { Position } from "../../scenario/types";
import type { Card, Size } from "./geometry";

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function boxOf(c: Card, size: Size, pad: number): Box {
  const s = c.size ?? size;
  return {
    x0: c.x - s.width / 2 - pad,
    y0: c.y - s.height / 2 - pad,
    x1: c.x + s.width / 2 + pad,
    y1: c.y + s.height / 2 + pad,
  };
}

const strictlyInside = (b: Box, x: number, y: number): boolean =>
  x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;

const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Right, down, left, up. */
const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

/**
 * The waypoints (the two centres left out) of an orthogonal route from card `from` to card `to`
 * that keeps `clearance` away from every card of `others`, or null when there is none. Cards
 * without their own size are `size`.
 */
export function detour(
  from: Card,
  to: Card,
  others: readonly Card[],
  size: Size,
  clearance: number,
): Position[] | null {
  const ends = [boxOf(from, size, clearance), boxOf(to, size, clearance)];
  const reach = Math.max(size.width, size.height) * 1.5;
  let window: Box = {
    x0: Math.min(ends[0].x0, ends[1].x0) - reach,
    y0: Math.min(ends[0].y0, ends[1].y0) - reach,
    x1: Math.max(ends[0].x1, ends[1].x1) + reach,
    y1: Math.max(ends[0].y1, ends[1].y1) + reach,
  };
  const all = others.map((c) => boxOf(c, size, clearance));
  // Each widening doubles the margin; the last takes in every card.
  for (let attempt = 0; attempt < 4; attempt++) {
    const near = all.filter((b) => overlaps(b, window));
    const route = routeIn(from, to, ends, near, window);
    if (route !== null || near.length === all.length) return route;
    const grow = (window.x1 - window.x0 + window.y1 - window.y0) / 2;
    window = {
      x0: window.x0 - grow,
      y0: window.y0 - grow,
      x1: window.x1 + grow,
      y1: window.y1 + grow,
    };
  }
  return null;
}

/** The lanes across one axis: the given coordinates, sorted, each once. */
function lanes(values: number[]): number[] {
  values.sort((a, b) => a - b);
  return values.filter((v, i) => i === 0 || v - values[i - 1] > 1e-6);
}

/** The middle of each gap between consecutive values. */
function middles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 1; i < sorted.length; i++) out.push((sorted[i - 1] + sorted[i]) / 2);
  return out;
}

function routeIn(
  from: Position,
  to: Position,
  ends: readonly Box[],
  obstacles: readonly Box[],
  window: Box,
): Position[] | null {
  const boxes = [...obstacles, ...ends];
  const inWindow = (v: number, lo: number, hi: number) => v >= lo && v <= hi;
  const xs = lanes(
    [
      from.x,
      to.x,
      window.x0,
      window.x1,
      ...boxes.flatMap((b) => [b.x0, b.x1]),
      ...middles(boxes.flatMap((b) => [b.x0, b.x1])),
    ].filter((v) => inWindow(v, window.x0, window.x1)),
  );
  const ys = lanes(
    [
      from.y,
      to.y,
      window.y0,
      window.y1,
      ...boxes.flatMap((b) => [b.y0, b.y1]),
      ...middles(boxes.flatMap((b) => [b.y0, b.y1])),
    ].filter((v) => inWindow(v, window.y0, window.y1)),
  );
  const nx = xs.length;
  const ny = ys.length;
  const blocked = (x: number, y: number, skip?: Box): boolean =>
    boxes.some((b) => b !== skip && strictlyInside(b, x, y));
  const free = new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) free[j * nx + i] = blocked(xs[i], ys[j]) ? 0 : 1;
  }
  const si = xs.indexOf(from.x);
  const sj = ys.indexOf(from.y);
  const ti = xs.indexOf(to.x);
  const tj = ys.indexOf(to.y);
  const target = tj * nx + ti;

  /**
   * From an end's centre along direction d to the first free point past its own card, every
   * piece of the way clear of the other cards: the first or last leg of a route.
   */
  const leave = (i: number, j: number, d: number, own: Box): number => {
    for (;;) {
      const i2 = i + DX[d];
      const j2 = j + DY[d];
      if (i2 < 0 || j2 < 0 || i2 >= nx || j2 >= ny) return -1;
      if (blocked((xs[i] + xs[i2]) / 2, (ys[j] + ys[j2]) / 2, own)) return -1;
      if (free[j2 * nx + i2] === 1) return j2 * nx + i2;
      i = i2;
      j = j2;
    }
  };
  /** The free points from which a straight last leg reaches the callee, and its direction. */
  const arrivals = new Map<number, number>();
  for (let d = 0; d < 4; d++) {
    const p = leave(ti, tj, d, ends[1]);
    if (p >= 0) arrivals.set(p, (d + 2) % 4);
  }
  if (arrivals.size === 0) return null;

  const bend = (window.x1 - window.x0 + window.y1 - window.y0) / 40;
  const states = nx * ny * 4;
  const cost = new Float64Array(states).fill(Number.POSITIVE_INFINITY);
  const back = new Int32Array(states).fill(-1);
  const heap = new StateHeap();
  const distance = (a: number, b: number): number =>
    Math.abs(xs[a % nx] - xs[b % nx]) + Math.abs(ys[Math.floor(a / nx)] - ys[Math.floor(b / nx)]);
  const source = sj * nx + si;
  for (let d = 0; d < 4; d++) {
    const p = leave(si, sj, d, ends[0]);
    if (p < 0) continue;
    const s = p * 4 + d;
    cost[s] = distance(source, p);
    heap.push(s, cost[s]);
  }
  let best = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  while (heap.size > 0) {
    const [s, c] = heap.pop();
    if (c >= bestCost) break;
    if (c > cost[s]) continue;
    const p = s >> 2;
    const d = s & 3;
    const last = arrivals.get(p);
    if (last !== undefined) {
      const total = c + distance(p, target) + (last === d ? 0 : bend);
      if (total < bestCost) {
        bestCost = total;
        best = s;
      }
    }
    const i = p % nx;
    const j = (p - i) / nx;
    for (let d2 = 0; d2 < 4; d2++) {
      if (d2 === (d + 2) % 4) continue;
      const i2 = i + DX[d2];
      const j2 = j + DY[d2];
      if (i2 < 0 || j2 < 0 || i2 >= nx || j2 >= ny) continue;
      const q = j2 * nx + i2;
      if (free[q] === 0 || blocked((xs[i] + xs[i2]) / 2, (ys[j] + ys[j2]) / 2)) continue;
      const s2 = q * 4 + d2;
      const c2 = c + distance(p, q) + (d2 === d ? 0 : bend);
      if (c2 < cost[s2]) {
        cost[s2] = c2;
        back[s2] = s;
        heap.push(s2, c2);
      }
    }
  }
  if (best < 0) return null;
  const path: Position[] = [];
  for (let s = best; s >= 0; s = back[s]) {
    const p = s >> 2;
    path.push({ x: xs[p % nx], y: ys[Math.floor(p / nx)] });
  }
  path.reverse();
  return corners([from, ...path, to]).slice(1, -1);
}

/** The points of an orthogonal path where it turns, its ends kept. */
function corners(points: readonly Position[]): Position[] {
  const out: Position[] = [points[0]];
  for (let i = 1; i < points.length - 1; i++) {
    const a = out[out.length - 1];
    const b = points[i];
    const c = points[i + 1];
    const straight = (a.x === b.x && b.x === c.x) || (a.y === b.y && b.y === c.y);
    if (!straight) out.push(b);
  }
  out.push(points[points.length - 1]);
  return out;
}

/** A binary min-heap of states by the cost each had when pushed; a state may be in it twice. */
class StateHeap {
  private states: number[] = [];
  private keys: number[] = [];

  get size(): number {
    return this.states.length;
  }

  push(s: number, key: number): void {
    const { states, keys } = this;
    let i = states.length;
    states.push(s);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      states[i] = states[parent];
      keys[i] = keys[parent];
      i = parent;
    }
    states[i] = s;
    keys[i] = key;
  }

  /** The state of least cost and that cost. */
  pop(): [number, number] {
    const { states, keys } = this;
    const top: [number, number] = [states[0], keys[0]];
    const s = states.pop()!;
    const key = keys.pop()!;
    const n = states.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const m = l + 1 < n && keys[l + 1] < keys[l] ? l + 1 : l;
        if (keys[m] >= key) break;
        states[i] = states[m];
        keys[i] = keys[m];
        i = m;
      }
      states[i] = s;
      keys[i] = key;
    }
    return top;
  }
}
