#!/usr/bin/env node
import { importBundled } from "./bundle.js";

const { main } = await importBundled("src/cli/main.ts", "cli");
process.exitCode = await main(process.argv.slice(2));
