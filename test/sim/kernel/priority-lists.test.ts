import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JobLists } from "../../../src/sim/kernel/job-lists";
import { Jobs } from "../../../src/sim/kernel/jobs";
import { PriorityLists } from "../../../src/sim/kernel/priority-lists";

/** Three classes: 0 and 2 most urgent (level 0), 1 least (level 1). */
function setup() {
  const jobs = new Jobs();
  const lists = new JobLists(jobs, 2);
  const order = new PriorityLists(jobs, lists, 2, Int32Array.from([0, 1, 0]), 2);
  const job = (cls: number) => jobs.alloc(0, -1, cls, -1, 0);
  return { jobs, lists, order, job };
}

function contents(lists: JobLists, jobs: Jobs, list: number): number[] {
  const out: number[] = [];
  for (let j = lists.head[list]; j >= 0; j = jobs.next[j]) out.push(j);
  return out;
}

describe("PriorityLists", () => {
  it("keeps the most urgent level in front, first come first served within a level", () => {
    const { jobs, lists, order, job } = setup();
    const low1 = job(1);
    const high1 = job(0);
    const low2 = job(1);
    const high2 = job(2);
    for (const j of [low1, high1, low2, high2]) order.push(0, j, false);
    expect(contents(lists, jobs, 0)).toEqual([high1, high2, low1, low2]);
    expect(order.last(0)).toBe(low2);
  });

  it("puts a job first in its level (a resumed one) behind the more urgent ones", () => {
    const { jobs, lists, order, job } = setup();
    const high = job(0);
    const low = job(1);
    const resumed = job(1);
    order.push(0, high, false);
    order.push(0, low, false);
    order.push(0, resumed, true);
    expect(contents(lists, jobs, 0)).toEqual([high, resumed, low]);
  });

  it("stays in order through any mix of pushes, pops and removals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }))),
        (ops) => {
          const { jobs, lists, order, job } = setup();
          const model: number[] = [];
          const level = (j: number) => (jobs.cls[j] === 1 ? 1 : 0);
          for (const [op, cls] of ops) {
            if (op <= 1) {
              const j = job(cls);
              order.push(0, j, op === 1);
              // The model: behind its level, or first in it.
              const at =
                op === 0
                  ? model.filter((m) => level(m) <= level(j)).length
                  : model.filter((m) => level(m) < level(j)).length;
              model.splice(at, 0, j);
            } else if (op === 2) {
              expect(order.popFront(0)).toBe(model.shift() ?? -1);
            } else if (model.length > 0) {
              const victim = model.splice(cls % model.length, 1)[0];
              order.remove(0, victim);
            }
            expect(contents(lists, jobs, 0)).toEqual(model);
          }
        },
      ),
    );
  });

  it("forgets a drained list's levels, so later pushes start afresh", () => {
    const { jobs, lists, order, job } = setup();
    order.push(1, job(0), false);
    order.push(1, job(1), false);
    expect(order.drain(1)).toHaveLength(2);
    const next = job(1);
    order.push(1, next, false);
    expect(contents(lists, jobs, 1)).toEqual([next]);
  });
});
