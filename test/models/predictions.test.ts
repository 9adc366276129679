/**
 * Each workshop preset's prediction is right: its predicted change, applied to the preset and run
 * on the same seed, moves the figure the way the lesson's answer says. The bounds are the ones
 * the answers were written from (seed 1); a change of the engine that turns a lesson's answer
 * wrong fails here, not in front of a room.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyChange } from "../../src/scenario/lesson-change";
import { parseScenario } from "../../src/scenario/parse";
import { plainText } from "../../src/scenario/text";
import { runScenario } from "../../src/sim/run";
import { figureValue } from "../../src/ui/workshop/figures";

const MODELS = join(import.meta.dirname, "../../models");

/** What the answer claims, as a test of the figure before and after the change. */
const ANSWERS: Record<string, (before: number, after: number) => boolean> = {
  "one-server-saturating": (b, a) => a < b / 5, // falls more than fivefold
  "three-servers-balanced": (_, a) => a < 1, // under a second
  "slow-node-least-connections": (b, a) => a < b / 2, // goes down
  "horizontal-scaling": (b, a) => a / b > 0.25 && a / b < 0.45, // falls by about two thirds
  "health-checks-failover": (_, a) => a < 0.01, // well under 1%
  "sticky-sessions": (b, a) => a < b / 2, // goes down
  "cache-stampede": (_, a) => a > 0.9, // nearly all fail
  "read-replicas": (_, a) => a > 1, // seconds
  "hot-shard": (b, a) => a < b / 5, // a small fraction
  "queue-absorbs-burst": (_, a) => a > 0.15 && a < 0.25, // about 1 in 5
  "autoscaling-lag": (_, a) => a > 0.005 && a < 0.02, // about 1%
  "retry-storm": (_, a) => a > 0.5, // still most of them
  "circuit-breaker": (b, a) => a > b, // goes up
  "thread-pool-exhaustion": (_, a) => a < 0.01, // under 1%
  "event-loop-behind-slow-database": (_, a) => a > 0.2 && a < 0.4, // about 30%
  "cdn-static": (b, a) => a > 10 * b, // grows more than tenfold
  "small-web-app": (b, a) => Math.abs(a / b - 1) < 0.1, // barely changes
  "python-gunicorn-sync-vs-async": (_, a) => a < 0.01, // falls to almost none
  "python-rabbitmq-offload": (_, a) => a < 0.01, // falls to almost none
  "python-cdn-static": (b, a) => a / b > 3.5 && a / b < 6.5, // grows about fivefold
  "python-dns-round-robin": (b, a) => a < b / 5, // falls more than fivefold
  "python-sessions-sticky-vs-redis": (b, a) => a > 4 * b, // grows more than fourfold
  "python-microservices-breaker": (b, a) => a / b > 1.5 && a / b < 2.5, // about doubles
  "python-autoscaling-flash-sale": (b, a) => a / b > 0.6 && a / b < 0.9 && a > 0, // a quarter fewer
  "python-microservices-cascade": (b, a) => a < b && a > 0.05, // fewer fail, but many still do
  "python-nginx-balancing": (b, a) => a < b / 4, // falls to under a quarter
  "python-redis-cache-aside": (b, a) => a < b / 10, // falls more than tenfold
  "priority-premium-spike": (b, a) => Math.abs(a / b - 1) < 0.01, // stays the same
  "backpressure-pipeline": (b, a) => b > 0.05 && a < 0.001, // almost none
  "bursty-arrivals": (b, a) => a > 10 * b, // grows more than tenfold
  "night-scale-down": (b, a) => a < b / 10, // falls more than tenfold
  "multi-zone-failover": (_, a) => a < 0.01, // well under 1%
  "probabilistic-routing": (b, a) => a > 4 * b, // grows more than fourfold
  "whose-rejections": (b, a) => b > 0.05 && Math.abs(a / b - 1) < 0.05, // about the same
};

describe("the lessons", () => {
  it("all have a prediction confirmed here", () => {
    const lessons = readdirSync(MODELS)
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.slice(0, -".json".length))
      .filter((id) => JSON.parse(readFileSync(join(MODELS, `${id}.json`), "utf8")).lesson);
    expect(lessons.filter((id) => !(id in ANSWERS))).toEqual([]);
  });
});

describe.each(Object.keys(ANSWERS))("the lesson of %s", (id) => {
  it("answers its question with the figure its change measures", () => {
    const document = JSON.parse(readFileSync(join(MODELS, `${id}.json`), "utf8"));
    const before = parseScenario(document);
    if (!before.ok) throw new Error(JSON.stringify(before.errors));
    const prediction = before.scenario.lesson!.question.prediction!;
    const change = before.scenario.lesson!.try[prediction.try].change!;
    if (!("set" in change)) throw new Error("a prediction is about an edit");
    const changed = applyChange(document, change.set);
    if (!changed.ok) throw new Error(changed.reason);
    const after = parseScenario(changed.document);
    if (!after.ok) throw new Error(JSON.stringify(after.errors));
    const b = figureValue(runScenario(before.scenario), prediction.figure);
    const a = figureValue(runScenario(after.scenario), prediction.figure);
    const answer = plainText(prediction.choices[prediction.answer]);
    expect(ANSWERS[id](b, a), `${prediction.figure} ${b} -> ${a}, answer "${answer}"`).toBe(true);
  });
});
