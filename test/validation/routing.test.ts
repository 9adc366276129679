import { describe, it } from "vitest";
import type { MeanAndHalfWidth } from "../../src/sim/stats/confidence";
import { jacksonNetwork } from "../../src/theory";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * Probabilistic routing with feedback against Jackson's open network (src/theory/jackson.ts).
 * client → A; after A a request goes on to B with probability 0.5 or to C with 0.3 (one draw, an
 * exclusive choice) and leaves otherwise; after B it goes back to A with probability 0.4 (a call
 * capped at 50 visits of A, which cuts off fewer than 1e-19 of requests). Non-blocking servers
 * free their worker while a call is out and answers take no time, so each visit is one stay at
 * an exponential single-server FCFS station, and the station a request goes to next depends only
 * on the station it leaves: a Jackson network. Traffic equations, per external arrival:
 *   vA = 1 + 0.4·vB,  vB = 0.5·vA,  vC = 0.3·vA   →   vA = 1.25, vB = 0.625, vC = 0.375.
 * 20 replications of 60,000 requests each.
 */
const REPLICATIONS = 20;
const REQUESTS = 60_000;

/**
 * Seven intervals are checked at once (three rates, three waits, the sojourn): at 95% each, one
 * such test in three would see a miss somewhere. Bonferroni's correction gives each a level of
 * 1 - 0.05/7 instead: t(1 - 0.05/14, 19) = 3.0136 (scipy's t.ppf) where t(0.975, 19) = 2.0930.
 */
const BONFERRONI = 3.013624610310775 / 2.0930240544083087;

/** The 95% interval of `est` widened to the corrected level. */
function corrected(est: MeanAndHalfWidth): MeanAndHalfWidth {
  return { mean: est.mean, halfWidth: BONFERRONI * est.halfWidth };
}

describe("Jackson network with a probabilistic split and feedback (λ = 1, μA = 4, μB = 2, μC = 1.5)", () => {
  const lambda = 1;
  const mu = { a: 4, b: 2, c: 1.5 };
  const warmup = 200;
  const measured = REQUESTS / lambda;
  const runs = once(() =>
    replicate(
      scenario({
        name: "jackson feedback",
        warmup,
        duration: warmup + measured,
        components: [
          openClient("client", "a", lambda),
          server("a", exp(1 / mu.a), {
            blocking: false,
            calls: [
              { target: "b", mode: "sync", probability: 0.5, choice: "next" },
              { target: "c", mode: "sync", probability: 0.3, choice: "next" },
            ],
          }),
          server("b", exp(1 / mu.b), {
            blocking: false,
            calls: [{ target: "a", mode: "sync", probability: 0.4, maxVisits: 50 }],
          }),
          server("c", exp(1 / mu.c)),
        ],
      }),
      "validation/jackson-feedback",
      REPLICATIONS,
    ),
  );
  const visits = { a: 1.25, b: 0.625, c: 0.375 };
  const theory = jacksonNetwork(lambda, [
    { servers: 1, serviceRate: mu.a, visits: visits.a },
    { servers: 1, serviceRate: mu.b, visits: visits.b },
    { servers: 1, serviceRate: mu.c, visits: visits.c },
  ]);
  const ids = ["a", "b", "c"] as const;

  it("each station is visited at the rate the traffic equations give", async ({ annotate }) => {
    for (const [k, id] of ids.entries()) {
      const est = corrected(estimate(runs(), (r) => component(r, id).served / measured));
      await annotate(expectCovers(`λ${id}`, est, theory.stations[k].arrivalRate));
    }
  });

  it("each station waits as an M/M/1 at its own arrival rate", async ({ annotate }) => {
    for (const [k, id] of ids.entries()) {
      const est = corrected(estimate(runs(), (r) => component(r, id).meanWait));
      await annotate(expectCovers(`Wq${id}`, est, theory.stations[k].meanWait));
    }
  });

  it("the end-to-end mean sojourn is Jackson's Σ v·W", async ({ annotate }) => {
    const est = corrected(estimate(runs(), (r) => r.latency.mean));
    await annotate(expectCovers("W", est, theory.meanSojourn));
  });
});
