import { describe, expect, it } from "vitest";
import { JobLists } from "../../../src/sim/kernel/job-lists";
import { Jobs } from "../../../src/sim/kernel/jobs";

function setup(count = 2) {
  const jobs = new Jobs();
  const lists = new JobLists(jobs, count);
  const rows = Array.from({ length: 6 }, () => jobs.alloc(0, -1, 0, -1, 0));
  return { jobs, lists, rows };
}

function contents(lists: JobLists, jobs: Jobs, list: number): number[] {
  const out: number[] = [];
  for (let j = lists.head[list]; j >= 0; j = jobs.next[j]) out.push(j);
  return out;
}

describe("JobLists", () => {
  it("gives jobs back first-in-first-out from the front", () => {
    const { lists, rows } = setup();
    for (const j of rows.slice(0, 4)) lists.pushBack(0, j);
    expect(lists.size[0]).toBe(4);
    expect([lists.popFront(0), lists.popFront(0), lists.popFront(0), lists.popFront(0)]).toEqual(
      rows.slice(0, 4),
    );
    expect(lists.size[0]).toBe(0);
  });

  it("gives jobs back last-in-first-out from the back", () => {
    const { lists, rows } = setup();
    for (const j of rows.slice(0, 4)) lists.pushBack(0, j);
    expect([lists.popBack(0), lists.popBack(0), lists.popBack(0), lists.popBack(0)]).toEqual(
      rows.slice(0, 4).reverse(),
    );
  });

  it("puts a job pushed at the front ahead of the others", () => {
    const { jobs, lists, rows } = setup();
    lists.pushBack(0, rows[0]);
    lists.pushFront(0, rows[1]);
    lists.pushFront(0, rows[2]);
    expect(contents(lists, jobs, 0)).toEqual([rows[2], rows[1], rows[0]]);
    expect(lists.tail[0]).toBe(rows[0]);
  });

  it("removes a job from the middle and keeps the rest linked both ways", () => {
    const { jobs, lists, rows } = setup();
    for (const j of rows.slice(0, 5)) lists.pushBack(0, j);
    lists.remove(0, rows[2]);
    expect(lists.size[0]).toBe(4);
    expect(contents(lists, jobs, 0)).toEqual([rows[0], rows[1], rows[3], rows[4]]);
    const backwards: number[] = [];
    for (let j = lists.tail[0]; j >= 0; j = jobs.prev[j]) backwards.push(j);
    expect(backwards).toEqual([rows[4], rows[3], rows[1], rows[0]]);
  });

  it("empties when its only job, the head and the tail at once, is removed", () => {
    const { lists, rows } = setup();
    lists.pushBack(0, rows[0]);
    lists.remove(0, rows[0]);
    expect([lists.head[0], lists.tail[0], lists.size[0]]).toEqual([-1, -1, 0]);
    expect(lists.popFront(0)).toBe(-1);
    expect(lists.popBack(0)).toBe(-1);
  });

  it("drains a list in order, leaving it empty and the other lists untouched", () => {
    const { jobs, lists, rows } = setup();
    lists.pushBack(0, rows[0]);
    lists.pushBack(1, rows[1]);
    lists.pushBack(0, rows[2]);
    lists.pushBack(1, rows[3]);
    lists.pushBack(0, rows[4]);
    expect(lists.drain(0)).toEqual([rows[0], rows[2], rows[4]]);
    expect(lists.size[0]).toBe(0);
    expect(lists.head[0]).toBe(-1);
    expect(lists.drain(0)).toEqual([]);
    expect(contents(lists, jobs, 1)).toEqual([rows[1], rows[3]]);
  });

  it("lets a job move from one list to another (queue to service)", () => {
    const { jobs, lists, rows } = setup();
    lists.pushBack(0, rows[0]);
    lists.pushBack(0, rows[1]);
    lists.pushBack(1, lists.popFront(0));
    expect(contents(lists, jobs, 0)).toEqual([rows[1]]);
    expect(contents(lists, jobs, 1)).toEqual([rows[0]]);
  });
});
