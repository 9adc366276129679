import { describe, expect, it } from "vitest";
import { blockingTandem } from "../../src/theory";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * Two single-worker servers in series, the second with `whenFull: "block"`: a request done at
 * `first` that finds `second` full keeps `first`'s worker until `second` has room (blocking
 * after service). `first` does not wait on its call (`blocking: false`), so once `second` takes
 * the request in, `first` serves the next one: a tandem line. Compared with the exactly solved
 * chain of src/theory/blocking-tandem.ts; 20 replications of about 100,000 arrivals each.
 */
const REPLICATIONS = 20;
const LAMBDA = 0.9;
const MU1 = 1.2;
const MU2 = 1;
/** Room at each station, the request in service included: K1 = 1 + queue. */
const K1 = 5;
const K2 = 2;
const WARMUP = 500;
const ARRIVALS = 100_000;

describe("two-station tandem with blocking after service (λ 0.9, μ1 1.2, μ2 1, K1 5, K2 2)", () => {
  const runs = once(() =>
    replicate(
      scenario({
        name: "blocking tandem",
        warmup: WARMUP,
        duration: WARMUP + ARRIVALS / LAMBDA,
        components: [
          openClient("users", "first", LAMBDA),
          server("first", exp(1 / MU1), {
            queue: K1 - 1,
            blocking: false,
            calls: [{ target: "second", mode: "sync" }],
          }),
          server("second", exp(1 / MU2), { queue: K2 - 1, whenFull: "block" }),
        ],
      }),
      "validation/blocking-tandem",
      REPLICATIONS,
    ),
  );
  const theory = blockingTandem(LAMBDA, MU1, MU2, K1, K2);

  it("throughput matches the chain's λ(1 - P(n1 = K1))", async ({ annotate }) => {
    const est = estimate(runs(), (r) => r.throughput);
    await annotate(expectCovers("throughput", est, theory.throughput));
  });

  it("the share of arrivals lost at the first station matches P(n1 = K1)", async ({ annotate }) => {
    const est = estimate(runs(), (r) => r.requests.failures.rejected / r.requests.generated);
    await annotate(expectCovers("loss", est, theory.lossProbability));
  });

  it("the first station's worker is held (busy or blocked) P(n1 >= 1) of the time", async ({
    annotate,
  }) => {
    const est = estimate(runs(), (r) => component(r, "first").utilization);
    await annotate(expectCovers("utilization first", est, theory.utilization1));
  });

  it("the second station is busy P(n2 >= 1) of the time and rejects nothing", async ({
    annotate,
  }) => {
    const est = estimate(runs(), (r) => component(r, "second").utilization);
    await annotate(expectCovers("utilization second", est, theory.utilization2));
    for (const run of runs()) {
      expect(component(run, "second").rejected).toBe(0);
      expect(component(run, "second").blocked).toBeGreaterThan(0);
    }
  });
});
