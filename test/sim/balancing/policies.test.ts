import { describe, expect, it } from "vitest";
import { BALANCING_ALGORITHMS } from "../../../src/scenario/types";
import { KeyHash } from "../../../src/sim/balancing/hash";
import { LeastConnections } from "../../../src/sim/balancing/least-connections";
import { LeastResponseTime } from "../../../src/sim/balancing/least-response-time";
import { createPolicy } from "../../../src/sim/balancing/policies";
import { PowerOfTwo } from "../../../src/sim/balancing/power-of-two";
import { RandomChoice } from "../../../src/sim/balancing/random";
import { RoundRobin } from "../../../src/sim/balancing/round-robin";
import { WeightedRandom } from "../../../src/sim/balancing/weighted-random";
import { WeightedRoundRobin } from "../../../src/sim/balancing/weighted-round-robin";
import { pickOnce, view } from "./view";

describe("createPolicy", () => {
  it("makes the policy named by each algorithm of the format", () => {
    expect(createPolicy("round-robin")).toBeInstanceOf(RoundRobin);
    expect(createPolicy("weighted-round-robin")).toBeInstanceOf(WeightedRoundRobin);
    expect(createPolicy("random")).toBeInstanceOf(RandomChoice);
    expect(createPolicy("weighted-random")).toBeInstanceOf(WeightedRandom);
    expect(createPolicy("least-connections")).toBeInstanceOf(LeastConnections);
    expect(createPolicy("least-response-time")).toBeInstanceOf(LeastResponseTime);
    expect(createPolicy("power-of-two")).toBeInstanceOf(PowerOfTwo);
    expect(createPolicy("hash")).toBeInstanceOf(KeyHash);
  });

  it("makes a new policy each time, so balancers do not share rotation state", () => {
    expect(createPolicy("round-robin")).not.toBe(createPolicy("round-robin"));
  });

  it.each(BALANCING_ALGORITHMS)("makes %s return -1 when no backend is in rotation", (name) => {
    const policy = createPolicy(name);
    const v = view(3, { healthy: [0, 0, 0], responseTime: [0.1, 0.2, 0.3] });
    expect(policy.pick(v, 7)).toBe(-1);
    expect(pickOnce(policy, v)).toBe(-1);
  });

  it.each(BALANCING_ALGORITHMS)("makes %s pick the only backend in rotation", (name) => {
    const policy = createPolicy(name);
    const v = view(3, { healthy: [0, 0, 1], active: [0, 0, 4], responseTime: [0.1, 0.1, 0.9] });
    expect([policy.pick(v, 7), pickOnce(policy, v), policy.pick(v, 123)]).toEqual([2, 2, 2]);
  });
});
