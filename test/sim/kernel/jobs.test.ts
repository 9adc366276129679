import { describe, expect, it } from "vitest";
import {
  FLAG_ABANDONED,
  FLAG_LIVE,
  Jobs,
  NO_CALLER,
  rowlessCaller,
} from "../../../src/sim/kernel/jobs";

describe("Jobs", () => {
  it("allocates a fresh row with its caller, class, key and arrival time", () => {
    const jobs = new Jobs();
    const j = jobs.alloc(3, -1, 2, 17, 4.5);
    expect(jobs.live).toBe(1);
    expect([jobs.comp[j], jobs.parent[j], jobs.cls[j], jobs.key[j]]).toEqual([3, -1, 2, 17]);
    expect(jobs.arrived[j]).toBe(4.5);
    expect(jobs.inst[j]).toBe(-1);
    expect(jobs.child[j]).toBe(-1);
    expect(jobs.step[j]).toBe(0);
    expect(jobs.flags[j]).toBe(FLAG_LIVE);
    expect(jobs.isLive(j, jobs.token[j])).toBe(true);
  });

  it("recycles a freed row with a fresh token, so old events aimed at it are stale", () => {
    const jobs = new Jobs();
    const first = jobs.alloc(0, -1, 0, -1, 0);
    const oldToken = jobs.token[first];
    jobs.step[first] = 5;
    jobs.free(first);
    expect(jobs.live).toBe(0);
    expect(jobs.isLive(first, oldToken)).toBe(false);

    const again = jobs.alloc(1, -1, 0, -1, 1);
    expect(again).toBe(first);
    expect(jobs.token[again]).not.toBe(oldToken);
    expect(jobs.isLive(again, oldToken)).toBe(false);
    expect(jobs.isLive(again, jobs.token[again])).toBe(true);
    expect(jobs.step[again]).toBe(0);
  });

  it("gives every live row a distinct token", () => {
    const jobs = new Jobs(4);
    const rows = Array.from({ length: 20 }, () => jobs.alloc(0, -1, 0, -1, 0));
    const tokens = new Set(rows.map((j) => jobs.token[j]));
    expect(new Set(rows).size).toBe(20);
    expect(tokens.size).toBe(20);
  });

  it("throws when a row is freed twice", () => {
    const jobs = new Jobs();
    const j = jobs.alloc(0, -1, 0, -1, 0);
    jobs.free(j);
    expect(() => jobs.free(j)).toThrow(/freed twice/);
    expect(jobs.live).toBe(0);
  });

  it("keeps every live row's contents when it grows", () => {
    const jobs = new Jobs(2);
    const rows = Array.from({ length: 9 }, (_, i) => {
      const j = jobs.alloc(i, i - 1, i % 3, 100 + i, i / 2);
      jobs.started[j] = 10 + i;
      jobs.work[j] = 20 + i;
      return j;
    });
    expect(jobs.capacity).toBe(16);
    expect(jobs.live).toBe(9);
    rows.forEach((j, i) => {
      expect(jobs.comp[j]).toBe(i);
      expect(jobs.parent[j]).toBe(i - 1);
      expect(jobs.cls[j]).toBe(i % 3);
      expect(jobs.key[j]).toBe(100 + i);
      expect(jobs.arrived[j]).toBe(i / 2);
      expect(jobs.started[j]).toBe(10 + i);
      expect(jobs.work[j]).toBe(20 + i);
      expect(jobs.flags[j]).toBe(FLAG_LIVE);
    });
  });

  it("hands out every row of the grown table before growing again", () => {
    const jobs = new Jobs(2);
    const rows = Array.from({ length: 4 }, () => jobs.alloc(0, -1, 0, -1, 0));
    expect(jobs.capacity).toBe(4);
    expect([...rows].sort()).toEqual([0, 1, 2, 3]);
  });

  it("calls a job orphaned when it or any caller up its chain was abandoned", () => {
    const jobs = new Jobs();
    const request = jobs.alloc(0, -1, 0, -1, 0);
    const attempt = jobs.alloc(1, request, 0, -1, 0);
    const forward = jobs.alloc(2, attempt, 0, -1, 0);
    const dbCall = jobs.alloc(3, forward, 0, -1, 0);
    expect([request, attempt, forward, dbCall].map((j) => jobs.isOrphaned(j))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    jobs.flags[attempt] |= FLAG_ABANDONED;
    expect([request, attempt, forward, dbCall].map((j) => jobs.isOrphaned(j))).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it("names the client a request belongs to, from its own row or from the first hop of a rowless one", () => {
    const jobs = new Jobs();
    const own = jobs.alloc(4, NO_CALLER, 0, -1, 0);
    const attempt = jobs.alloc(1, own, 0, -1, 0);
    const rowless = jobs.alloc(2, rowlessCaller(7), 0, -1, 0);
    expect(jobs.clientOf(own)).toBe(4);
    expect(jobs.clientOf(rowless)).toBe(7);
    expect(jobs.isOrphaned(rowless)).toBe(false);
    expect(jobs.parent[attempt]).toBe(own);
  });
});
