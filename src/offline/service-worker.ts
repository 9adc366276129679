/**
 * The offline copy of the site (workshop Wi-Fi fails): on install it caches every file of the
 * build, named in ARCHSIM_PRECACHE by the build (precache-plugin.ts), under a cache named for
 * the build's content; it then answers the site's requests from that cache, and the network only
 * for what it does not hold. A new build is a new cache name: the new worker takes over at once
 * and deletes the caches of older builds. Its scope is the directory it is served from, so the
 * site works from a root, a subpath or any folder of a static host.
 */
declare const ARCHSIM_PRECACHE: readonly string[];
declare const ARCHSIM_CACHE: string;
declare const self: ServiceWorkerGlobalScope;

// A module, so that `self` above is this file's own (the tsconfig has the DOM's too).
export {};

const CACHE_PREFIX = "archsim-";
/** The site's directory, from which the precache list's relative names are resolved. */
const SCOPE = new URL("./", self.location.href);
const INDEX = new URL("index.html", SCOPE).href;
const PRECACHED = new Set(ARCHSIM_PRECACHE.map((name) => new URL(name, SCOPE).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(ARCHSIM_CACHE);
      // "reload": the files themselves, not the browser's HTTP cache of an older build.
      await cache.addAll([...PRECACHED].map((url) => new Request(url, { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== ARCHSIM_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  // The site's directory and index.html are the one page, whatever its query (the app keeps
  // its state in the fragment, which never reaches here).
  if (request.mode === "navigate" && url.pathname.startsWith(SCOPE.pathname)) url.search = "";
  const key = url.href === SCOPE.href ? INDEX : url.href;
  if (!PRECACHED.has(key)) return;
  event.respondWith(
    (async () => {
      const cached = await caches.match(key, { cacheName: ARCHSIM_CACHE });
      return cached ?? fetch(request);
    })(),
  );
});
