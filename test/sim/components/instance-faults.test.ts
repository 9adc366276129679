import { describe, expect, it } from "vitest";
import { InstanceFaults } from "../../../src/sim/components/instance-faults";

describe("InstanceFaults", () => {
  it("starts with every instance up, at full speed and without errors", () => {
    const faults = new InstanceFaults(2);
    expect([faults.isUp(0), faults.isUp(1)]).toEqual([true, true]);
    expect([...faults.slowFactor]).toEqual([1, 1]);
    expect(faults.errorRate(1)).toBe(0);
  });

  it("keeps an instance down until every overlapping crash has ended", () => {
    const faults = new InstanceFaults(2);
    faults.crash(0, true);
    faults.crash(0, true);
    faults.crash(0, false);
    expect(faults.isUp(0)).toBe(false);
    expect(faults.isUp(1)).toBe(true);
    faults.crash(0, false);
    expect(faults.isUp(0)).toBe(true);
  });

  it("multiplies overlapping slowdowns and undoes each as it ends", () => {
    const faults = new InstanceFaults(1);
    faults.slow(0, 2, true);
    faults.slow(0, 3, true);
    expect(faults.slowFactor[0]).toBe(6);
    faults.slow(0, 2, false);
    expect(faults.slowFactor[0]).toBe(3);
    faults.slow(0, 3, false);
    expect(faults.slowFactor[0]).toBe(1);
  });

  it("combines overlapping error rates as independent failures", () => {
    const faults = new InstanceFaults(1);
    faults.errors(0, 0.5, true);
    faults.errors(0, 0.2, true);
    expect(faults.errorRate(0)).toBeCloseTo(1 - 0.5 * 0.8, 15);
    faults.errors(0, 0.5, false);
    expect(faults.errorRate(0)).toBeCloseTo(0.2, 15);
    faults.errors(0, 0.2, false);
    expect(faults.errorRate(0)).toBe(0);
  });
});
