#!/usr/bin/env node
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, importBundled } from "./bundle.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

if (process.argv[2] === "serve") {
  // Serving needs none of the engine: its own entry point, and Vite only when it must build.
  const { serveMain } = await importBundled("src/cli/serve/main.ts", "serve");
  const served = await serveMain(process.argv.slice(3), io, {
    root,
    build: async () => {
      const { build } = await import("vite");
      await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "warn" });
    },
  });
  if ("exitCode" in served) process.exitCode = served.exitCode;
} else {
  const { main } = await importBundled("src/cli/main.ts", "cli");
  // Worker threads start from a file of their own, bundled only when a batch asks for workers.
  let taskWorker;
  process.exitCode = await main(process.argv.slice(2), undefined, {
    taskWorker: () => {
      taskWorker ??= bundle("src/cli/task-worker.ts", "task-worker");
      return taskWorker;
    },
  });
}
