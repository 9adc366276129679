import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/scenario/types";
import { meanAndHalfWidth } from "../../src/sim/stats/confidence";
import { mm1 } from "../../src/theory";
import { theoryBeside } from "../../src/theory/beside";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * The latency between zones on a call: `app` in zone a calls `db` in zone b, and the call and
 * its answer each cross a draw of the pair's latency, uniform on [0, 0.6] s (mean 0.3). `app`
 * does not wait on the call, so it is M/M/1; independent delays keep its Poisson departures
 * Poisson (M/G/∞), so `db` is M/M/1 too, and a request's mean latency is the two sojourns plus
 * twice the mean crossing. 20 replications of 20,000 requests, with zones and without on the
 * same seeds.
 */
const REPLICATIONS = 20;
const REQUESTS = 20_000;
const WARMUP = 200;
const LAMBDA = 1;
const MU_APP = 2;
const MU_DB = 1.6;
const CROSSING = 0.3;

function deployment(zoned: boolean): Scenario {
  return scenario({
    name: zoned ? "across zones" : "in one place",
    warmup: WARMUP,
    duration: WARMUP + REQUESTS / LAMBDA,
    ...(zoned
      ? {
          zones: {
            latency: { dist: "const", value: 0 },
            pairs: [{ between: ["a", "b"], latency: { dist: "uniform", min: 0, max: 0.6 } }],
          },
        }
      : {}),
    components: [
      openClient("users", "app", LAMBDA),
      server("app", exp(1 / MU_APP), {
        blocking: false,
        calls: [{ target: "db", mode: "sync" }],
        ...(zoned ? { zone: "a" } : {}),
      }),
      server("db", exp(1 / MU_DB), zoned ? { zone: "b" } : {}),
    ],
  });
}

describe("a call across zones (λ 1, μ app 2, μ db 1.6, crossing uniform on [0, 0.6] s)", () => {
  const zoned = deployment(true);
  const runs = once(() => replicate(zoned, "validation/zone-latency", REPLICATIONS));
  const local = once(() => replicate(deployment(false), "validation/zone-latency", REPLICATIONS));
  const theory = mm1(LAMBDA, MU_APP).meanSojourn + 2 * CROSSING + mm1(LAMBDA, MU_DB).meanSojourn;

  it("answers in the two sojourns plus twice the mean crossing, 1 + 0.6 + 1.667 s", async ({
    annotate,
  }) => {
    const est = estimate(runs(), (r) => r.latency.mean);
    await annotate(expectCovers("end to end", est, theory));
  });

  it("adds twice the mean crossing to the same deployment in one zone", async ({ annotate }) => {
    const differences = runs().map((r, i) => r.latency.mean - local()[i].latency.mean);
    const est = meanAndHalfWidth(differences);
    await annotate(expectCovers("added by the zones", est, 2 * CROSSING));
  });

  it("leaves the callee's sojourn its M/M/1 figure: the crossings keep its arrivals Poisson", async ({
    annotate,
  }) => {
    const db = estimate(runs(), (r) => component(r, "db").latency.mean);
    await annotate(expectCovers("db sojourn", db, mm1(LAMBDA, MU_DB).meanSojourn));
  });

  it("is the client's figure theory beside simulation shows", () => {
    const client = theoryBeside(zoned, null).find((b) => b.component === "users");
    expect(client?.applies && client.rows[0].theory).toBeCloseTo(theory, 12);
  });
});
