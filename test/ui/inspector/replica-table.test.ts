import { describe, expect, it } from "vitest";
import { busiestReplicas } from "../../../src/ui/inspector/replica-table";

const figures = (utilization: number) => ({
  utilization,
  meanQueue: 0,
  served: 1,
  rejected: 0,
  failed: 0,
});

describe("the inspector's replicas", () => {
  it("lists the replicas busiest first, the lower name first on a tie, at most eight", () => {
    const perReplica = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`web#${i}`, figures(i === 7 ? 0.9 : 0.5)]),
    );
    const { rows, count } = busiestReplicas({ perReplica }, 10);
    expect(count).toBe(10);
    expect(rows.map((r) => r.replica)).toEqual([
      "web#7",
      "web#0",
      "web#1",
      "web#2",
      "web#3",
      "web#4",
      "web#5",
      "web#6",
    ]);
  });

  it("shows the busiest alone when the summary lists no replica one by one", () => {
    const hottestReplica = { replica: "web#4012", ...figures(0.97) };
    const { rows, count } = busiestReplicas({ hottestReplica }, 10_000);
    expect(rows).toEqual([hottestReplica]);
    expect(count).toBe(10_000);
  });
});
