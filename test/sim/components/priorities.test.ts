import { describe, expect, it } from "vitest";
import type { Database, MessageQueue as QueueSpec } from "../../../src/scenario/types";
import { MessageQueue } from "../../../src/sim/components/message-queue";
import { SimComponent } from "../../../src/sim/kernel/component";
import { NO_CALLER } from "../../../src/sim/kernel/jobs";
import { Simulation } from "../../../src/sim/kernel/simulation";
import { OK } from "../../../src/sim/outcome";
import { createStream } from "../../../src/sim/random/stream";
import { runScenario } from "../../../src/sim/run";
import { constant, exp, openClient, scenario, server } from "../scenarios";

/** Urgent (priority 1) and bulk requests, one in five urgent, at 0.9 of one worker's capacity. */
const mix = (priority: number) => [
  { class: "urgent", weight: 1, priority },
  { class: "bulk", weight: 4 },
];

const database: Database = {
  type: "database",
  id: "db",
  connections: 1,
  queue: Number.POSITIVE_INFINITY,
  read: exp(0.01),
  write: exp(0.01),
  shards: 1,
};

describe("class priorities outside servers", () => {
  it("let a database serve its urgent queries first: they wait far less than bulk ones", () => {
    const run = (priority: number) =>
      runScenario(
        scenario({
          duration: 2000,
          components: [openClient("users", "db", 90, { mix: mix(priority) }), database],
        }),
      );
    const prioritised = run(1);
    const { urgent, bulk } = prioritised.classes;
    expect(urgent.latency.mean).toBeLessThan(bulk.latency.mean / 4);
    // Without priorities the two classes share one line and one mean, within noise.
    const shared = run(0).classes;
    expect(shared.urgent.latency.mean / shared.bulk.latency.mean).toBeGreaterThan(0.8);
  });

  it("let a queue deliver its most urgent message first, oldest first within a priority", () => {
    const sim = new Simulation(null, [
      createStream("1", "q", "network"),
      createStream("1", "t", "network"),
    ]);
    const delivered: string[] = [];
    const names = ["urgent", "bulk"];
    /** The consumers' target: notes each message's class and answers at once. */
    class Recorder extends SimComponent {
      arrive(job: number): void {
        delivered.push(names[sim.jobs.cls[job]]);
        sim.reply(job, OK);
      }
      returned(): void {}
      probe(): void {}
      resetStatistics(): void {}
      summarize() {
        return {};
      }
    }
    const queue = new MessageQueue(sim, 0, {
      spec: {
        type: "queue",
        id: "q",
        capacity: Number.POSITIVE_INFINITY,
        publish: constant(0),
        consumers: { count: 1, prefetch: 1, service: constant(1) },
        maxRedeliveries: 0,
      },
      target: 1,
      classCount: 2,
      priority: { levelOf: Int32Array.from([0, 1]), levels: 2 },
      streams: {
        publish: createStream("1", "q", "p"),
        service: createStream("1", "q", "s"),
        faults: createStream("1", "q", "f"),
      },
    });
    sim.add(queue);
    sim.add(new Recorder(1, "t"));
    // Urgent is class 0; the first bulk message goes to the idle consumer at once.
    for (const cls of [1, 1, 0, 1, 0]) queue.arrive(sim.jobs.alloc(0, NO_CALLER, cls, -1, 0));
    sim.runUntil(10);
    expect(delivered).toEqual(["bulk", "urgent", "urgent", "bulk", "bulk"]);
  });

  it("hold publishers of a full queue with whenFull block: none rejected, some blocked", () => {
    const queue = (whenFull: "reject" | "block"): QueueSpec => ({
      type: "queue",
      id: "q",
      capacity: 5,
      publish: exp(0.001),
      consumers: { count: 1, prefetch: 1, service: exp(0.01) },
      maxRedeliveries: 3,
      whenFull,
    });
    const run = (whenFull: "reject" | "block") =>
      runScenario(
        scenario({
          duration: 500,
          components: [
            openClient("users", "app", 80),
            server("app", exp(0.001), {
              workers: 50,
              blocking: false,
              calls: [{ target: "q", mode: "sync" }],
            }),
            queue(whenFull),
          ],
        }),
      );
    const rejecting = run("reject");
    const blocking = run("block");
    expect(rejecting.components.q.rejected).toBeGreaterThan(100);
    expect(blocking.components.q.rejected).toBe(0);
    expect(blocking.components.q.blocked).toBeGreaterThan(100);
    expect(blocking.requests.failed).toBe(0);
  });
});
