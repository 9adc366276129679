/**
 * The command line over the real engine, in this process: a run that would take far too long
 * or hold too much is stopped within a look or two, with exit code 2, its cause and how to raise
 * the limit; --max-events moves the limit.
 */
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { main } from "../../src/cli/main";

const retryLoop = JSON.stringify({
  version: 1,
  name: "retry loop",
  duration: 5,
  components: [
    {
      id: "users",
      type: "client",
      workload: { kind: "closed", users: 20, think: { dist: "const", value: 0 } },
      target: "web",
      retry: { max: 1e9, backoff: 2e-8, multiplier: 1, jitter: false },
    },
    { id: "web", type: "server", workers: 1, queue: 0, service: { dist: "const", value: 10 } },
  ],
});

const small = JSON.stringify({
  version: 1,
  name: "small",
  duration: 10,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 100 }, target: "web" },
    { id: "web", type: "server", workers: 4, service: { dist: "exp", mean: 0.01 } },
  ],
});

async function archsim(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const files: Record<string, string> = { "loop.json": retryLoop, "small.json": small };
  const code = await main(argv, {
    stdout: (s) => stdout.push(s),
    stderr: (s) => stderr.push(s),
    readFile: (path) => files[path],
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("archsim and the work a run may take", () => {
  it("stops a retry loop of 3.8e9 events a simulated second with exit 2, its cause and --max-events", async () => {
    const started = performance.now();
    const result = await archsim(["run", "loop.json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    // The validator's warning about the retries comes first, then the stop.
    expect(result.stderr).toMatch(
      /^loop\.json: warning: components\[0\]\.retry: allows 1e9 retries/,
    );
    expect(result.stderr).toMatch(
      /\narchsim: this run would take about 4\.\de9 events \(9\.\de8 per simulated second for 5 s\), over the limit of 2e8 events a run may take \(about a minute of computing\)/,
    );
    expect(result.stderr).toMatch(/raise the limit with --max-events 5\.\de9\.\n$/);
    // Two looks at most: a few seconds even on a loaded machine, where the loop took 43 minutes.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it("takes --max-events for run, compare and sweep, and stops a run at it", async () => {
    const stopped = await archsim(["run", "small.json", "--max-events", "500"]);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toMatch(/over the limit of 500 events a run may take/);
    expect((await archsim(["run", "small.json", "--max-events", "1e6"])).code).toBe(0);
    const compared = await archsim([
      "compare",
      "small.json",
      "small.json",
      "--max-events",
      "500",
      "--workers",
      "1",
    ]);
    expect(compared.code).toBe(2);
    expect(compared.stderr).toMatch(/over the limit of 500 events/);
    const swept = await archsim([
      "sweep",
      "small.json",
      "--param",
      "components.web.workers",
      "--values",
      "2,4",
      "--max-events",
      "500",
      "--workers",
      "1",
    ]);
    expect(swept.code).toBe(2);
    expect(swept.stderr).toMatch(/over the limit of 500 events/);
  });

  it("refuses a --max-events that is not a count", () => {
    expect(parseArgs(["run", "a.json", "--max-events", "0"])).toEqual({
      ok: false,
      errors: ["--max-events must be an integer >= 1, got '0'"],
    });
    expect(parseArgs(["run", "a.json", "--max-events", "1.5"]).ok).toBe(false);
    expect(parseArgs(["run", "a.json", "--max-events", "5e9"])).toMatchObject({
      ok: true,
      command: { maxEvents: 5e9 },
    });
  });
});
