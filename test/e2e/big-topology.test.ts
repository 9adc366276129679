/**
 * A scenario of 200 components (a client, a balancer and 198 servers) loaded at 1280x720 and
 * 1920x1080: the servers wrap into a grid and the fit after the load shows every card inside
 * the drawing's frame, the client and the balancer included. A chain of 200, too long to show
 * whole at any zoom worth having, keeps its start legible instead. Screenshots of the topology
 * go to test-results/screenshots/big-topology/.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import { loadText, snapshot } from "./browser";

const pages = useAppPages();
const SHOTS = resolve(import.meta.dirname, "../../test-results/screenshots/big-topology");
const POLL = { timeout: 20_000 };

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const SERVERS = Array.from({ length: 198 }, (_, i) => `s${i}`);

/** The review's scenario: 500 requests a second, round robin over 198 servers. */
const SCENARIO = JSON.stringify({
  version: 1,
  name: "200 components",
  seed: "1",
  duration: 120,
  warmup: 10,
  components: [
    {
      id: "users",
      type: "client",
      workload: { kind: "open", rate: 500, arrival: "poisson" },
      target: "lb",
    },
    { id: "lb", type: "loadbalancer", algorithm: "round-robin", targets: SERVERS },
    ...SERVERS.map((id) => ({
      id,
      type: "server",
      workers: 4,
      service: { dist: "exp", mean: 0.05 },
    })),
  ],
});

interface Fit {
  cards: number;
  /** Cards not wholly inside the drawing's frame, with their box on screen. */
  outside: string[];
  /** The frame's width over its height, and the drawing's on screen. */
  frameAspect: number;
  drawingAspect: number;
}

function fitOnScreen(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const f = document.querySelector(".topology-svg")!.getBoundingClientRect();
    const out: Fit = { cards: 0, outside: [], frameAspect: f.width / f.height, drawingAspect: 0 };
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const node of document.querySelectorAll<SVGGElement>(".topology .node")) {
      out.cards++;
      const c = node.querySelector(".node-body")!.getBoundingClientRect();
      [x0, y0, x1, y1] = [
        Math.min(x0, c.left),
        Math.min(y0, c.top),
        Math.max(x1, c.right),
        Math.max(y1, c.bottom),
      ];
      if (
        c.left < f.left - 0.5 ||
        c.right > f.right + 0.5 ||
        c.top < f.top - 0.5 ||
        c.bottom > f.bottom + 0.5
      ) {
        out.outside.push(
          `${node.dataset.component} at ${[c.left, c.top, c.right, c.bottom].map(Math.round)}`,
        );
      }
    }
    out.drawingAspect = (x1 - x0) / (y1 - y0);
    return out;
  });
}

/** A client calling a chain of 199 servers, each calling the next. */
const CHAIN = JSON.stringify({
  version: 1,
  name: "a chain of 200",
  duration: 60,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 20 }, target: "c0" },
    ...Array.from({ length: 199 }, (_, i) => ({
      id: `c${i}`,
      type: "server",
      workers: 4,
      service: { dist: "exp", mean: 0.001 },
      ...(i < 198 ? { calls: [{ target: `c${i + 1}`, mode: "sync" }] } : {}),
    })),
  ],
});

describe("a topology of 200 components", () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    it(`fits its frame after the load at ${width}x${height}, every card in sight`, async () => {
      const { page } = await pages.open({ viewport: { width, height } });
      await loadText(page, SCENARIO);
      await expect.poll(async () => (await fitOnScreen(page)).cards, POLL).toBe(200);
      // The frame settles its height, then refits: give it a moment.
      await expect.poll(async () => (await fitOnScreen(page)).outside, POLL).toEqual([]);
      await snapshot(page.locator('[data-view="topology"]'), `${SHOTS}/load-${width}.png`);
      const { drawingAspect } = await fitOnScreen(page);
      // Wrapped into a landscape grid, not one column 198 cards tall.
      expect(drawingAspect).toBeGreaterThan(1);
      // Double-clicking the background fits it again, the same way.
      await page.locator("svg.topology-svg").dblclick({ position: { x: 5, y: 5 } });
      await expect.poll(async () => (await fitOnScreen(page)).outside, POLL).toEqual([]);
    });
  }

  it("shows a chain of 200 from its start at half size, not whole and unreadable", async () => {
    const { page } = await pages.open({ viewport: { width: 1280, height: 720 } });
    await loadText(page, CHAIN);
    await expect.poll(async () => (await fitOnScreen(page)).cards, POLL).toBe(200);
    const zoom = () =>
      page.evaluate(
        () => document.querySelector<SVGGElement>(".topology .node")!.getScreenCTM()!.a,
      );
    await expect.poll(zoom, POLL).toBeCloseTo(0.5);
    const { outside } = await fitOnScreen(page);
    expect(outside.filter((card) => /^(users|c0) /.test(card))).toEqual([]);
    await snapshot(page.locator('[data-view="topology"]'), `${SHOTS}/chain-1280.png`);
  });
});
