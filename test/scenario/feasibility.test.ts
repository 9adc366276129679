import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/scenario/issues";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, layered, minimal, warningsOf } from "./documents";

const users = "components.0";

/** Closed users who retry at once against a server that turns most of them away. */
function turnedAway(think: number, backoff: number): Doc {
  return {
    version: 1,
    name: "turned away",
    duration: 5,
    components: [
      {
        id: "users",
        type: "client",
        workload: { kind: "closed", users: 20, think: { dist: "const", value: think } },
        target: "web",
        retry: { max: 2, backoff },
      },
      { id: "web", type: "server", service: { dist: "const", value: 1 }, workers: 2, queue: 1 },
    ],
  };
}

describe("durations above 0 but under a nanosecond", () => {
  it("are warned about at the Dist that draws them, with its typical value", () => {
    expect(
      warningsOf(edit(minimal(), "components.1.service", { dist: "exp", mean: 3e-10 })),
    ).toEqual([
      "components[1].service: takes about 3e-10 s: above 0 but under a nanosecond, which nothing real does. A loop of such steps (instant answers, retries, think times) can run without end while the clock barely moves; use 0 for no time (a loop that takes none is then stopped and reported) or a realistic duration",
    ]);
  });

  it("are found in think times, the network, retry backoffs, health checks and autoscalers", () => {
    const doc = layered();
    edit(doc, "network", { dist: "uniform", min: 0, max: 4.4e-323 });
    edit(doc, users, {
      id: "users",
      type: "client",
      workload: { kind: "closed", users: 95, think: { dist: "uniform", min: 0, max: 6e-142 } },
      target: "lb",
      retry: { max: 4, backoff: 3e-59 },
    });
    edit(doc, "components.1.healthCheck", { interval: 1e-12 });
    (doc.components as Doc[]).push({
      id: "scaler",
      type: "autoscaler",
      target: "web",
      max: 4,
      interval: 5e-10,
    });
    expect(parseScenario(doc).warnings.map((w) => `${w.path} ${w.params.value}`)).toEqual([
      "network 2e-323",
      "components[0].workload.think 3e-142",
      "components[0].retry.backoff 3e-59",
      "components[1].healthCheck.interval 1e-12",
      "components[4].interval 5e-10",
    ]);
  });

  it("are judged by a Pareto law's median, since its mean may be infinite", () => {
    const pareto = (min: number) =>
      parseScenario(edit(minimal(), "components.1.service", { dist: "pareto", min, alpha: 0.5 }))
        .warnings.filter((w) => w.code === "underNanosecond")
        .map((w) => `${w.path} ${w.params.value}`);
    expect(pareto(2e-10)).toEqual(["components[1].service 8e-10"]); // 2e-10 · 2^(1/0.5)
    expect(pareto(3e-10)).toEqual([]); // 1.2e-9 s
  });

  it("leave zero alone, and a nanosecond", () => {
    expect(
      warningsOf(edit(minimal(), "components.1.service", { dist: "const", value: 0 })),
    ).toEqual([]);
    expect(
      warningsOf(edit(minimal(), "components.1.service", { dist: "const", value: 1e-9 })),
    ).toEqual([]);
    expect(warningsOf(turnedAway(0, 0))).toEqual([]);
  });
});

/** The request-rate warnings alone, as the command line prints them. */
function rateWarnings(doc: Doc): string[] {
  return parseScenario(doc)
    .warnings.filter((w) => w.code === "requestRateTooHigh")
    .map(formatIssue);
}

describe("request rates no run can simulate", () => {
  it("are warned about at an open client's rate", () => {
    expect(rateWarnings(edit(minimal(), `${users}.workload.rate`, 2e9))).toEqual([
      "components[0].workload.rate: sends up to 2000000000 requests per simulated second, far beyond what can run: at the few million a second archsim simulates at best, one simulated second takes 670 s of computing or more",
    ]);
  });

  it("are warned about at the schedule entry that raises the rate that far", () => {
    const doc = edit(minimal(), `${users}.workload.schedule`, [
      { at: 10, rate: 50 },
      { at: 20, rate: 1e12 },
    ]);
    expect(rateWarnings(doc).map((w) => w.split(":")[0])).toEqual([
      "components[0].workload.schedule[1].rate",
    ]);
  });

  it("are warned about for closed users whose think time allows it", () => {
    const doc = edit(minimal(), `${users}.workload`, {
      kind: "closed",
      users: 100_000,
      think: { dist: "exp", mean: 1e-4 },
    });
    expect(
      parseScenario(doc)
        .warnings.filter((w) => w.code === "requestRateTooHigh")
        .map((w) => `${w.path} ${w.params.rate}`),
    ).toEqual(["components[0].workload.think 1000000000"]);
  });

  it("leave heavy but runnable loads alone: 1e7/s open for a second, 1e5 users with no think time", () => {
    const heavy = edit(edit(minimal(), `${users}.workload.rate`, 1e7), "duration", 1);
    expect(warningsOf(heavy)).toEqual([]);
    const closed = edit(minimal(), `${users}.workload`, {
      kind: "closed",
      users: 100_000,
      think: { dist: "const", value: 0 },
    });
    expect(warningsOf(closed)).toEqual([]);
  });
});
