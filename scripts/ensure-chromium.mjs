/**
 * The browser tests drive Debian's Chromium (/usr/bin/chromium) through playwright-core. When it
 * is missing and we are root (CI on a fresh machine), install it with apt-get; otherwise say how.
 * The page speaks Simplified Chinese too: without a CJK font its screenshots show empty boxes, so
 * a machine without one gets WenQuanYi Micro Hei (Debian's fonts-wqy-microhei, 4 MB) likewise.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.ARCHSIM_CHROMIUM ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root) {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}.\n` +
        "Install it as root: apt-get update && apt-get install -y --no-install-recommends chromium\n" +
        "(or point ARCHSIM_CHROMIUM at another Chromium build).",
    );
    process.exit(1);
  }
  console.log(`${CHROMIUM} is missing: installing Debian's chromium with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env,
  });
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing`);
    process.exit(1);
  }
}

/** Whether fontconfig knows a font with Chinese glyphs. */
function hasChineseFont() {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

if (!hasChineseFont()) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root) {
    console.log("No Chinese font: installing Debian's fonts-wqy-microhei with apt-get");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "fonts-wqy-microhei"], {
      stdio: "inherit",
      env,
    });
  } else {
    console.warn(
      "No Chinese font: the zh-CN screenshots will show boxes. As root: apt-get install -y fonts-wqy-microhei",
    );
  }
}
