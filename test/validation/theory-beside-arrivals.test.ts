import { describe, expect, it } from "vitest";
import type { Dist, OpenWorkload, Scenario } from "../../src/scenario/types";
import { theoryBeside } from "../../src/theory/beside";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { estimate, expectCovers, once, replicate } from "./support";

/**
 * What theory beside simulation shows for a client's hyper-exponential gaps (H2/M/1) and Poisson
 * batches (M^X/M/1), checked against the figures a run reports beside it: each theory figure
 * lies in the 95% interval of the simulated one over 10 replications of 50,000 requests.
 */
const REPLICATIONS = 10;
const REQUESTS = 50_000;
const WARMUP = 200;

function station(name: string, rate: number, extra: Partial<OpenWorkload>): Scenario {
  const workload: OpenWorkload = { kind: "open", rate, arrival: "poisson", schedule: [], ...extra };
  const requests = rate * (extra.batch === undefined ? 1 : 3.5);
  return scenario({
    name,
    warmup: WARMUP,
    duration: WARMUP + REQUESTS / requests,
    components: [openClient("client", "server", rate, { workload }), server("server", exp(0.1))],
  });
}

function covered(name: string, model: string, s: Scenario) {
  describe(`${name}: ${model} beside the run`, () => {
    const runs = once(() => replicate(s, `validation/beside-${name}`, REPLICATIONS));
    const entry = theoryBeside(s, null).find((b) => b.component === "server")!;

    it(`is ${model}`, () => {
      expect(entry.applies && entry.model).toBe(model);
    });

    it.for(["utilization", "meanQueue", "meanWait", "meanResponse"])(
      "puts the theory's %s in the simulated figure's interval",
      async (figure, { annotate }) => {
        if (!entry.applies) throw new Error(entry.reason);
        const theory = entry.rows.find((r) => r.figure === figure)!.theory;
        const est = estimate(runs(), (run) => {
          const row = theoryBeside(s, run).find((b) => b.component === "server");
          return row?.applies ? row.rows.find((r) => r.figure === figure)!.simulated! : NaN;
        });
        await annotate(expectCovers(figure, est, theory));
      },
    );
  });
}

const uniform: Dist = { dist: "uniform", min: 0.5, max: 6.5 };
covered("hyperexp", "H2/M/1", station("H2/M/1", 7, { arrival: "hyperexp", scv: 4 }));
covered("batches", "M^X/M/1", station("MX/M/1", 2, { batch: uniform }));
