import { describe, expect, it } from "vitest";
import { applyChange, pathProblem } from "../../src/scenario/lesson-change";

const doc = () => ({
  version: 1,
  name: "shop",
  duration: 60,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "lb" },
    { id: "lb", type: "loadbalancer", targets: [{ id: "web", weight: 2 }] },
    { id: "web", type: "server", workers: 2, queue: 10, service: { dist: "exp", mean: 0.05 } },
  ],
});

describe("applyChange", () => {
  it("sets a component's field, addressing the component by id", () => {
    const result = applyChange(doc(), [{ path: "components.web.workers", value: 8 }]);
    expect(result.ok && (result.document as ReturnType<typeof doc>).components[2]).toMatchObject({
      id: "web",
      workers: 8,
    });
  });

  it("leaves the document it was given as it was", () => {
    const original = doc();
    applyChange(original, [{ path: "components.web.workers", value: 8 }]);
    expect(original).toEqual(doc());
  });

  it("sets top-level fields, nested fields and list elements", () => {
    const result = applyChange(doc(), [
      { path: "duration", value: 120 },
      { path: "components.users.workload.rate", value: 40 },
      { path: "components.lb.targets.0.weight", value: 5 },
    ]);
    if (!result.ok) throw new Error(result.reason);
    const d = result.document as ReturnType<typeof doc>;
    expect(d.duration).toBe(120);
    expect(d.components[0].workload).toEqual({ kind: "open", rate: 40 });
    expect(d.components[1].targets).toEqual([{ id: "web", weight: 5 }]);
  });

  it("creates the objects on the way to a new nested field", () => {
    const result = applyChange(doc(), [{ path: "components.users.retry.max", value: 3 }]);
    expect(result.ok && (result.document as { components: object[] }).components[0]).toMatchObject({
      retry: { max: 3 },
    });
  });

  it("removes a field set to null, and ignores the removal of one that is not there", () => {
    const result = applyChange(doc(), [
      { path: "components.web.queue", value: null },
      { path: "components.web.breaker.window", value: null },
    ]);
    if (!result.ok) throw new Error(result.reason);
    expect((result.document as ReturnType<typeof doc>).components[2]).not.toHaveProperty("queue");
    expect((result.document as ReturnType<typeof doc>).components[2]).not.toHaveProperty("breaker");
  });

  it("sets a whole object as a value, copied", () => {
    const retry = { max: 3, backoff: 0.5 };
    const result = applyChange(doc(), [{ path: "components.users.retry", value: retry }]);
    if (!result.ok) throw new Error(result.reason);
    retry.max = 99;
    expect((result.document as { components: { retry?: object }[] }).components[0].retry).toEqual({
      max: 3,
      backoff: 0.5,
    });
  });

  it("says why a path leads nowhere", () => {
    expect(applyChange(doc(), [{ path: "components.db.workers", value: 1 }])).toEqual({
      ok: false,
      reason: 'components.db.workers: no component has id "db"',
    });
    expect(applyChange(doc(), [{ path: "components.lb.targets.x", value: 1 }])).toEqual({
      ok: false,
      reason: 'components.lb.targets.x: "x" is not an index of a list',
    });
    expect(applyChange(doc(), [{ path: "components.web.workers.n", value: 1 }])).toEqual({
      ok: false,
      reason: 'components.web.workers.n: "workers" holds a value, not an object or a list',
    });
    expect(applyChange(doc(), [{ path: "version", value: 2 }])).toEqual({
      ok: false,
      reason:
        "version: must start with one of name, description, seed, duration, warmup, network, zones, components, faults",
    });
  });

  it("never writes through an object's prototype", () => {
    expect(applyChange(doc(), [{ path: "components.web.__proto__.polluted", value: 1 }]).ok).toBe(
      false,
    );
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});

describe("pathProblem", () => {
  it("accepts a component field and a top-level field", () => {
    expect(pathProblem("components.app.workers")).toBeNull();
    expect(pathProblem("duration")).toBeNull();
  });

  it("names what is wrong with a path as an issue code", () => {
    expect(pathProblem("components..workers")).toBe("pathEmptySegment");
    expect(pathProblem("lesson.goal")).toBe("pathRoot");
    expect(pathProblem("components.app")).toBe("pathComponentField");
    expect(pathProblem("faults.constructor")).toBe("pathPrototype");
  });
});
