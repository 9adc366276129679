/**
 * End to end, as a batch runner would use it: `node bin/archsim.js ... --shard i/n` in separate
 * processes, each part written to a file, then `archsim merge parts/*.json`, whose output must be
 * byte for byte what the command prints on one machine.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TINY_SCENARIO } from "./fixtures";

const BIN = join(import.meta.dirname, "..", "..", "bin", "archsim.js");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "archsim-shard-"));
  writeFileSync(join(dir, "a.json"), JSON.stringify(TINY_SCENARIO));
  writeFileSync(join(dir, "b.json"), JSON.stringify({ ...TINY_SCENARIO, name: "tiny b" }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function archsim(args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

/** The command on one machine, and merged from `count` shards run as separate processes. */
function oneAndMerged(args: string[], count: number): [string, string] {
  const parts = join(dir, `parts-${args[0]}-${count}`);
  mkdirSync(parts);
  for (let i = 0; i < count; i++) {
    writeFileSync(join(parts, `${i}.json`), archsim([...args, "--shard", `${i}/${count}`]));
  }
  const files = readdirSync(parts).map((f) => join(parts, f));
  return [archsim(args), archsim(["merge", ...files])];
}

/**
 * The wall-clock time, which no seed decides and which differs between any two runs, even on
 * one machine; and the fingerprint of replicated runs, which (until issue 14's change) hashes
 * the wall times' 95% interval with the figures.
 */
function withoutWallClock(text: string): string {
  return text
    .replace(/"wallSeconds": [0-9.e+-]+/g, '"wallSeconds": -')
    .replace(/"fingerprint": "[0-9a-f]+"/g, '"fingerprint": -')
    .replace(/fingerprint +[0-9a-f]+/g, "fingerprint -")
    .replace(/in [0-9.]+( ± [0-9.]+)? s wall time/g, "in - s wall time");
}

describe("archsim --shard and merge (bin)", { timeout: 120_000 }, () => {
  // Each process bundles the engine first, so the cases are few; shard.test.ts covers the table
  // of run and the JSON of compare in-process.
  it("merges run --replications into the one machine's JSON", () => {
    const args = ["run", "a.json", "--replications", "3", "--duration", "5", "--json"];
    const [one, merged] = oneAndMerged(args, 2);
    expect(withoutWallClock(merged)).toBe(withoutWallClock(one));
  });

  it("merges compare into exactly the one machine's table", () => {
    // Three shards for four runs: one holds a single run.
    const args = ["compare", "a.json", "b.json", "--replications", "2", "--duration", "5"];
    const [one, merged] = oneAndMerged([...args, "--workers", "1"], 3);
    expect(merged).toBe(one);
  });

  it("merges sweep into exactly the one machine's JSON", () => {
    const args = ["sweep", "a.json", "--param", "duration", "--values", "4,6", "--json"];
    const [one, merged] = oneAndMerged([...args, "--replications", "2", "--workers", "1"], 2);
    expect(merged).toBe(one);
  });
});
