import { describe, expect, it } from "vitest";
import { caption, cardAlert } from "../../../src/ui/topology/caption";
import { component, figures } from "./fixtures";

describe("caption", () => {
  it("shows a server's utilisation and queue, and its replicas up", () => {
    const f = figures({ utilization: 0.5, meanQueue: 0.4, up: 3, instances: 3 });
    expect(caption(component("app"), f)).toEqual({
      figure: "50% busy · q 0.4",
      badge: "3/3 up",
      down: false,
    });
  });

  it("marks a server with an instance down", () => {
    const f = figures({ utilization: 0.9, meanQueue: 12, up: 2, instances: 3 });
    expect(caption(component("app"), f)).toMatchObject({ badge: "2/3 up", down: true });
  });

  it("shows the configuration before the first probe row", () => {
    expect(caption(component("app"), null)).toEqual({
      figure: "8 workers",
      badge: "3 replicas",
      down: false,
    });
    expect(caption(component("db"), null).badge).toBe("1 replica");
  });

  it("shows a balancer's throughput and algorithm, or that it is down", () => {
    const up = figures({ served: 150, up: 1, instances: 1 });
    expect(caption(component("lb"), up)).toEqual({
      figure: "150/s served",
      badge: "least-connections",
      down: false,
    });
    const down = figures({ served: 0, up: 0, instances: 1 });
    expect(caption(component("lb"), down)).toMatchObject({ badge: "0/1 up", down: true });
  });

  it("shows a client's completions and its kind of workload", () => {
    expect(caption(component("users"), figures({ served: 149.6 }))).toEqual({
      figure: "150/s done",
      badge: "open workload",
      down: false,
    });
    expect(caption(component("staff"), null).badge).toBe("closed, 20 users");
  });

  it("shows a cache's hit ratio and size", () => {
    const f = figures({ hitRatio: 0.8, served: 40, up: 1, instances: 1 });
    expect(caption(component("cache"), f)).toEqual({
      figure: "80% hits · 40/s",
      badge: "1,000 keys",
      down: false,
    });
  });

  it("shows a database's connections, replicas and shards, then its load and nodes up", () => {
    expect(caption(component("store"), null)).toEqual({
      figure: "10 connections",
      badge: "2 repl. · 2 shards",
      down: false,
    });
    const store = component("store");
    if (store.type !== "database") throw new Error("store is a database");
    const { replicas: _, ...unreplicated } = store;
    expect(caption({ ...store, shards: 1 }, null).badge).toBe("2 replicas");
    expect(caption({ ...unreplicated, shards: 4 }, null).badge).toBe("4 shards");
    expect(caption(component("plain-db"), null)).toEqual({
      figure: "1 connection",
      badge: "1 node",
      down: false,
    });
    const f = figures({ utilization: 0.81, meanQueue: 4.5, up: 6, instances: 6 });
    expect(caption(component("store"), f)).toEqual({
      figure: "81% busy · q 4.5",
      badge: "6/6 nodes up",
      down: false,
    });
    const primaryDown = figures({ utilization: 0.9, meanQueue: 20, up: 5, instances: 6 });
    expect(caption(component("store"), primaryDown)).toMatchObject({
      badge: "5/6 nodes up",
      down: true,
    });
  });

  it("shows a queue's consumers and capacity, then its depth and consumers busy", () => {
    expect(caption(component("mail"), null)).toEqual({
      figure: "10 consumers",
      badge: "capacity 20k",
      down: false,
    });
    const f = figures({ utilization: 0.98, meanQueue: 1234, up: 1, instances: 1 });
    expect(caption(component("mail"), f)).toEqual({
      figure: "depth 1.2k of 20k",
      badge: "9.8/10 busy",
      down: false,
    });
  });

  it("says in red when a queue's broker is down", () => {
    const f = figures({ utilization: 0, meanQueue: 300, up: 0, instances: 1 });
    expect(caption(component("mail"), f)).toEqual({
      figure: "depth 300 of 20k",
      badge: "broker down",
      down: true,
    });
  });

  it("shows a CDN's origin and hit ratio, then the hits it answers", () => {
    expect(caption(component("edge"), null)).toEqual({
      figure: "→ app",
      badge: "hit ratio 95%",
      down: false,
    });
    const f = figures({ hitRatio: 0.94, served: 2000, up: 1, instances: 1 });
    expect(caption(component("edge"), f)).toEqual({
      figure: "94% hits · 2k/s",
      badge: "hit ratio 95%",
      down: false,
    });
    const down = figures({ hitRatio: Number.NaN, served: 0, up: 0, instances: 1 });
    expect(caption(component("edge"), down)).toMatchObject({ badge: "0/1 up", down: true });
  });

  it("shows an autoscaler's server and range, then the replicas it has now", () => {
    expect(caption(component("scaler"), null)).toEqual({
      figure: "scales app",
      badge: "min 2 · max 12",
      down: false,
    });
    expect(caption(component("scaler"), figures({ instances: 5 }))).toEqual({
      figure: "app: 5 replicas",
      badge: "min 2 · max 12",
      down: false,
    });
  });
});

describe("cardAlert", () => {
  it("says a server's circuit breaker is open", () => {
    expect(cardAlert(component("api"), figures({ breakersOpen: 1 }))).toBe("breaker open");
    expect(cardAlert(component("api"), figures({ breakersOpen: 2 }))).toBe("2 breakers open");
  });

  it("is null while the breakers are closed, before the first row, or without breakers", () => {
    expect(cardAlert(component("api"), figures({ breakersOpen: 0 }))).toBeNull();
    expect(cardAlert(component("api"), null)).toBeNull();
    expect(cardAlert(component("app"), figures({ breakersOpen: 1 }))).toBeNull();
  });
});
