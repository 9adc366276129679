import { describe, expect, it } from "vitest";
import { mm1, mm1k } from "../../src/theory";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * A server's own figures (`own`) apart from its end-to-end ones, on a tandem of two exponential
 * single-worker servers: `first` calls `second` and does not wait on the call (`blocking:
 * false`), so it is an M/M/1 queue of its own, and its Poisson departures (Burke) make `second`
 * M/M/1 too, or M/M/1/K with a bounded queue. `first`'s own wait and sojourn are its queue's;
 * its end-to-end latency adds `second`'s sojourn, and its end-to-end rejections are `second`'s.
 * 20 replications of 20,000 requests.
 */
const REPLICATIONS = 20;
const REQUESTS = 20_000;
const WARMUP = 200;
const LAMBDA = 1;
const MU1 = 2;
const MU2 = 1.6;
/** Room at `second` in the lossy tandem, the request in service included. */
const K2 = 3;

function tandem(name: string, secondQueue: number) {
  return once(() =>
    replicate(
      scenario({
        name,
        warmup: WARMUP,
        duration: WARMUP + REQUESTS / LAMBDA,
        components: [
          openClient("users", "first", LAMBDA),
          server("first", exp(1 / MU1), {
            blocking: false,
            calls: [{ target: "second", mode: "sync" }],
          }),
          server("second", exp(1 / MU2), { queue: secondQueue }),
        ],
      }),
      `validation/${name}`,
      REPLICATIONS,
    ),
  );
}

describe("a tandem of M/M/1 queues (λ 1, μ1 2, μ2 1.6)", () => {
  const runs = tandem("own-tandem", Number.POSITIVE_INFINITY);
  const first = mm1(LAMBDA, MU1);
  const second = mm1(LAMBDA, MU2);

  it("gives the first its own M/M/1 wait, Wq = ρ/(μ − λ) = 0.5 s", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "first").own.meanWait);
    await annotate(expectCovers("own wait", est, first.meanWait));
  });

  it("gives the first its own M/M/1 sojourn, W = 1/(μ − λ) = 1 s", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "first").own.meanSojourn);
    await annotate(expectCovers("own sojourn", est, first.meanSojourn));
  });

  it("gives the first its own service time, 1/μ1", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "first").own.meanService);
    await annotate(expectCovers("own service", est, 1 / MU1));
  });

  it("adds the second's sojourn to the first's end-to-end latency, 1 + 1.667 s", async ({
    annotate,
  }) => {
    const est = estimate(runs(), (r) => component(r, "first").latency.mean);
    await annotate(expectCovers("end to end", est, first.meanSojourn + second.meanSojourn));
  });
});

describe("a lossy tandem: M/M/1, then M/M/1/3 (λ 1, μ1 2, μ2 1.6)", () => {
  const runs = tandem("own-lossy-tandem", K2 - 1);
  const blocking = mm1k(LAMBDA, MU2, K2).blocking;
  const arrivals = (c: { served: number; rejected: number; failed: number }) =>
    c.served + c.rejected + c.failed;

  it("has the second turn away P(n = K) of its arrivals itself", async ({ annotate }) => {
    const est = estimate(runs(), (r) => {
      const second = component(r, "second");
      return second.own.rejected / arrivals(second);
    });
    await annotate(expectCovers("second own rejected", est, blocking));
  });

  it("counts them as the first's rejections end to end, none its own", async ({ annotate }) => {
    for (const run of runs()) {
      const first = component(run, "first");
      expect(first.own.rejected).toBe(0);
      expect(first.rejected).toBe(component(run, "second").rejected);
    }
    const est = estimate(
      runs(),
      (r) => component(r, "first").rejected / arrivals(component(r, "first")),
    );
    await annotate(expectCovers("first rejected end to end", est, blocking));
  });

  it("leaves the first's own sojourn that of its M/M/1 queue", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "first").own.meanSojourn);
    await annotate(expectCovers("own sojourn", est, mm1(LAMBDA, MU1).meanSojourn));
  });
});
