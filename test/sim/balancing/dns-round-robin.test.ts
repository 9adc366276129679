import { describe, expect, it } from "vitest";
import { DnsRoundRobin } from "../../../src/sim/balancing/dns-round-robin";
import { view } from "./view";

/** Jobs 0..2 are requests of clients (components) 10, 11 and 12; job 3 is forwarded by job 0. */
function clock() {
  return {
    now: 0,
    jobs: { parent: Int32Array.from([-1, -1, -1, 0]), comp: Int32Array.from([10, 11, 12, 5]) },
  };
}

describe("DnsRoundRobin", () => {
  it("sends everything of one client to the backend it resolved until the TTL runs out", () => {
    const c = clock();
    const policy = new DnsRoundRobin(30, c);
    const v = view(3);
    expect(policy.pick(v, -1, 0)).toBe(0);
    c.now = 29.9;
    expect([policy.pick(v, -1, 0), policy.pick(v, -1, 3)]).toEqual([0, 0]);
    c.now = 30;
    expect(policy.pick(v, -1, 0)).toBe(1);
  });

  it("hands out the backends in turn to successive askers", () => {
    const policy = new DnsRoundRobin(30, clock());
    const v = view(2);
    expect([0, 1, 2].map((job) => policy.pick(v, -1, job))).toEqual([0, 1, 0]);
  });

  it("treats each key of a client as its own asker", () => {
    const policy = new DnsRoundRobin(30, clock());
    const v = view(3);
    expect([7, 8, 7, 9].map((key) => policy.pick(v, key, 0))).toEqual([0, 1, 0, 2]);
  });

  it("keeps sending to a backend out of rotation until the cached answer expires", () => {
    const c = clock();
    const policy = new DnsRoundRobin(60, c);
    const v = view(2);
    expect(policy.pick(v, -1, 0)).toBe(0);
    v.healthy[0] = 0;
    c.now = 59;
    expect(policy.pick(v, -1, 0)).toBe(0);
    expect(policy.pick(v, -1, 1)).toBe(1);
    c.now = 61;
    expect(policy.pick(v, -1, 0)).toBe(1);
  });
});
