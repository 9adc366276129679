/**
 * Every lesson presented on a projector, at 1280x720 and 1920x1080, in English and in Chinese:
 * the bar, the whole live topology, the lesson's goal, its question and choices, and after the
 * reveal the answer with the figure before and after, are all inside the window with the page
 * at its top, and nothing runs off it sideways. One page presents each lesson in turn (loaded
 * in place from the preset picker, presenter mode on), switching size and language in place;
 * the reveal is computed and looked at in all four for the lessons with the least room left
 * under their choices, since a reveal takes two whole runs. Screenshots go to
 * test-results/screenshots/presenter/.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";

const pages = useAppPages();
const root = resolve(import.meta.dirname, "../..");
const SHOTS = resolve(root, "test-results/screenshots/presenter");
const POLL = { timeout: 30_000 };

/** Every preset with a lesson, its components' ids, and whether its question has choices. */
const LESSONS = readdirSync(resolve(root, "models"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({
    id: f.replace(/\.json$/, ""),
    scenario: JSON.parse(readFileSync(resolve(root, "models", f), "utf8")),
  }))
  .filter(({ scenario }) => scenario.lesson !== undefined)
  .map(({ id, scenario }) => ({
    id,
    components: (scenario.components as { id: string }[]).map((c) => c.id),
    choices: Array.isArray(scenario.lesson.question.choices),
  }));

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const LANGUAGES = ["en", "zh-CN"];
/** How many lessons are revealed: those with the least room under their choices. */
const REVEALED = 2;

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** What must be in sight, by name, with what is not (its box on screen) and the drawn cards. */
interface Sight {
  ids: string[];
  outside: string[];
  /** Cards whose name is drawn smaller than 12 px. */
  small: string[];
  scrollWidth: number;
  /** Room left under the lesson's question and choices, in px: what a reveal has to fit in. */
  room: number;
}

function sight(page: Page, revealed: boolean): Promise<Sight> {
  return page.evaluate((revealed) => {
    const w = document.documentElement.clientWidth;
    const h = window.innerHeight;
    const out: Sight = { ids: [], outside: [], small: [], scrollWidth: 0, room: 0 };
    const panel = document.querySelector('[data-testid="lesson-panel"]')!;
    // As the room sees it: a click the test made may have scrolled the panel.
    panel.scrollTop = 0;
    const lesson = panel.getBoundingClientRect();
    /** In the window and, for the lesson's parts, in the panel's box (which scrolls). */
    const check = (name: string, el: Element | null): void => {
      if (el === null) {
        out.outside.push(`${name} missing`);
        return;
      }
      const b = el.getBoundingClientRect();
      const box = panel.contains(el)
        ? { left: lesson.left, top: lesson.top, right: lesson.right, bottom: lesson.bottom }
        : { left: 0, top: 0, right: w, bottom: h };
      if (
        b.width === 0 ||
        b.left < Math.max(0, box.left) - 0.5 ||
        b.top < Math.max(0, box.top) - 0.5 ||
        b.right > Math.min(w, box.right) + 0.5 ||
        b.bottom > Math.min(h, box.bottom) + 0.5
      ) {
        out.outside.push(
          `${name} at ${[b.left, b.top, b.right, b.bottom].map(Math.round).join(",")}`,
        );
      }
    };
    check("play", document.querySelector('[data-testid="play"]'));
    check("time", document.querySelector('[data-testid="sim-time"]'));
    for (const node of document.querySelectorAll<SVGGElement>(".topology .node")) {
      const id = node.dataset.component ?? "";
      out.ids.push(id);
      check(`card ${id}`, node.querySelector(".node-body"));
      const name = node.querySelector<SVGTextElement>(".node-name")!;
      const px = Number.parseFloat(getComputedStyle(name).fontSize) * name.getScreenCTM()!.a;
      if (px < 12) out.small.push(`${id} ${px.toFixed(1)} px`);
    }
    check("goal", panel.querySelector(".lesson-goal"));
    check("question", panel.querySelector(".lesson-question"));
    panel.querySelectorAll(".lesson-choice").forEach((c, i) => {
      check(`choice ${i}`, c);
    });
    if (revealed) {
      check("answer", panel.querySelector(".lesson-answer"));
      check("before → after", panel.querySelector('[data-testid="reveal-figures"]'));
    }
    out.scrollWidth = document.documentElement.scrollWidth;
    const last = [...panel.querySelectorAll(".lesson-question, .lesson-choice")].at(-1);
    out.room = h - (last?.getBoundingClientRect().bottom ?? h);
    return out;
  }, revealed);
}

/** Waits until the lesson's cards are drawn and everything is in sight, or gives up with what is not. */
async function settled(page: Page, components: string[], revealed: boolean): Promise<Sight> {
  await expect
    .poll(async () => [...(await sight(page, revealed)).ids].sort(), POLL)
    .toEqual([...components].sort());
  // The frame is fitted when it resizes and the rows packed when the lesson arrives.
  let last = await sight(page, revealed);
  for (let i = 0; i < 20 && last.outside.length + last.small.length > 0; i++) {
    await page.waitForTimeout(250);
    last = await sight(page, revealed);
  }
  return last;
}

async function setLanguage(page: Page, locale: string): Promise<void> {
  // The picker is in the presenter's bar.
  await page.locator('[data-testid="language"]').selectOption(locale);
}

describe("presenter mode on a projector", () => {
  it("shows the topology, the goal, the question, its choices and the reveal on one screen", async () => {
    const { page } = await pages.open({ viewport: SIZES[0] });
    await page.locator('[data-testid="gallery-toggle"]').click();
    await page.locator(`[data-lesson="${LESSONS[0].id}"] [data-testid="gallery-present"]`).click();
    await page.locator('[data-testid="gallery"]').waitFor({ state: "hidden" });
    expect(
      await page.evaluate(() => document.documentElement.hasAttribute("data-presenting")),
    ).toBe(true);
    const misfits: Record<string, Omit<Sight, "ids" | "room">> = {};
    /** The least room under the choices each lesson had, over the sizes and languages. */
    const rooms = new Map<string, number>();
    /** Looks at the lesson shown, in the size and language the page has now. */
    const check = async (id: string, components: string[], revealed: boolean, case_: string) => {
      await page.mouse.move(0, 0);
      const { outside, small, scrollWidth, room } = await settled(page, components, revealed);
      rooms.set(id, Math.min(room, rooms.get(id) ?? room));
      const wide = scrollWidth > page.viewportSize()!.width;
      const name = `${id} ${revealed ? "revealed" : "asking"} ${case_}`;
      if (outside.length > 0 || small.length > 0 || wide) {
        misfits[name] = { outside, small, scrollWidth };
      }
      if (revealed || id === "python-sessions-sticky-vs-redis") {
        await page.screenshot({ path: `${SHOTS}/${name.replaceAll(" ", "-")}.png` });
      }
    };
    const load = async (id: string) => {
      // The preset picker is hidden in the bar; choosing from it loads the lesson in place.
      await page.evaluate((id) => {
        const picker = document.querySelector<HTMLSelectElement>('[data-testid="preset-picker"]')!;
        picker.value = id;
        picker.dispatchEvent(new Event("change"));
      }, id);
      await expect
        .poll(() => page.locator('[data-testid="lesson-panel"] .lesson-question').count(), POLL)
        .toBe(1);
      await expect.poll(() => page.evaluate(() => scrollY), POLL).toBe(0);
    };
    const cases = SIZES.flatMap((size) => LANGUAGES.map((locale) => ({ size, locale })));
    for (const { size, locale } of cases) {
      await page.setViewportSize(size);
      await setLanguage(page, locale);
      for (const { id, components } of LESSONS) {
        await load(id);
        await check(id, components, false, `${size.width} ${locale}`);
      }
    }
    // A reveal runs the scenario twice to its end: it is looked at in the lessons with the least
    // room under their choices (the reveal box is about the same size in every lesson).
    const tightest = LESSONS.filter((l) => l.choices)
      .sort((a, b) => rooms.get(a.id)! - rooms.get(b.id)!)
      .slice(0, REVEALED);
    for (const { id, components } of tightest) {
      await load(id);
      await page.locator('[data-testid="choice-0"]').click();
      await page.locator('[data-testid="apply-and-reveal"]').click();
      await page.locator('[data-testid="reveal-now"]').click();
      await page.locator('[data-testid="reveal"]').waitFor({ timeout: 60_000 });
      for (const { size, locale } of cases) {
        await page.setViewportSize(size);
        await setLanguage(page, locale);
        await check(id, components, true, `${size.width} ${locale}`);
      }
    }
    expect(misfits).toEqual({});
  }, 600_000);
});
