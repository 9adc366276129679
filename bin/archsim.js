#!/usr/bin/env node
import { bundle, importBundled } from "./bundle.js";

const { main } = await importBundled("src/cli/main.ts", "cli");
// Worker threads start from a file of their own, bundled only when a batch asks for workers.
let taskWorker;
process.exitCode = await main(process.argv.slice(2), undefined, {
  taskWorker: () => {
    taskWorker ??= bundle("src/cli/task-worker.ts", "task-worker");
    return taskWorker;
  },
});
