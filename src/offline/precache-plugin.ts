/**
 * A Vite plugin for production builds: writes sw.js (service-worker.ts, bundled by esbuild)
 * beside index.html with the list of every file the build wrote, to precache, and a cache name
 * made of a hash of their names and contents, so each different build gets its own cache. The
 * names are relative to the site's directory, which makes the worker right at any path. A small
 * plugin rather than workbox: the worker needs no more than a list and a version.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { build } from "esbuild";
import type { Plugin } from "vite";

export const SERVICE_WORKER_FILE = "sw.js";
const SOURCE = join(import.meta.dirname, "service-worker.ts");

export function precachePlugin(): Plugin {
  let publicDir = "";
  return {
    name: "archsim:precache",
    apply: "build",
    // After Vite's own plugins, so index.html is in the bundle.
    enforce: "post",
    // The page registers the worker only where a build wrote it (register.ts): never in dev.
    config: () => ({
      define: { "import.meta.env.ARCHSIM_SERVICE_WORKER": JSON.stringify(SERVICE_WORKER_FILE) },
    }),
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      for (const [name, output] of Object.entries(bundle)) {
        if (name.endsWith(".map")) continue;
        files.set(name, output.type === "chunk" ? output.code : output.source);
      }
      for (const path of publicFiles(publicDir)) {
        files.set(relative(publicDir, path).split(sep).join("/"), readFileSync(path));
      }
      const list = [...files.keys()].sort();
      if (!list.includes("index.html")) this.error("the build has no index.html to precache");
      const hash = createHash("sha256");
      for (const name of list) hash.update(name).update("\0").update(files.get(name)!);
      const cacheName = `archsim-${hash.digest("hex").slice(0, 16)}`;
      const result = await build({
        entryPoints: [SOURCE],
        bundle: true,
        write: false,
        format: "iife",
        target: "es2022",
        minify: true,
        define: {
          ARCHSIM_PRECACHE: JSON.stringify(list),
          ARCHSIM_CACHE: JSON.stringify(cacheName),
        },
        logLevel: "error",
      });
      this.emitFile({
        type: "asset",
        fileName: SERVICE_WORKER_FILE,
        source: result.outputFiles[0]!.text,
      });
    },
  };
}

/** Every file under the public directory (copied into the build as they are). */
function publicFiles(dir: string): string[] {
  if (dir === "") return [];
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? publicFiles(path) : entry.isFile() ? [path] : [];
  });
}
