import { describe, expect, it } from "vitest";
import type { MessageQueue, Scenario } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import type { ComponentSummary } from "../../../src/sim/summary";
import { constant, exp, openClient, scenario, server } from "../scenarios";

function queue(extra: Partial<MessageQueue> = {}): MessageQueue {
  return {
    type: "queue",
    id: "queue",
    capacity: Number.POSITIVE_INFINITY,
    publish: constant(0.002),
    consumers: { count: 2, prefetch: 1, service: constant(0.1), target: "mailer" },
    maxRedeliveries: 3,
    ...extra,
  };
}

/** 200 messages/s for 2 s from t=10, nothing before or after: a burst. */
function burst(target: string) {
  return openClient("shop", target, 0, {
    workload: {
      kind: "open",
      rate: 0,
      arrival: "uniform",
      schedule: [
        { at: 10, rate: 200 },
        { at: 12, rate: 0 },
      ],
    },
  });
}

function run(s: Scenario) {
  const summary = runScenario(s);
  return { summary, figures: (id: string) => summary.components[id] as Required<ComponentSummary> };
}

describe("MessageQueue", () => {
  it("acknowledges a publish at once and absorbs a burst the consumers drain at their pace", () => {
    const { summary, figures } = run(
      scenario({
        duration: 60,
        components: [burst("queue"), queue(), server("mailer", constant(0.05), { workers: 10 })],
      }),
    );
    // The producer waits only for the acknowledgement, however long the backlog.
    expect(summary.requests.failed).toBe(0);
    expect(summary.latency.max).toBeCloseTo(0.002, 6);
    const q = figures("queue");
    // 400 messages arrive in 2 s; two consumers take 0.15 s each: about 13 a second.
    expect(q.maxDepth).toBeGreaterThan(350);
    expect(q.served).toBe(summary.requests.generated);
    expect(q.meanAge).toBeGreaterThan(10);
    expect(figures("mailer").served).toBe(summary.requests.generated);
  });

  it("would have failed most of the burst on the synchronous path", () => {
    const { summary } = run(
      scenario({
        duration: 60,
        components: [burst("mailer"), server("mailer", constant(0.15), { workers: 2, queue: 20 })],
      }),
    );
    expect(summary.requests.failures.rejected).toBeGreaterThan(300);
  });

  it("rejects publishes when full: backpressure", () => {
    const { summary, figures } = run(
      scenario({
        duration: 60,
        components: [burst("queue"), queue({ capacity: 50 }), server("mailer", constant(0.05))],
      }),
    );
    expect(summary.requests.failures.rejected).toBeGreaterThan(300);
    expect(figures("queue").maxDepth).toBeLessThanOrEqual(50);
  });

  it("redelivers a failed message, then dead-letters it", () => {
    const { summary, figures } = run(
      scenario({
        duration: 200,
        faults: [{ kind: "errors", at: 0, target: "mailer", duration: 1000, rate: 1 }],
        components: [
          burst("queue"),
          queue({ maxRedeliveries: 2 }),
          server("mailer", constant(0.001)),
        ],
      }),
    );
    const q = figures("queue");
    const messages = summary.requests.generated;
    expect(q.deadLettered).toBe(messages);
    expect(q.redelivered).toBe(2 * messages);
    expect(figures("mailer").failed).toBe(3 * messages);
  });

  it("keeps its messages through a broker crash and delivers them afterwards", () => {
    const { summary, figures } = run(
      scenario({
        duration: 120,
        faults: [{ kind: "crash", at: 11, target: "queue", duration: 20 }],
        components: [burst("queue"), queue(), server("mailer", constant(0.05))],
      }),
    );
    // Publishes from 11 to 12 s are refused; everything accepted is delivered.
    const accepted = summary.requests.generated - summary.requests.failures.unavailable;
    expect(summary.requests.failures.unavailable).toBeGreaterThanOrEqual(199);
    expect(accepted).toBeGreaterThanOrEqual(199);
    expect(figures("queue").served).toBe(accepted);
    expect(figures("mailer").served).toBe(accepted);
  });
});

describe("MessageQueue, prefetch", () => {
  const steady = (prefetch: number) =>
    scenario({
      duration: 2000,
      warmup: 100,
      components: [
        openClient("shop", "queue", 14),
        queue({ consumers: { count: 2, prefetch, service: exp(0.1) } }),
      ],
    });

  it("with a large prefetch, messages wait at a busy consumer while another idles", () => {
    const one = run(steady(1)).figures("queue");
    const many = run(steady(20)).figures("queue");
    // Same consumers, same 70% load: only the distribution of messages differs.
    expect(many.utilization).toBeCloseTo(one.utilization, 1);
    expect(many.meanAge).toBeGreaterThan(1.5 * one.meanAge);
  });
});
