import { describe, expect, it } from "vitest";
import type { Hop, TraceSample } from "../../../src/sim/trace/sample";
import { layoutWaterfall, nearest, slowest } from "../../../src/ui/waterfall/layout";

function hop(fields: Partial<Hop>): Hop {
  return {
    parent: -1,
    component: 0,
    instance: -1,
    kind: "call",
    attempt: 0,
    sent: -1,
    arrived: -1,
    started: -1,
    processed: -1,
    replied: -1,
    returned: -1,
    abandoned: -1,
    outcome: 0,
    cause: "",
    failedCall: -1,
    ...fields,
  };
}

/** users → lb → app → db, 1 ms each way, the app queueing 5 ms, serving 20 ms, db 10 ms. */
const request = {
  seq: 7,
  droppedHops: 0,
  hops: [
    hop({ kind: "request", sent: 0, arrived: 0, replied: 0.05, returned: 0.05 }),
    hop({
      parent: 0,
      component: 1,
      attempt: 1,
      sent: 0,
      arrived: 0.001,
      replied: 0.049,
      returned: 0.05,
    }),
    hop({
      parent: 1,
      component: 2,
      instance: 1,
      sent: 0.001,
      arrived: 0.002,
      started: 0.007,
      processed: 0.027,
      replied: 0.048,
      returned: 0.049,
    }),
    hop({
      parent: 2,
      component: 3,
      instance: 0,
      sent: 0.027,
      arrived: 0.028,
      started: 0.028,
      processed: 0.038,
      replied: 0.046,
      returned: 0.047,
    }),
  ],
};

const sample = (requests: TraceSample["requests"]): TraceSample => ({
  components: ["users", "lb", "app", "db"],
  types: ["client", "loadbalancer", "server", "server"],
  seed: "1",
  now: 10,
  offered: requests.length,
  requests,
});

const shifted = (seq: number, by: number, slower = 0) => ({
  ...request,
  seq,
  hops: request.hops.map((h, i) => ({
    ...h,
    sent: h.sent + by,
    arrived: h.arrived + by,
    started: h.started < 0 ? -1 : h.started + by,
    processed: h.processed < 0 ? -1 : h.processed + by,
    replied: h.replied + by + (i === 0 ? slower : 0),
    returned: h.returned + by + (i === 0 ? slower : 0),
  })),
});

describe("the waterfall's layout", () => {
  it("puts each hop after its caller and splits its time into network, queue, service and waiting", () => {
    const w = layoutWaterfall(sample([request]), request);
    expect(w.rows.map((r) => [r.component, r.depth])).toEqual([
      ["users", 0],
      ["lb", 1],
      ["app", 2],
      ["db", 3],
    ]);
    const app = w.rows[2];
    expect(app.segments.map((s) => s.kind)).toEqual([
      "network",
      "queue",
      "service",
      "waiting",
      "network",
    ]);
    expect(app.queue).toBeCloseTo(0.005, 12);
    expect(app.service).toBeCloseTo(0.02, 12);
    expect(app.network).toBeCloseTo(0.002, 12);
    // The balancer's own time runs to its forward, then it waits for the app.
    expect(w.rows[1].segments.map((s) => s.kind)).toEqual(["network", "waiting", "network"]);
    expect([w.start, w.end]).toEqual([0, 0.05]);
  });

  it("counts a hop still waiting for a worker as queue wait up to the sample's time", () => {
    const waiting = {
      ...request,
      hops: request.hops.map((h, i) =>
        i === 2 ? { ...h, started: -1, processed: -1, replied: -1, returned: -1 } : h,
      ),
    };
    const app = layoutWaterfall(sample([waiting]), waiting).rows[2];
    expect(app.segments.map((s) => s.kind)).toEqual(["network", "queue"]);
    expect(app.queue).toBeCloseTo(10 - 0.002, 12);
    expect(app.end).toBe(10);
  });

  it("names where a failure passed on from call to call started", () => {
    const failed = {
      ...request,
      hops: request.hops.map((h, i) =>
        i === 3
          ? { ...h, outcome: 1, cause: "rejected" }
          : { ...h, outcome: 1, cause: "downstream", failedCall: i + 1 },
      ),
    };
    const w = layoutWaterfall(sample([failed]), failed);
    expect(w.rows.map((r) => r.origin)).toEqual(["db", "db", "db", null]);
  });

  it("finds the slowest request, and the one nearest a point of the latency chart", () => {
    const s = sample([shifted(1, 1), shifted(2, 5, 0.3), shifted(3, 5.5), shifted(4, 9)]);
    expect(slowest(s)?.seq).toBe(2);
    // Near t = 5.2: requests 2 (0.35 s) and 3 (0.05 s); the one whose latency is nearer.
    expect(nearest(s, 5.2, 0.3, 1)?.seq).toBe(2);
    expect(nearest(s, 5.2, 0.04, 1)?.seq).toBe(3);
    // Nothing ended within the window: the one that ended nearest in time.
    expect(nearest(s, 8, 0.04, 0.1)?.seq).toBe(4);
    expect(slowest(sample([]))).toBeNull();
  });
});
