/**
 * Every preset presented on a projector: at 1280x720 and 1440x900, in presenter mode, each
 * preset's whole topology must be in sight at the top of the page (every card inside the
 * drawing's frame and inside the window) with every card's name at least as large as the page's
 * body text. One page presents each preset in turn from the gallery. Screenshots of every preset
 * at 1280x720 (and one in Chinese) go to test-results/screenshots/presenter/.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import { waitForSimTime } from "./browser";

const pages = useAppPages();
const root = resolve(import.meta.dirname, "../..");
const SHOTS = resolve(root, "test-results/screenshots/presenter");
const POLL = { timeout: 20_000 };

/** Every preset in models/ with its components' ids, in file order. */
const PRESETS = readdirSync(resolve(root, "models"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const scenario = JSON.parse(readFileSync(resolve(root, "models", f), "utf8"));
    return {
      id: f.replace(/\.json$/, ""),
      components: (scenario.components as { id: string }[]).map((c) => c.id),
    };
  });

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

interface Placement {
  /** The drawn cards' ids, in drawing order. */
  ids: string[];
  /** Cards not wholly inside the frame and the window, with their box on screen. */
  outside: string[];
  /** Cards whose name is drawn smaller than the body text, with its size on screen. */
  small: string[];
}

/** Where the topology's cards are on screen, the page scrolled where presenting left it. */
function placement(page: Page): Promise<Placement> {
  return page.evaluate(() => {
    const f = document.querySelector(".topology-svg")!.getBoundingClientRect();
    // What a projector shows of the frame: its part inside the window.
    const view = {
      left: Math.max(0, f.left),
      top: Math.max(0, f.top),
      right: Math.min(document.documentElement.clientWidth, f.right),
      bottom: Math.min(window.innerHeight, f.bottom),
    };
    const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
    const out: Placement = { ids: [], outside: [], small: [] };
    for (const node of document.querySelectorAll<SVGGElement>(".topology .node")) {
      const id = node.dataset.component ?? "";
      out.ids.push(id);
      const c = node.querySelector(".node-body")!.getBoundingClientRect();
      if (
        c.left < view.left - 0.5 ||
        c.right > view.right + 0.5 ||
        c.top < view.top - 0.5 ||
        c.bottom > view.bottom + 0.5
      ) {
        const box = [c.left, c.top, c.right, c.bottom].map(Math.round).join(",");
        out.outside.push(`${id} at ${box}`);
      }
      const name = node.querySelector<SVGTextElement>(".node-name")!;
      const px = Number.parseFloat(getComputedStyle(name).fontSize) * name.getScreenCTM()!.a;
      if (px < body - 0.01) out.small.push(`${id} ${px.toFixed(1)} px < ${body.toFixed(1)} px`);
    }
    return out;
  });
}

/** How far apart Gunicorn 1 and 2 of the sticky sessions are drawn, in drawing units. */
function rowDistance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const y = (id: string) =>
      document.querySelector<SVGGElement>(`.topology .node[data-component="${id}"]`)!.transform
        .baseVal[0].matrix.f;
    return y("sticky-app-2") - y("sticky-app-1");
  });
}

/** Presents a preset from the gallery and waits until its cards are drawn and fitted. */
async function present(page: Page, id: string, components: string[]): Promise<Placement> {
  await page.locator('[data-testid="gallery-toggle"]').click();
  await page.locator(`[data-lesson="${id}"] [data-testid="gallery-present"]`).click();
  await page.locator('[data-testid="gallery"]').waitFor({ state: "hidden" });
  await expect
    .poll(async () => [...(await placement(page)).ids].sort(), POLL)
    .toEqual([...components].sort());
  // The cards are drawn from the editor's text first; the frame is fitted when it resizes and
  // the page scrolled when the lesson arrives from the worker: give that a few seconds.
  let last = await placement(page);
  for (let i = 0; i < 20 && last.outside.length + last.small.length > 0; i++) {
    await page.waitForTimeout(250);
    last = await placement(page);
  }
  return last;
}

describe("presenter mode on a projector", () => {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ]) {
    it(`shows every preset's whole topology at ${width}x${height}, names at body-text size`, async () => {
      const { page } = await pages.open({ viewport: { width, height } });
      const misfits: Record<string, Omit<Placement, "ids">> = {};
      for (const { id, components } of PRESETS) {
        const { outside, small } = await present(page, id, components);
        if (outside.length > 0 || small.length > 0) misfits[id] = { outside, small };
        if (width === 1280) await page.screenshot({ path: `${SHOTS}/${id}-${width}.png` });
      }
      expect(misfits).toEqual({});
      if (width !== 1280) return;
      // The biggest graph in Chinese, whose names are set in a wider script.
      await page.locator('[data-testid="language"]').selectOption("zh-CN");
      const chinese = PRESETS.find((p) => p.id === "python-sessions-sticky-vs-redis")!;
      const { outside, small } = await present(page, chinese.id, chinese.components);
      // With the rates on the packed rows' calls.
      await waitForSimTime(page, 3);
      await page.screenshot({ path: `${SHOTS}/${chinese.id}-${width}-zh-CN.png` });
      expect({ outside, small }).toEqual({ outside: [], small: [] });
      // Presenting packed its rows closer than the scenario's 90 (times large type's 21/16);
      // leaving gives the user's view the scenario's own layout back.
      expect(await rowDistance(page)).toBeLessThan(90 * (21 / 16));
      await page.keyboard.press("p");
      await expect.poll(() => rowDistance(page), POLL).toBeCloseTo(90);
    });
  }
});
