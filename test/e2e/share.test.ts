import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import { encodeShareLink } from "../../src/scenario/share-link";
import { summaryFingerprint } from "../../src/sim/fingerprint";
import { runScenario } from "../../src/sim/run";
import { type AppPage, launchBrowser, type OpenOptions, openApp, read, setSpeed } from "./browser";

const baseUrl = inject("baseUrl");
const SHOTS = "test-results/screenshots/share";
let browser: Browser;
const pages: AppPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  // Whatever the test did, no page may have logged an error, thrown, or opened a dialog.
  const problems = pages.flatMap((p) => [...p.problems, ...p.dialogs]);
  await Promise.all(pages.map((p) => p.close()));
  pages.length = 0;
  expect(problems).toEqual([]);
});

async function open(hash = "", options?: OpenOptions): Promise<Page> {
  const app = await openApp(browser, `${baseUrl}${hash}`, options);
  pages.push(app);
  return app.page;
}

const preset = (id: string) =>
  readFileSync(join(import.meta.dirname, `../../models/${id}.json`), "utf8");

/** A small scenario of the user's own, as kept in storage before the page opens. */
const SAVED = JSON.stringify({
  version: 1,
  name: "My own work",
  duration: 30,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 5 }, target: "app" },
    { id: "app", type: "server", service: { dist: "exp", mean: 0.05 } },
  ],
});

/** Picks a preset and returns its name once the page shows it (the texts are being rewritten). */
async function pick(page: Page, id: string): Promise<string> {
  const before = await read(page, "scenario-name");
  await page.locator('[data-testid="preset-picker"]').selectOption(id);
  await expect.poll(() => read(page, "scenario-name")).not.toBe(before);
  return read(page, "scenario-name");
}

async function finished(page: Page): Promise<void> {
  await setSpeed(page, "max");
  await expect.poll(() => read(page, "status"), { timeout: 60_000 }).toBe("finished");
  await expect.poll(() => read(page, "fingerprint")).toMatch(/^[0-9a-f]{10}$/);
}

async function shareLink(page: Page): Promise<string> {
  await page.locator('[data-testid="share"]').click();
  const field = page.locator('[data-testid="share-link"]');
  await expect.poll(() => field.inputValue()).toContain("#s=1.");
  return field.inputValue();
}

/** Every figure of the summary table as the page shows it. */
function summaryText(page: Page): Promise<string | null> {
  return page.locator('[data-testid="summary-figures"]').textContent();
}

async function saved(download: Promise<Download>): Promise<{ name: string; text: string }> {
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

describe("share links in the page", () => {
  it("opens a shared preset in a new page with the same seed, summary and fingerprint", async () => {
    const page = await open();
    const name = await pick(page, "cdn-static");
    await page.locator('[data-testid="seed-input"]').fill("7");
    await page.locator('[data-testid="reseed"]').click();
    await expect.poll(() => read(page, "seed")).toBe("7");
    await finished(page);
    const fingerprint = await read(page, "fingerprint");
    const summary = await summaryText(page);

    // The command line's run of the same scenario and seed has the same fingerprint.
    const parsed = parseScenarioText(preset("cdn-static"));
    if (!parsed.ok) throw new Error("preset invalid");
    expect(summaryFingerprint(runScenario(parsed.scenario, { seed: "7" }))).toBe(fingerprint);

    const link = await shareLink(page);
    expect(page.url()).toBe(link);
    expect(new URL(link).hash.length).toBeLessThan(2000);
    await expect
      .poll(() => page.locator('[data-testid="share"] + .popover .share-status').textContent())
      .toMatch(/copied|did not allow/);
    await page.screenshot({ path: `${SHOTS}/share-panel.png` });

    const other = await open(new URL(link).hash);
    await expect.poll(() => read(other, "scenario-name")).toBe(name);
    expect(await other.locator('[data-testid="preset-picker"]').inputValue()).toBe("");
    await expect.poll(() => read(other, "seed")).toBe("7");
    await finished(other);
    expect(await read(other, "fingerprint")).toBe(fingerprint);
    expect(await summaryText(other)).toBe(summary);
    await other.screenshot({ path: `${SHOTS}/opened-link.png` });
  });

  it("refuses a damaged or future link with a message, runs no script, keeps the saved work", async () => {
    const storage = { "archsim.scenario": SAVED };
    const garbage = await open("#s=1.Zm9vYmFy%3Cscript%3E", { storage });
    await garbage.locator('[data-testid="link-problem"]').waitFor();
    expect(await read(garbage, "link-problem-reason")).toContain("damaged or incomplete");
    await expect.poll(() => read(garbage, "scenario-name")).toBe("My own work");
    await garbage.screenshot({ path: `${SHOTS}/damaged-link.png` });

    const future = await open("#s=9.AAAA", { storage });
    await future.locator('[data-testid="link-problem"]').waitFor();
    expect(await read(future, "link-problem-reason")).toContain("newer archsim");
    await expect.poll(() => read(future, "scenario-name")).toBe("My own work");
    expect(await future.evaluate(() => localStorage.getItem("archsim.scenario"))).toBe(SAVED);

    const invalid = encodeShareLink({ scenario: { version: 1, name: "x", components: [] } });
    const refused = await open(invalid, { storage });
    await refused.locator('[data-testid="link-problem"]').waitFor();
    expect(await read(refused, "link-problem")).toContain("duration");
    await expect.poll(() => read(refused, "scenario-name")).toBe("My own work");

    const hostileName = "<img src=x onerror=alert(1)>";
    const hostile = JSON.parse(SAVED);
    hostile.name = hostileName;
    const page = await open(encodeShareLink({ scenario: hostile }), { storage });
    await expect.poll(() => read(page, "scenario-name")).toBe(hostileName);
    // The link replaced the user's own scenario: the page says so for five seconds, and Back
    // brings it back.
    await expect.poll(() => read(page, "notice-message")).toContain("Back");
    await page.waitForTimeout(1000);
    expect(await page.locator("img").count()).toBe(0);
    await page.goBack();
    await expect.poll(() => read(page, "scenario-name")).toBe("My own work");
    expect(await page.locator('[data-testid="preset-picker"]').inputValue()).toBe("");
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("archsim.scenario")))
      .toBe(SAVED);
  });

  it("opens a preset's short link, offers it in the Share panel, and refuses an unknown one", async () => {
    const page = await open("#preset=hot-shard");
    const picker = page.locator('[data-testid="preset-picker"]');
    await expect.poll(() => picker.inputValue()).toBe("hot-shard");
    await expect.poll(() => read(page, "status")).toBe("running");
    await shareLink(page);
    const short = page.locator('[data-testid="share-preset-link"]');
    expect(await short.isVisible()).toBe(true);
    expect(new URL(await short.inputValue()).hash).toBe("#preset=hot-shard");
    await page.screenshot({ path: `${SHOTS}/share-preset.png` });
    // Another seed is no longer the preset as it ships: only the full link is offered.
    await page.locator('[data-testid="share"]').click();
    await page.locator('[data-testid="seed-input"]').fill("7");
    await page.locator('[data-testid="reseed"]').click();
    await expect.poll(() => read(page, "seed")).toBe("7");
    await shareLink(page);
    expect(await short.isVisible()).toBe(false);

    const storage = { "archsim.scenario": SAVED };
    const unknown = await open("#preset=<img src=x onerror=alert(1)>", { storage });
    await unknown.locator('[data-testid="link-problem"]').waitFor();
    expect(await read(unknown, "link-problem-reason")).toContain("<img src=x onerror=alert(1)>");
    await expect.poll(() => read(unknown, "scenario-name")).toBe("My own work");
    expect(await unknown.locator("img").count()).toBe(0);
  });

  it("goes back and forward between two presets, and a reload keeps the one shown", async () => {
    const page = await open();
    const picker = page.locator('[data-testid="preset-picker"]');
    await expect.poll(() => picker.inputValue()).not.toBe("");
    const first = await read(page, "scenario-name");
    const hotShard = await pick(page, "hot-shard");
    const replicas = await pick(page, "read-replicas");
    await page.goBack();
    await expect.poll(() => read(page, "scenario-name")).toBe(hotShard);
    expect(await picker.inputValue()).toBe("hot-shard");
    await page.goForward();
    await expect.poll(() => read(page, "scenario-name")).toBe(replicas);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => read(page, "scenario-name")).toBe(first);
    await page.goForward();
    await expect.poll(() => read(page, "scenario-name")).toBe(hotShard);
    await page.reload();
    await expect.poll(() => read(page, "scenario-name")).toBe(hotShard);
    await expect.poll(() => read(page, "status")).toBe("running");
  });
});

describe("share and files in Chinese, in the dark theme", () => {
  it("labels the controls and the link banner in the page's language", async () => {
    const page = await open("#s=9.AAAA", { colorScheme: "dark" });
    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await expect.poll(() => read(page, "share")).toBe("分享");
    expect(await read(page, "files")).toBe("文件");
    expect(await read(page, "link-problem-reason")).toContain("更新版本");
    await page.locator('[data-testid="files"]').click();
    await page.screenshot({ path: `${SHOTS}/files-zh-dark.png` });
    await page.locator('[data-testid="files"]').click();
    await page.locator('[data-testid="share"]').click();
    await expect.poll(() => page.locator(".share-status").textContent()).toMatch(/链接/);
    await page.screenshot({ path: `${SHOTS}/share-zh-dark.png` });
  });
});

describe("files in the page", () => {
  it("opens a picked file and a dropped one, and lists the errors of a bad one", async () => {
    const page = await open();
    await page.locator('[data-testid="files"]').click();
    await page.screenshot({ path: `${SHOTS}/files-panel.png` });
    await page.locator('[data-testid="open-file"]').setInputFiles({
      name: "mine.json",
      mimeType: "application/json",
      buffer: Buffer.from(SAVED),
    });
    await expect.poll(() => read(page, "scenario-name")).toBe("My own work");

    const dropped = JSON.stringify({ ...JSON.parse(SAVED), name: "Dropped" });
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.json", { type: "application/json" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    }, dropped);
    await expect.poll(() => read(page, "scenario-name")).toBe("Dropped");
    expect(await page.locator('[data-testid="drop-overlay"]').isVisible()).toBe(false);

    await page.locator('[data-testid="files"]').click();
    await page.locator('[data-testid="open-file"]').setInputFiles({
      name: "bad.json",
      mimeType: "application/json",
      buffer: Buffer.from(SAVED.replace('"duration":30', '"duration":-1')),
    });
    const issues = page.locator('[data-testid="issues-message"]');
    await issues.waitFor();
    expect(await issues.textContent()).toContain("duration");
    expect(await read(page, "scenario-name")).toBe("Dropped");
  });

  it("saves the scenario, the summary and a chart", async () => {
    const page = await open();
    const name = await pick(page, "cdn-static");
    await finished(page);
    const fingerprint = await read(page, "fingerprint");
    await page.locator('[data-testid="files"]').click();
    const save = (testId: string) =>
      saved(
        Promise.all([page.waitForEvent("download"), page.click(`[data-testid="${testId}"]`)]).then(
          ([d]) => d,
        ),
      );

    const scenario = await save("save-scenario");
    const stem = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    expect(scenario.name).toBe(`${stem}.json`);
    expect(scenario.text).toBe(preset("cdn-static"));

    const csv = await save("save-summary-csv");
    expect(csv.name).toBe(`${stem}-summary.csv`);
    expect(csv.text.split("\n")[0]).toBe("scope,metric,value,ci95");
    expect(csv.text).toContain(`all,fingerprint,${fingerprint},`);

    const json = JSON.parse((await save("save-summary-json")).text);
    expect(json.fingerprint).toBe(fingerprint);
    expect(json).toMatchObject({ scenario: name, seed: "1" });
    expect(json.requests.generated).toBeGreaterThan(0);

    const svg = await save("save-chart-svg");
    expect(svg.name).toMatch(new RegExp(`^${stem}-.+\\.svg$`));
    expect(svg.text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.text).not.toContain("var(--");
    const png = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="save-chart-png"]'),
    ]);
    expect(png[0].suggestedFilename()).toMatch(/\.png$/);
    await png[0].saveAs(`${SHOTS}/exported-chart@2x.png`);
    // The file alone, as a viewer shows it (an empty icon: no request for /favicon.ico).
    await page.setContent(`<link rel="icon" href="data:,"><body style="margin:0">${svg.text}`);
    await page.screenshot({ path: `${SHOTS}/exported-chart.png` });
  });
});
