import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import { runTasks } from "../../src/sim/batch/task";
import { parseSlos } from "../../src/sim/slo/parse";
import { analyzeSweep } from "../../src/sim/sweep/analyze";
import { planProblemText, planSweep } from "../../src/sim/sweep/plan";
import { useAppPages } from "./app-pages";
import { loadText, type OpenOptions, openApp, read } from "./browser";

const pages = useAppPages();

const open = (options?: OpenOptions) => pages.open(options);

/** A balancer in front of `servers` servers at 18 requests/s, each serving 20/s: A is at 90%. */
function balanced(servers: number): string {
  const ids = Array.from({ length: servers }, (_, i) => `web${i + 1}`);
  return JSON.stringify(
    {
      version: 1,
      name: `${servers} server${servers > 1 ? "s" : ""}`,
      seed: "42",
      duration: 60,
      warmup: 5,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate: 18 }, target: "lb" },
        { id: "lb", type: "loadbalancer", targets: ids },
        ...ids.map((id) => ({
          id,
          type: "server",
          service: { dist: "exp", mean: 0.05 },
          costPerHour: 0.5,
        })),
      ],
    },
    null,
    2,
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/compare-${name}.png`, fullPage: false });
}

describe("variants and their comparison", () => {
  it("duplicates a scenario as B, adds a server in B, and finds B significantly better", async () => {
    const { page } = await open({ storage: { "archsim.scenario": balanced(1) } });
    await expect.poll(() => read(page, "scenario-name")).toBe("1 server");
    await page.locator('[data-testid="duplicate-variant"]').click();
    await page.waitForSelector('.variant-tab[data-variant="B"][aria-current="true"]');
    await loadText(page, balanced(2));
    await expect.poll(() => read(page, "scenario-name")).toBe("2 servers");

    // The arrow keys move between the tabs.
    await page.locator('.variant-tab[data-variant="B"] .variant-select').focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => read(page, "scenario-name")).toBe("1 server");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => read(page, "scenario-name")).toBe("2 servers");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("B");

    // Text typed in B and not loaded is kept in B across a switch to A and back.
    await page.locator('[data-testid="scenario-text"]').fill(balanced(3));
    await page.locator('.variant-tab[data-variant="A"] .variant-select').click();
    await expect.poll(() => read(page, "scenario-name")).toBe("1 server");
    await page.locator('.variant-tab[data-variant="B"] .variant-select').click();
    await expect.poll(() => read(page, "scenario-name")).toBe("3 servers");
    await loadText(page, balanced(2));
    await expect.poll(() => read(page, "scenario-name")).toBe("2 servers");

    await page.locator('[data-testid="compare-panel"]').scrollIntoViewIfNeeded();
    await page.locator('[data-compare-speed="max"]').click();
    await page.locator('[data-testid="run-all-variants"]').click();
    await expect.poll(() => read(page, "compare-clock"), { timeout: 60_000 }).toMatch(/finished/);
    const lines = await page.$$eval('[data-testid="compare-charts"] path.chart-line', (paths) =>
      paths.map((p) => (p.getAttribute("d") ?? "").length),
    );
    expect(lines).toHaveLength(8);
    for (const length of lines) expect(length).toBeGreaterThan(50);
    await shot(page, "live");

    // Shorter runs than the scenarios' 60 s still tell the difference.
    await page.locator('[data-testid="compare-duration"]').fill("40");
    await page.locator('[data-testid="run-comparison"]').click();
    await page.waitForSelector('[data-testid="comparison-table"] tr[data-figure="latency.p99"]', {
      timeout: 60_000,
    });
    expect(await page.locator(".compare-caption").textContent()).toContain("of 40 s");
    const p99 = page.locator('[data-testid="comparison-table"] tr[data-figure="latency.p99"]');
    expect(await p99.locator("td.compare-verdict").textContent()).toBe("B is better");
    expect(await p99.locator("td.compare-verdict").getAttribute("data-verdict")).toBe("better");
    const cost = page.locator('[data-testid="comparison-table"] tr[data-figure="cost.total"]');
    expect(await cost.locator("td.compare-verdict").textContent()).toBe("B is worse");
    await page.locator('[data-testid="comparison-table"]').scrollIntoViewIfNeeded();
    await shot(page, "table");

    // On a projector: large type, dark, and in Chinese.
    await page.locator('[data-testid="large-type-toggle"]').click();
    await page.locator('[data-testid="theme-toggle"]').click();
    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await expect.poll(() => p99.locator("td.compare-verdict").textContent()).toBe("B 更好");
    await page.locator('[data-testid="compare-panel"]').screenshot({
      path: "/tmp/compare-panel-large-dark-zh.png",
    });

    // A change to B after the comparison says the table is out of date.
    expect(await page.locator('[data-testid="comparison-stale"]').isHidden()).toBe(true);
    await loadText(page, balanced(3));
    await page.waitForSelector('[data-testid="comparison-stale"]:not([hidden])');

    // A variant that does not load is named, in words, when compared or run: no crash.
    await loadText(page, '{ "version": 1, "components": [');
    await page.locator('[data-testid="run-comparison"]').click();
    await expect.poll(() => read(page, "comparison-status")).toContain("B: ");
    await page.locator('[data-testid="run-all-variants"]').click();
    await expect.poll(() => page.locator(".compare-error").textContent()).toContain("B: ");

    // Deleting B, the variant being edited, goes back to A; one variant has nothing to compare.
    await page.locator('.variant-tab[data-variant="B"] [data-action="delete"]').click();
    await expect.poll(() => read(page, "scenario-name")).toBe("1 server");
    await page.waitForSelector('[data-testid="compare-panel"][hidden]', { state: "attached" });
    expect(await page.locator(".variant-tab").count()).toBe(1);
  });
});

/** One server serving 20 requests/s (M/M/1), offered `rate` requests/s. */
function mm1(rate: number): string {
  return JSON.stringify(
    {
      version: 1,
      name: "M/M/1",
      seed: "sweep-seed",
      duration: 60,
      warmup: 5,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate }, target: "app" },
        { id: "app", type: "server", service: { dist: "exp", mean: 0.05 } },
      ],
    },
    null,
    2,
  );
}

describe("variants in a share link", () => {
  it("renames a variant, and a colleague's link opens every variant, by name, on the same one", async () => {
    const { page } = await open({ storage: { "archsim.scenario": balanced(1) } });
    await expect.poll(() => read(page, "scenario-name")).toBe("1 server");
    await page.locator('[data-testid="duplicate-variant"]').click();
    await page.waitForSelector('.variant-tab[data-variant="B"][aria-current="true"]');
    await loadText(page, balanced(2));
    await expect.poll(() => read(page, "scenario-name")).toBe("2 servers");
    await page.locator('.variant-tab[data-variant="B"] [data-action="rename"]').click();
    await page.locator('[data-testid="variant-name-input"]').fill("<b>two</b> servers");
    await page.locator('[data-testid="variant-name-input"]').press("Enter");
    await page.waitForSelector('.variant-tab[data-variant="<b>two</b> servers"]');
    await shot(page, "variants");

    // A reload keeps every variant, and the one being edited.
    await page.reload();
    await expect.poll(() => read(page, "scenario-name")).toBe("2 servers");
    await page.waitForSelector(
      '.variant-tab[data-variant="<b>two</b> servers"][aria-current="true"]',
    );
    expect(await page.locator(".variant-tab").count()).toBe(2);

    await page.locator('[data-testid="share"]').click();
    const field = page.locator('[data-testid="share-link"]');
    await expect.poll(() => field.inputValue()).toContain("#s=1.");
    const link = await field.inputValue();

    const colleague = await openApp(pages.browser, link);
    try {
      const other = colleague.page;
      await expect.poll(() => read(other, "scenario-name")).toBe("2 servers");
      const tabs = await other.$$eval(".variant-tab", (els) =>
        els.map((e) => [e.getAttribute("data-variant"), e.getAttribute("aria-current")]),
      );
      expect(tabs).toEqual([
        ["A", null],
        ["<b>two</b> servers", "true"],
      ]);
      // The name is text, never markup.
      expect(await other.locator(".variant-tab b").count()).toBe(0);
      await other.locator('.variant-tab[data-variant="A"] .variant-select').click();
      await expect.poll(() => read(other, "scenario-name")).toBe("1 server");
      expect(colleague.problems).toEqual([]);
    } finally {
      await colleague.close();
    }
  });
});

describe("a sweep in the browser", () => {
  it("sweeps a client's rate on workers, marks knee and SLO, and gives the command line's numbers", async () => {
    const text = mm1(10);
    const { page } = await open({ storage: { "archsim.scenario": text } });
    await expect.poll(() => read(page, "scenario-name")).toBe("M/M/1");
    // A capacity is swept downwards, from light to heavy load.
    await page.locator('[data-testid="sweep-parameter"]').selectOption("components.app.workers");
    expect(await page.locator('[data-testid="sweep-values"]').inputValue()).toBe("4:1:-1");
    const param = "components.users.workload.rate";
    await page.locator('[data-testid="sweep-parameter"]').selectOption(param);
    // A long sweep stops at once on Cancel: its workers are terminated.
    await page.locator('[data-testid="sweep-values"]').fill("1:19:1");
    await page.locator('[data-testid="sweep-replications"]').fill("20");
    await page.locator('[data-testid="run-sweep"]').click();
    await expect.poll(() => read(page, "sweep-status")).toMatch(/of 380 runs on \d+ workers/);
    await page.locator('[data-testid="cancel-sweep"]').click();
    await expect.poll(() => read(page, "sweep-status")).toBe("Cancelled.");
    await page.locator('[data-testid="sweep-values"]').fill("4:20:4");
    await page.locator('[data-testid="sweep-replications"]').fill("3");
    await page.locator('[data-testid="sweep-slo"]').fill("p99<0.5");
    await page.locator('[data-testid="run-sweep"]').click();
    await page.waitForSelector('[data-testid="sweep-points"] tr[data-value="20"]', {
      timeout: 90_000,
    });

    // The same sweep in Node, through the core `archsim sweep` runs.
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error("invalid");
    const planned = planSweep(JSON.parse(text), {
      param,
      values: [4, 8, 12, 16, 20],
      replications: 3,
      seed: parsed.scenario.seed,
    });
    if (!planned.ok) throw new Error(planned.problems.map(planProblemText).join("; "));
    const slos = parseSlos(["p99<0.5"]);
    if (!slos.ok) throw new Error("slo");
    const expected = analyzeSweep(planned.plan, runTasks(planned.plan.tasks), { slos: slos.slos });
    for (const point of expected.points) {
      const cell = page.locator(
        `[data-testid="sweep-points"] tr[data-value="${point.value}"] td[data-figure="p99"]`,
      );
      expect(Number(await cell.getAttribute("data-mean"))).toBe(point.figures.p99.mean);
    }
    expect(expected.knee).not.toBeNull();
    expect(expected.slo?.lastMeeting).not.toBeNull();
    expect(await read(page, "sweep-knee")).toContain(`= ${expected.knee?.value}`);
    expect(await read(page, "sweep-slo-reading")).toContain(`= ${expected.slo?.lastMeeting}`);
    const charts = page.locator('[data-testid="sweep-charts"]');
    expect(await charts.locator('[data-mark="knee"]').count()).toBeGreaterThanOrEqual(2);
    expect(await charts.locator('[data-mark="slo:p99<0.5"]').count()).toBe(1);
    expect(await charts.locator('[data-mark="slo-met"]').count()).toBe(1);
    await page.locator('[data-testid="sweep-panel"]').scrollIntoViewIfNeeded();
    await shot(page, "sweep");

    // A capacity swept downwards: load grows left to right, 4 workers on the left.
    await page.locator('[data-testid="sweep-parameter"]').selectOption("components.app.workers");
    await page.locator('[data-testid="sweep-replications"]').fill("2");
    await page.locator('[data-testid="sweep-slo"]').fill("");
    await page.locator('[data-testid="run-sweep"]').click();
    await page.waitForSelector('[data-testid="sweep-points"] tr[data-value="1"]');
    const ticks = await page.$$eval(
      '[data-testid="sweep-charts"] [data-panel="latency"] .chart-axis .tick text',
      (texts) => texts.map((t) => t.textContent),
    );
    expect(ticks.indexOf("4")).toBeLessThan(ticks.indexOf("1"));
    await page
      .locator('[data-testid="sweep-panel"]')
      .screenshot({ path: "/tmp/compare-sweep-workers.png" });

    await page.locator('[data-testid="large-type-toggle"]').click();
    await page.locator('[data-testid="theme-toggle"]').click();
    await page
      .locator('[data-testid="sweep-panel"]')
      .screenshot({ path: "/tmp/compare-sweep-large.png" });
  });

  it("opens the first preset on its load multiplier, and warns when the rate its schedule replaces is swept", async () => {
    const { page } = await open();
    const picker = page.locator('[data-testid="sweep-parameter"]');
    await expect.poll(() => picker.inputValue()).toBe("components.users.workload.scale");
    expect(await page.locator('[data-testid="sweep-values"]').inputValue()).toBe("0.5:4:0.5");
    // A preset without a schedule picks its rate; back to this one, the multiplier again.
    await page.locator('[data-testid="preset-picker"]').selectOption("retry-storm");
    await expect.poll(() => picker.inputValue()).toBe("components.users.workload.rate");
    await page.locator('[data-testid="preset-picker"]').selectOption("small-web-app");
    await expect.poll(() => picker.inputValue()).toBe("components.users.workload.scale");
    expect(await page.locator('[data-testid="sweep-values"]').inputValue()).toBe("0.5:4:0.5");

    await picker.selectOption("components.users.workload.rate");
    await page.locator('[data-testid="sweep-values"]').fill("100,400");
    await page.locator('[data-testid="sweep-replications"]').fill("1");
    await page.locator('[data-testid="sweep-slo"]').fill("p99<0.25");
    await page.locator('[data-testid="run-sweep"]').click();
    await page.waitForSelector('[data-testid="sweep-points"] tr[data-value="400"]', {
      timeout: 90_000,
    });
    expect(await read(page, "sweep-warning")).toBe(
      "users has a schedule that replaces its rate from 20 s on, so the load offered does not follow the values swept: the knee and the SLO reading name rates that were not offered. To scale its whole load, sweep “users · load multiplier (rate and schedule)”.",
    );
    await page.locator('[data-testid="sweep-panel"]').scrollIntoViewIfNeeded();
    await page
      .locator('[data-testid="sweep-panel"]')
      .screenshot({ path: "/tmp/compare-sweep-scheduled-rate.png" });

    // The multiplier: no warning, and four times the scale offers four times the load.
    await picker.selectOption("components.users.workload.scale");
    await page.locator('[data-testid="sweep-values"]').fill("0.5,2");
    await page.locator('[data-testid="run-sweep"]').click();
    await page.waitForSelector('[data-testid="sweep-points"] tr[data-value="2"]', {
      timeout: 90_000,
    });
    expect(await page.locator('[data-testid="sweep-warning"]').count()).toBe(0);
    const offered = async (value: number) =>
      Number(
        await page
          .locator(
            `[data-testid="sweep-points"] tr[data-value="${value}"] td[data-figure="offered"]`,
          )
          .getAttribute("data-mean"),
      );
    const ratio = (await offered(2)) / (await offered(0.5));
    expect(ratio).toBeGreaterThan(3.8);
    expect(ratio).toBeLessThan(4.2);
    await page
      .locator('[data-testid="sweep-panel"]')
      .screenshot({ path: "/tmp/compare-sweep-scale.png" });
  });
});
