import { describe, expect, it } from "vitest";
import { jacksonNetwork } from "../../src/theory/jackson";
import { mm1 } from "../../src/theory/mm1";
import { mmc } from "../../src/theory/mmc";

describe("jacksonNetwork", () => {
  it("with one station equals M/M/c", () => {
    const net = jacksonNetwork(1.5, [{ servers: 2, serviceRate: 1, visits: 1 }]);
    const ref = mmc(1.5, 1, 2);
    expect(net.stations[0]).toEqual({ ...ref, arrivalRate: 1.5 });
    expect(net.meanSojourn).toBe(ref.meanSojourn);
    expect(net.meanInSystem).toBe(ref.meanInSystem);
  });

  it("adds the sojourns of a tandem line", () => {
    const net = jacksonNetwork(1, [
      { servers: 1, serviceRate: 2, visits: 1 },
      { servers: 1, serviceRate: 4, visits: 1 },
    ]);
    expect(net.meanSojourn).toBeCloseTo(1 / (2 - 1) + 1 / (4 - 1), 14);
  });

  it("gives an M/M/1 with feedback probability p the sojourn 1/((1-p)μ - λ)", () => {
    // Half the departures return: 2 visits per request, so the station sees 2λ.
    const net = jacksonNetwork(1, [{ servers: 1, serviceRate: 5, visits: 2 }]);
    expect(net.stations[0].arrivalRate).toBe(2);
    expect(net.stations[0].meanSojourn).toBeCloseTo(mm1(2, 5).meanSojourn, 14);
    expect(net.meanSojourn).toBeCloseTo(1 / (0.5 * 5 - 1), 14);
  });

  it("obeys Little's law end to end", () => {
    const lambda = 3;
    const net = jacksonNetwork(lambda, [
      { servers: 4, serviceRate: 1, visits: 1 },
      { servers: 1, serviceRate: 10, visits: 2.5 },
      { servers: 2, serviceRate: 3, visits: 0.5 },
    ]);
    expect(net.meanInSystem).toBeCloseTo(lambda * net.meanSojourn, 12);
  });

  it("ignores a station nobody visits", () => {
    const net = jacksonNetwork(1, [
      { servers: 1, serviceRate: 2, visits: 1 },
      { servers: 1, serviceRate: 3, visits: 0 },
    ]);
    expect(net.meanSojourn).toBeCloseTo(1, 15);
    expect(net.stations[1].utilization).toBe(0);
  });

  it("goes infinite when any one station is overloaded", () => {
    const net = jacksonNetwork(1, [
      { servers: 1, serviceRate: 2, visits: 1 },
      { servers: 1, serviceRate: 1, visits: 1 },
    ]);
    expect(net.stations[0].meanSojourn).toBe(1);
    expect(net.meanSojourn).toBe(Infinity);
  });

  it("names the bad station when rejecting it", () => {
    expect(() => jacksonNetwork(1, [{ servers: 0, serviceRate: 1, visits: 1 }])).toThrow(
      /stations\[0\]\.servers/,
    );
  });
});
