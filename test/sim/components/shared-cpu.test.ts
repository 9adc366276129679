import { describe, expect, it } from "vitest";
import { SharedCpu } from "../../../src/sim/components/shared-cpu";
import { JobLists } from "../../../src/sim/kernel/job-lists";
import { FLAG_COMPUTING, Jobs } from "../../../src/sim/kernel/jobs";
import { TimeWeighted } from "../../../src/sim/metrics/time-weighted";
import { runScenario } from "../../../src/sim/run";
import { closedClient, constant, scenario, server } from "../scenarios";
import { burstClient, component } from "./workloads";

/** One instance with `cores` cores; its service list is list 1, as at a server. */
function cpu(cores: number) {
  const jobs = new Jobs();
  const lists = new JobLists(jobs, 2);
  const shared = new SharedCpu(1, cores, jobs, lists, (i) => 2 * i + 1, new TimeWeighted());
  const enter = (now: number, work: number) => {
    const j = jobs.alloc(0, -1, 0, -1, now);
    lists.pushBack(1, j);
    return { job: j, delay: shared.start(now, 0, j, work) };
  };
  return { jobs, shared, enter };
}

describe("SharedCpu", () => {
  it("runs a job alone on a core at full speed", () => {
    const { enter } = cpu(1);
    expect(enter(0, 1.5).delay).toBe(1.5);
  });

  it("runs two jobs on one core at half speed: both of 1 s finish at 2 s", () => {
    const { jobs, shared, enter } = cpu(1);
    const a = enter(0, 1);
    const b = enter(0, 1);
    expect(b.delay).toBe(2);
    expect(shared.finish(2, 0)).toBe(a.job);
    expect(shared.pendingDelay).toBe(0);
    expect(jobs.flags[a.job] & FLAG_COMPUTING).toBe(0);
    expect(shared.finish(2, 0)).toBe(b.job);
    expect(shared.pendingDelay).toBe(-1);
  });

  it("slows a job down when another arrives and speeds it up when that one leaves", () => {
    // a (1 s) alone on [0, 0.5); both at half speed until a finishes at 1.5; b alone till 2.
    const { shared, enter } = cpu(1);
    const a = enter(0, 1);
    expect(a.delay).toBe(1);
    const b = enter(0.5, 1);
    expect(b.delay).toBe(1);
    expect(shared.finish(1.5, 0)).toBe(a.job);
    expect(shared.pendingDelay).toBe(0.5);
    expect(shared.finish(2, 0)).toBe(b.job);
  });

  it("gives n jobs on c < n cores the speed c/n each", () => {
    const { enter } = cpu(2);
    enter(0, 1);
    enter(0, 1);
    expect(enter(0, 1).delay).toBeCloseTo(1.5, 12);
  });

  it("makes the pending completion stale at every change, through its token", () => {
    const { shared, enter } = cpu(1);
    enter(0, 1);
    const before = shared.token[0];
    enter(0.25, 1);
    expect(shared.token[0]).not.toBe(before);
    const afterStart = shared.token[0];
    shared.clear(0, 0);
    expect(shared.token[0]).not.toBe(afterStart);
  });
});

describe("a server with fewer cores than workers (processor sharing)", () => {
  it("finishes two jobs of 1 s sent together to one core both at 2 s", () => {
    const summary = runScenario(
      scenario({
        duration: 3,
        components: [
          closedClient("users", "server", 2, constant(1)),
          server("server", constant(1), { workers: 2, cores: 1 }),
        ],
      }),
    );
    expect(summary.requests.completed).toBe(2);
    expect(summary.latency.mean).toBe(2);
    expect(summary.latency.max).toBe(2);
  });

  it("answers two staggered jobs of 1 s in 1.5 s each on one core", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          burstClient("first", "server", 2, 1),
          burstClient("second", "server", 1, 1),
          server("server", constant(1), { workers: 2, cores: 1 }),
        ],
      }),
    );
    expect(component(summary, "first").latency?.mean).toBe(1.5);
    expect(component(summary, "second").latency?.mean).toBe(1.5);
  });

  it("does not share when there are as many cores as workers", () => {
    const summary = runScenario(
      scenario({
        duration: 3,
        components: [
          closedClient("users", "server", 2, constant(1)),
          server("server", constant(1), { workers: 2, cores: 2 }),
        ],
      }),
    );
    expect(summary.latency.max).toBe(1);
  });
});
