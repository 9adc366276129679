import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import {
  decodeNumbers,
  encodePart,
  type Part,
  parseShard,
  shardRange,
  withoutShard,
} from "../../src/cli/shard";
import { oneRun, TINY_SCENARIO } from "./fixtures";

const TINY = JSON.stringify(TINY_SCENARIO);

/** main() on an in-memory file system, collecting what it prints. */
async function archsim(argv: string[], files: Record<string, string>) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (s) => stdout.push(s),
    stderr: (s) => stderr.push(s),
    readFile: (path) => {
      if (path in files) return files[path];
      throw new Error(`ENOENT: no such file, open '${path}'`);
    },
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

/** The parts of `argv` over `count` shards, as files part0.json, part1.json... */
async function parts(argv: string[], count: number): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const r = await archsim([...argv, "--shard", `${i}/${count}`], { "tiny.json": TINY });
    expect(r.code).toBe(0);
    files[`part${i}.json`] = r.stdout;
  }
  return files;
}

describe("--shard i/n", () => {
  it("reads i from 0, as a Kubernetes Indexed Job numbers its pods, and refuses anything else", () => {
    expect(parseShard("0/4")).toEqual({ index: 0, count: 4 });
    expect(parseShard("3/4")).toEqual({ index: 3, count: 4 });
    for (const bad of ["4/4", "1/0", "-1/2", "1.5/2", "a/b", "1", ""]) {
      expect(parseShard(bad)).toMatch(/--shard must be i\/n with 0 <= i < n/);
    }
  });

  it("slices the runs into contiguous ranges that cover each run once, empty ones included", () => {
    for (const [total, count] of [
      [10, 3],
      [2, 5],
      [7, 7],
    ]) {
      const covered = Array.from({ length: count }, (_, index) => {
        const { from, to } = shardRange({ index, count }, total);
        return Array.from({ length: to - from }, (_, k) => from + k);
      }).flat();
      expect(covered).toEqual(Array.from({ length: total }, (_, i) => i));
    }
  });

  it("keeps NaN, the infinities and -0 through a part's JSON, which would turn them into null and 0", () => {
    const summary = { ...oneRun(), throughput: Number.NaN, events: -0, retries: Infinity };
    const part: Part = {
      format: "archsim-part",
      version: 1,
      argv: ["run", "x.json"],
      files: {},
      shard: { index: 0, count: 1 },
      runs: 1,
      summaries: [[0, summary]],
    };
    const back = decodeNumbers(encodePart(part)) as Part;
    expect(back.summaries[0][1]).toEqual(summary);
    expect(Object.is(back.summaries[0][1].events, -0)).toBe(true);
  });

  it("leaves the --shard option out of the command line a part records", () => {
    expect(withoutShard(["run", "a.json", "--shard", "1/2", "--json"])).toEqual([
      "run",
      "a.json",
      "--json",
    ]);
    expect(withoutShard(["sweep", "--shard=0/3", "a.json"])).toEqual(["sweep", "a.json"]);
  });
});

describe("archsim merge", () => {
  const runArgs = ["run", "tiny.json", "--replications", "3", "--duration", "5", "--json"];

  it("prints the one machine's table for run and JSON for compare, in any order of the parts", async () => {
    const run = ["run", "tiny.json", "--replications", "3", "--duration", "5"];
    const one = await archsim(run, { "tiny.json": TINY });
    const merged = await archsim(["merge", "part1.json", "part0.json"], await parts(run, 2));
    // Only the wall time differs between two runs ("0.00210 ± < 0.001"); the fingerprint leaves it out.
    const wall = (t: string) => t.replace(/in .+? s wall time/, "in - s wall time");
    expect(wall(merged.stdout)).toBe(wall(one.stdout));
    const files = { "tiny.json": TINY, "b.json": TINY.replace('"tiny"', '"b"') };
    const compare = ["compare", "tiny.json", "b.json", "--replications", "2", "--json"];
    const oneCompare = await archsim(compare, files);
    const compareParts: Record<string, string> = {};
    for (let i = 0; i < 3; i++) {
      compareParts[`c${i}.json`] = (await archsim([...compare, "--shard", `${i}/3`], files)).stdout;
    }
    const mergedCompare = await archsim(["merge", "c2.json", "c0.json", "c1.json"], compareParts);
    expect(mergedCompare.stdout).toBe(oneCompare.stdout);
  });

  it("needs no scenario file: the parts carry it", async () => {
    const merged = await archsim(["merge", "part0.json", "part1.json"], await parts(runArgs, 2));
    expect(merged.stderr).toBe("");
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ scenario: "tiny", replications: 3 });
  });

  it("refuses a missing shard, a shard given twice and parts of different commands", async () => {
    const files = await parts(runArgs, 3);
    const other = await parts([...runArgs, "--seed", "9"], 3);
    files["other1.json"] = other["part1.json"];
    files["junk.json"] = '{"format":"something else"}';
    const missing = await archsim(["merge", "part0.json", "part2.json"], files);
    expect([missing.code, missing.stderr]).toEqual([2, "archsim: merge: missing shard 1/3\n"]);
    const twice = await archsim(["merge", "part0.json", "part1.json", "part1.json"], files);
    expect(twice.stderr).toContain("part1.json and part1.json are both shard 1");
    const mixed = await archsim(["merge", "part0.json", "other1.json", "part2.json"], files);
    expect(mixed.stderr).toContain("other1.json is a part of another command than part0.json");
    const junk = await archsim(["merge", "junk.json"], files);
    expect([junk.code, junk.stderr]).toEqual([
      2,
      "archsim: merge: junk.json is not a part printed by archsim --shard (version 1)\n",
    ]);
  });

  it("exits 1 as the command would when the merged runs violate its --slo", async () => {
    const files = await parts(
      ["run", "tiny.json", "--replications", "2", "--slo", "p99<0.000001"],
      2,
    );
    const merged = await archsim(["merge", "part0.json", "part1.json"], files);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toContain("p99");
  });
});
