/**
 * The cross-engine fingerprint test (test/e2e/fingerprints.test.ts) drives Debian's Firefox ESR
 * (/usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi. When it is missing and we
 * are root (CI on a fresh machine), install it with apt-get, as ensure-chromium.mjs does for
 * Chromium; otherwise say how.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const FIREFOX = process.env.ARCHSIM_FIREFOX ?? "/usr/bin/firefox-esr";

if (!existsSync(FIREFOX)) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root) {
    console.error(
      `The cross-engine browser test needs Firefox ESR at ${FIREFOX}.\n` +
        "Install it as root: apt-get update && apt-get install -y --no-install-recommends firefox-esr\n" +
        "(or point ARCHSIM_FIREFOX at another Firefox build).",
    );
    process.exit(1);
  }
  console.log(`${FIREFOX} is missing: installing Debian's firefox-esr with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "firefox-esr"], {
    stdio: "inherit",
    env,
  });
  if (!existsSync(FIREFOX)) {
    console.error(`apt-get finished but ${FIREFOX} is still missing`);
    process.exit(1);
  }
}
