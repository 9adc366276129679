import { describe, expect, it } from "vitest";
import { md1, mg1WithScv } from "../../src/theory/mg1";
import { mm1 } from "../../src/theory/mm1";
import { mg1Ps, mg1PsSojournForSize } from "../../src/theory/processor-sharing";

describe("mg1Ps", () => {
  it("gives W = E[S]/(1-ρ): 2 s at λ = 0.5, E[S] = 1", () => {
    expect(mg1Ps(0.5, 1)).toEqual({ utilization: 0.5, meanInSystem: 1, meanSojourn: 2 });
  });

  it("gives the M/M/1 mean sojourn and population", () => {
    const ps = mg1Ps(3, 0.25);
    const ref = mm1(3, 4);
    expect(ps.meanSojourn).toBeCloseTo(ref.meanSojourn, 14);
    expect(ps.meanInSystem).toBeCloseTo(ref.meanInSystem, 14);
  });

  it("beats FCFS for highly variable service and loses to it for constant service", () => {
    const ps = mg1Ps(0.8, 1).meanSojourn;
    expect(ps).toBeLessThan(mg1WithScv(0.8, 1, 4).meanSojourn);
    expect(ps).toBeGreaterThan(md1(0.8, 1).meanSojourn);
  });

  it("reports an infinite sojourn once the load reaches 1", () => {
    expect(mg1Ps(1, 1).meanSojourn).toBe(Infinity);
  });
});

describe("mg1PsSojournForSize", () => {
  it("slows every request down by the same factor 1/(1-ρ)", () => {
    expect(mg1PsSojournForSize(0.75, 1, 0.1)).toBeCloseTo(0.4, 15);
    expect(mg1PsSojournForSize(0.75, 1, 10)).toBeCloseTo(40, 13);
  });

  it("averages over sizes to the mean sojourn", () => {
    expect(mg1PsSojournForSize(0.6, 1.5, 1.5)).toBeCloseTo(mg1Ps(0.6, 1.5).meanSojourn, 14);
  });

  it("takes no time for an empty request, even when overloaded", () => {
    expect(mg1PsSojournForSize(2, 1, 0)).toBe(0);
    expect(mg1PsSojournForSize(2, 1, 1)).toBe(Infinity);
  });
});
