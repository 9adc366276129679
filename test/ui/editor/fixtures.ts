import type { JsonObject } from "../../../src/ui/editor/json";

/** client → lb → web-1, web-2 → cache → db, an autoscaler on web-1, faults on web-1 and db. */
export function shop(): JsonObject {
  return {
    version: 1,
    name: "Shop",
    duration: 60,
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate: 20 }, target: "lb" },
      { id: "lb", type: "loadbalancer", targets: ["web-1", { id: "web-2", weight: 2 }] },
      {
        id: "web-1",
        type: "server",
        workers: 4,
        service: { dist: "exp", mean: 0.02 },
        calls: [{ target: "cache" }],
      },
      {
        id: "web-2",
        type: "server",
        workers: 4,
        service: { dist: "exp", mean: 0.02 },
        calls: [{ target: "cache" }, { target: "db", mode: "async" }],
      },
      {
        id: "cache",
        type: "cache",
        hitRatio: 0.8,
        hit: { dist: "const", value: 0.001 },
        backend: "db",
      },
      { id: "db", type: "database", connections: 5, read: { dist: "exp", mean: 0.01 } },
      { id: "scaler", type: "autoscaler", target: "web-1", max: 4 },
    ],
    faults: [
      { at: 10, target: "web-1", kind: "crash", duration: 5 },
      { at: 20, target: "db", kind: "partition", from: "web-2", duration: 5 },
      { at: 30, target: "cache", kind: "slow", factor: 3, duration: 5 },
    ],
  };
}
