import { describe, expect, it } from "vitest";
import { ProgressLine } from "../../src/cli/progress";

function line(runs: number) {
  let ms = 0;
  const written: string[] = [];
  const progress = new ProgressLine((s) => written.push(s), {
    duration: 600,
    runs,
    clock: () => ms,
  });
  return { progress, written, at: (t: number) => (ms = t) };
}

describe("ProgressLine", () => {
  it("stays silent for a run that ends within a second", () => {
    const { progress, written, at } = line(1);
    at(900);
    progress.update(0, 550);
    progress.end();
    expect(written).toEqual([]);
  });

  it("then rewrites one line at most four times a second, and wipes it at the end", () => {
    const { progress, written, at } = line(1);
    at(1000);
    progress.update(0, 150);
    at(1100);
    progress.update(0, 160);
    at(1250);
    progress.update(0, 175.5);
    progress.end();
    expect(written).toEqual([
      "\r\x1b[Karchsim: simulated 150 of 600 s (25% done)",
      "\r\x1b[Karchsim: simulated 176 of 600 s (29% done)",
      "\r\x1b[K",
    ]);
  });

  it("counts the runs of replications in the share done", () => {
    const { progress, written, at } = line(4);
    at(2000);
    progress.update(2, 30);
    expect(written).toEqual(["\r\x1b[Karchsim: run 3 of 4, simulated 30.0 of 600 s (51% done)"]);
  });
});
