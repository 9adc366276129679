/**
 * Registers the offline copy of the site (service-worker.ts) in a build only, which names its
 * file (precache-plugin.ts): the dev server's modules change on every edit and must never be
 * served from a cache. Browsers
 * allow service workers only in a secure context (https, or this machine's own address), so a
 * page opened over plain http from another machine simply runs without one.
 */
export function registerServiceWorker(): void {
  const file: unknown = import.meta.env.ARCHSIM_SERVICE_WORKER;
  if (typeof file !== "string" || !globalThis.isSecureContext) return;
  const container = globalThis.navigator?.serviceWorker;
  if (container === undefined) return;
  // After the page has loaded, so caching the site never competes with starting it.
  addEventListener("load", () => {
    // The worker sits beside index.html; its scope is that directory, wherever the site is.
    container.register(`./${file}`, { scope: "./" }).catch(() => {
      // Without it the page works as before, only not offline: nothing to tell the user.
    });
  });
}
