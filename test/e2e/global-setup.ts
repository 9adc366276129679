/**
 * Builds the app once and serves it with Vite's preview server on 127.0.0.1 and a free port, for
 * every browser test; the address reaches the tests through `inject("baseUrl")`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type PreviewServer, preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built site's folder, for tests that serve it in other ways (offline.test.ts). */
    distDir: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), "archsim-e2e-"));
  const configFile = join(root, "vite.config.ts");
  await build({ root, configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    root,
    configFile,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === "string") throw new Error("preview has no port");
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  project.provide("distDir", outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
