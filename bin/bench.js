#!/usr/bin/env node
import { importBundled } from "./bundle.js";

await importBundled("bench/main.ts", "bench");
