/**
 * How the page looks on a projector (1280×720) and a big screen (1920×1080), in light and dark,
 * normal and large type, English and Chinese, on presets of different shapes. Screenshots go to
 * test-results/screenshots/look/ for a reviewer's eyes; the assertions check what a reviewer
 * would otherwise have to spot: nothing of the header or the controls runs off the side, no two
 * topology labels sit on each other, large-type topology text is no smaller than the page's body
 * text, the charts' fault and what-if labels sit above the plot clear of each other and of the
 * lines, and nothing is logged as an error.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openApp, pause, setSpeed, waitForSimTime } from "./browser";

const baseUrl = inject("baseUrl");
const dir = resolve(import.meta.dirname, "../../test-results/screenshots/look");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The default, one with an autoscaler, a queue, a Python stack with a cache, the biggest graph,
 * and two whose names take two lines on most cards (DNS round robin, RabbitMQ), ordered so that
 * the 1280x720 looks show DNS in English and Chinese, RabbitMQ in Chinese and the biggest graph
 * in large type.
 */
const PRESETS = [
  "python-dns-round-robin",
  "small-web-app",
  "python-rabbitmq-offload",
  "autoscaling-lag",
  "python-sessions-sticky-vs-redis",
  "queue-absorbs-burst",
  "python-redis-cache-aside",
] as const;

interface Look {
  width: number;
  height: number;
  theme: "light" | "dark";
  large: boolean;
  locale: "en" | "zh-CN";
}

/** Every viewport, type size and language once; the theme alternates; two presets each. */
const LOOKS: Look[] = [];
for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
]) {
  for (const large of [false, true]) {
    for (const locale of ["en", "zh-CN"] as const) {
      const theme = LOOKS.length % 2 === 0 ? "light" : "dark";
      LOOKS.push({ width, height, theme, large, locale });
    }
  }
}

const lookName = (l: Look) =>
  `${l.width}x${l.height}-${l.theme}-${l.large ? "large" : "normal"}-${l.locale}`;

interface Measures {
  /** Elements of the header and controls whose box leaves the viewport sideways. */
  overflowing: string[];
  /** The page scrolls sideways. */
  pageOverflow: boolean;
  /** The summary's per-component table needs a sideways scroll. */
  tableScrolls: boolean;
  /** Rows the header's buttons and pickers take (their vertical middles, 12 px apart or more). */
  toolRows: number;
  /**
   * Pairs of topology texts (node names, figures, badges, edge labels) whose boxes overlap, and
   * edge labels that run onto a card.
   */
  overlaps: string[];
  /** How many topology texts were compared. */
  texts: number;
  /**
   * Summary rows and chart legend entries that call a component otherwise than its topology
   * card does (the card's label, in the page's language).
   */
  misnamed: string[];
  /** Figures of the summary and theory tables written in scientific notation ("4.5e-4"). */
  scientific: string[];
  /** On-screen size in px of the smallest node name, and the body's text size. */
  nameSize: number;
  bodySize: number;
}

function measure(page: Page): Promise<Measures> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}[${(el.textContent ?? "").trim().slice(0, 30)}]`;
    const overflowing: string[] = [];
    for (const el of document.querySelectorAll(".app-header *, .controls *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) overflowing.push(describe(el));
    }
    const middles = [...document.querySelectorAll(".app-header button, .app-header select")]
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.height > 0)
      .map((box) => (box.top + box.bottom) / 2)
      .sort((a, b) => a - b);
    const toolRows = middles.filter((y, i) => i === 0 || y - middles[i - 1] >= 12).length;
    const texts = [
      ...document.querySelectorAll<SVGTextElement>(
        '[data-view="topology"] .node text, [data-view="topology"] .edge-label',
      ),
    ].filter((t) => (t.textContent ?? "") !== "" && t.getComputedTextLength() > 0);
    const boxes = texts.map((t) => ({
      t,
      box: t.getBoundingClientRect(),
      node: t.closest(".node"),
    }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        // Texts of one card are laid out on separate lines by construction.
        if (a.node !== null && a.node === b.node) continue;
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 1 && y > 1) overlaps.push(`${describe(a.t)} × ${describe(b.t)}`);
      }
    }
    const cards = [...document.querySelectorAll('[data-view="topology"] .node-body')];
    for (const { t, box } of boxes) {
      if (!t.classList.contains("edge-label")) continue;
      for (const card of cards) {
        const c = card.getBoundingClientRect();
        const x = Math.min(box.right, c.right) - Math.max(box.left, c.left);
        const y = Math.min(box.bottom, c.bottom) - Math.max(box.top, c.top);
        if (x > 1 && y > 1)
          overlaps.push(`${describe(t)} on the card of ${describe(card.parentElement!)}`);
      }
    }
    for (const { t, box, node } of boxes) {
      const body = node?.querySelector(".node-body")?.getBoundingClientRect();
      if (body !== undefined && (box.right > body.right + 1 || box.left < body.left - 1)) {
        overlaps.push(`${describe(t)} runs out of its card`);
      }
    }
    const cardNames = new Map<string, string>();
    for (const node of document.querySelectorAll('[data-view="topology"] .node[data-component]')) {
      const label = node.querySelector(":scope > .node-title")?.textContent ?? "";
      cardNames.set(node.getAttribute("data-component")!, label.slice(0, label.lastIndexOf(", ")));
    }
    const shown = [
      ...[...document.querySelectorAll('[data-view="summary"] tbody tr')].map((tr) => ({
        id: tr.getAttribute("data-component") ?? "",
        name: tr.querySelector(".component-name")?.textContent ?? "",
      })),
      // The queue chart has a line per server, named in its legend as the utilisation chart does.
      ...[...document.querySelectorAll('[data-panel="queues"] .legend-item[data-component]')].map(
        (item) => ({
          id: item.getAttribute("data-component") ?? "",
          name: item.querySelector(".legend-label")?.textContent ?? "",
        }),
      ),
    ];
    // Only components with a card: after a switch of preset the summary can still be the
    // previous run's until the new run's first one comes.
    const misnamed = shown
      .filter(({ id, name }) => {
        const card = cardNames.get(id);
        return card !== undefined && name !== card && name !== `${card} (${id})`;
      })
      .map(({ id, name }) => `${id} shown as ${name}, its card says ${cardNames.get(id)}`);
    const scientific = [
      ...document.querySelectorAll(
        '[data-view="summary"] td, .summary-figures dd, .theory-table td',
      ),
    ]
      .map((el) => el.textContent ?? "")
      .filter((text) => /\d[eE][-+]?\d/.test(text));
    const names = [
      ...document.querySelectorAll<SVGTextElement>('[data-view="topology"] .node-name'),
    ];
    const scale = (t: SVGTextElement) => t.getScreenCTM()?.a ?? 1;
    const nameSize = Math.min(
      ...names.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale(t)),
    );
    return {
      overflowing,
      pageOverflow: document.documentElement.scrollWidth > width + 0.5,
      toolRows,
      tableScrolls: [...document.querySelectorAll('[data-view="summary"] .table-scroll')].some(
        (el) => el.scrollWidth > el.clientWidth + 1,
      ),
      overlaps,
      misnamed,
      scientific,
      texts: boxes.length,
      nameSize,
      bodySize: Number.parseFloat(getComputedStyle(document.body).fontSize),
    };
  });
}

/**
 * On each time chart, fault and what-if labels that sit on the plot (where the data lines are),
 * on another label, or across another annotation's line.
 */
function annotationClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const panel of document.querySelectorAll('[data-view="charts"] .chart-panel')) {
      const plot = panel.querySelector(".chart-overlay")?.getBoundingClientRect();
      if (plot === undefined) continue;
      const chart = panel.querySelector(".chart-title")?.textContent ?? "";
      const labels = [
        ...panel.querySelectorAll<SVGTextElement>(".chart-span text, .chart-marker text"),
      ].filter((t) => (t.textContent ?? "") !== "");
      const lines = [...panel.querySelectorAll(".chart-span line, .chart-marker line")];
      labels.forEach((label, i) => {
        const box = label.getBoundingClientRect();
        const name = `${chart}: "${label.textContent}"`;
        if (box.bottom > plot.top + 1) out.push(`${name} sits on the plot`);
        for (const other of labels.slice(i + 1)) {
          const b = other.getBoundingClientRect();
          const x = Math.min(box.right, b.right) - Math.max(box.left, b.left);
          const y = Math.min(box.bottom, b.bottom) - Math.max(box.top, b.top);
          if (x > 1 && y > 1) out.push(`${name} on "${other.textContent}"`);
        }
        for (const line of lines) {
          if (line.parentElement === label.parentElement) continue;
          const l = line.getBoundingClientRect();
          const across = l.left > box.left + 1 && l.left < box.right - 1;
          if (across && l.top < box.bottom - 1 && l.bottom > box.top + 1) {
            out.push(`${name} crossed by the line of "${line.parentElement?.textContent}"`);
          }
        }
      });
    }
    return out;
  });
}

async function choosePreset(page: Page, id: string): Promise<void> {
  await page.locator('[data-testid="preset-picker"]').selectOption(id);
  await page.waitForFunction(
    (v) =>
      (document.querySelector('[data-testid="preset-picker"]') as HTMLSelectElement).value === v,
    id,
  );
}

describe("the page's look", () => {
  LOOKS.forEach((look, i) => {
    const presets = [PRESETS[(2 * i) % PRESETS.length], PRESETS[(2 * i + 1) % PRESETS.length]];
    it(`${lookName(look)}: ${presets.join(", ")}`, async () => {
      const app = await openApp(browser, baseUrl, {
        viewport: { width: look.width, height: look.height },
        storage: { "archsim.theme": look.theme, "archsim.largeType": String(look.large) },
      });
      const { page } = app;
      try {
        await page.locator('[data-testid="language"]').selectOption(look.locale);
        await page.waitForSelector(`html[lang="${look.locale}"]`);
        for (const preset of presets) {
          await choosePreset(page, preset);
          await setSpeed(page, "100");
          await waitForSimTime(page, 20);
          await pause(page);
          await page.mouse.move(0, 0);
          await page.waitForTimeout(200);
          const name = `${lookName(look)}-${preset}`;
          await page.screenshot({ path: join(dir, `${name}.png`) });
          // The whole page once per look: a tall full-page capture is the test's slowest step.
          if (preset === presets[0]) {
            await page.screenshot({ path: join(dir, `${name}-page.png`), fullPage: true });
          }
          const m = await measure(page);
          expect(m.overflowing, `${name}: header or controls leave the screen`).toEqual([]);
          expect(m.pageOverflow, `${name}: the page scrolls sideways`).toBe(false);
          expect(m.toolRows, `${name}: the header's tools wrap`).toBe(1);
          expect(m.tableScrolls, `${name}: the summary table scrolls sideways`).toBe(false);
          expect(m.overlaps, `${name}: topology labels overlap`).toEqual([]);
          expect(m.misnamed, `${name}: named unlike their cards`).toEqual([]);
          expect(m.scientific, `${name}: figures in scientific notation`).toEqual([]);
          expect(await annotationClashes(page), `${name}: chart labels`).toEqual([]);
          expect(m.texts, `${name}: topology texts drawn`).toBeGreaterThan(6);
          expect(m.nameSize, `${name}: node names drawn`).toBeGreaterThan(0);
          if (look.large) {
            expect(m.nameSize, `${name}: names smaller than body text`).toBeGreaterThanOrEqual(
              m.bodySize - 0.01,
            );
          }
        }
      } finally {
        await app.close();
      }
      expect(app.problems).toEqual([]);
    });
  });

  for (const locale of ["en", "zh-CN"] as const) {
    it(`labels what-ifs applied moments apart above the charts, clear of each other (${locale})`, async () => {
      const app = await openApp(browser, baseUrl, {
        viewport: { width: 1280, height: 720 },
        storage: { "archsim.largeType": "true" },
      });
      const { page } = app;
      try {
        await page.locator('[data-testid="language"]').selectOption(locale);
        await page.waitForSelector(`html[lang="${locale}"]`);
        await setSpeed(page, "10");
        await waitForSimTime(page, 5);
        await page.locator('[data-view="topology"] [data-component="app"]').first().click();
        // A few simulated seconds apart: each line runs under the label before it unless lifted.
        for (const action of ["crash", "slow", "errors"]) {
          await page.locator(`[data-view="inspector"] [data-action="${action}"]`).first().click();
          await page.waitForTimeout(300);
        }
        const markers = page.locator('[data-view="charts"] .chart-panel').first();
        await expect.poll(() => markers.locator(".chart-marker text").count()).toBe(3);
        await page.mouse.move(0, 0);
        await markers.screenshot({ path: join(dir, `what-ifs-1280-large-${locale}.png`) });
        expect(await annotationClashes(page)).toEqual([]);
      } finally {
        await app.close();
      }
      expect(app.problems).toEqual([]);
    });
  }
});
