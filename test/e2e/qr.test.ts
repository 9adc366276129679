/**
 * The QR code of the running scenario: in the Share panel and in presenter mode it draws exactly
 * the link (the preset's short link, or the whole link once the scenario is no longer the
 * preset's own), and a participant's phone that opens what it encodes ends the run on the
 * presenter's fingerprint.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { qrModules, qrPath } from "../../src/ui/share/qr-code";
import { useAppPages } from "./app-pages";
import { openApp, read, setSpeed } from "./browser";

const pages = useAppPages();
const SHOTS = "test-results/screenshots/qr";
const PRESET = "one-server-saturating";

/** The text a drawn code encodes, checked against the code drawn from that text here. */
async function encoded(page: Page, testId: string): Promise<string> {
  const code = page.locator(`[data-testid="${testId}-code"]`);
  await code.waitFor();
  const text = (await code.getAttribute("data-qr-text")) ?? "";
  const modules = qrModules(text);
  expect(modules, text).not.toBeNull();
  expect(await code.locator("path").getAttribute("d")).toBe(qrPath(modules!));
  return text;
}

async function inViewport(page: Page, testId: string): Promise<boolean> {
  const box = await page.locator(`[data-testid="${testId}"]`).boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width &&
    box.y + box.height <= size.height
  );
}

async function finish(page: Page): Promise<string> {
  await setSpeed(page, "max");
  await expect.poll(() => read(page, "status"), { timeout: 60_000 }).toBe("finished");
  await expect.poll(() => read(page, "fingerprint")).toMatch(/^[0-9a-f]{10}$/);
  return read(page, "fingerprint");
}

describe("the QR code of a scenario", () => {
  it("encodes the link in Share and presenter mode, and a phone opening it ends on the same fingerprint", async () => {
    const { page } = await pages.open(
      { viewport: { width: 1280, height: 720 } },
      `${pages.baseUrl}#preset=${PRESET}`,
    );
    await expect
      .poll(() => page.locator('[data-testid="preset-picker"]').inputValue())
      .toBe(PRESET);

    // The preset run unchanged: its short link, with the note that 127.0.0.1 is this computer's.
    await page.locator('[data-testid="share"]').click();
    expect(await encoded(page, "share-qr")).toBe(`${pages.baseUrl}#preset=${PRESET}`);
    expect(await page.locator('[data-testid="share-qr-local"]').isVisible()).toBe(true);
    expect(await inViewport(page, "share-qr-code")).toBe(true);
    await page.screenshot({ path: `${SHOTS}/share-en-1280x720.png` });
    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await page.screenshot({ path: `${SHOTS}/share-zh-CN-1280x720.png` });
    await page.locator('[data-testid="language"]').selectOption("en");
    await page.keyboard.press("Escape");

    // Another seed: no longer the preset's own run, so the whole link.
    await page.locator('[data-testid="seed-input"]').fill("7");
    await page.locator('[data-testid="reseed"]').click();
    await expect.poll(() => read(page, "seed")).toBe("7");
    await page.locator('[data-testid="presenter-toggle"]').click();
    // The lesson panel redraws its head as the run goes: the button is pressed where it is.
    await page.locator('[data-testid="presenter-qr"]').dispatchEvent("click");
    const link = await encoded(page, "presenter-qr-view");
    expect(link.startsWith(`${pages.baseUrl}#s=1.`)).toBe(true);
    expect(await page.locator('[data-testid="qr-dialog"]').isVisible()).toBe(true);
    expect(await inViewport(page, "presenter-qr-view-code")).toBe(true);
    await page.screenshot({ path: `${SHOTS}/presenter-en-1280x720.png` });
    await page.keyboard.press("Escape");
    expect(await page.locator('[data-testid="qr-dialog"]').isVisible()).toBe(false);
    const fingerprint = await finish(page);

    // The participant's phone opens exactly what the code holds.
    const phone = await openApp(pages.browser, link, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      await expect.poll(() => read(phone.page, "seed")).toBe("7");
      expect(await finish(phone.page)).toBe(fingerprint);
      await phone.page.locator('[data-testid="share"]').click();
      expect(await encoded(phone.page, "share-qr")).toBe(link);
      expect(await inViewport(phone.page, "share-qr-code")).toBe(true);
      await phone.page.screenshot({ path: `${SHOTS}/share-en-390x844.png` });
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it("says plainly when the link is too long for a code", async () => {
    // A scenario whose link holds a long description that compresses badly: no QR version fits.
    const noise = Array.from({ length: 6000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join("");
    const { page } = await pages.open({ viewport: { width: 1280, height: 720 } });
    await page.locator('[data-testid="scenario-text"]').fill(
      JSON.stringify({
        version: 1,
        name: "Long",
        description: noise,
        duration: 10,
        components: [
          { id: "u", type: "client", workload: { kind: "open", rate: 5 }, target: "s" },
          { id: "s", type: "server", service: { dist: "exp", mean: 0.05 } },
        ],
      }),
    );
    await page.locator('[data-testid="load-scenario"]').click();
    await expect.poll(() => read(page, "scenario-name")).toBe("Long");
    await page.locator('[data-testid="share"]').click();
    const caption = page.locator('[data-testid="share-qr"] figcaption');
    await expect
      .poll(() => caption.textContent())
      .toMatch(/too long for a QR code \([\d,]+ characters\)/);
    expect(await page.locator('[data-testid="share-qr-code"]').isVisible()).toBe(false);
  });
});
