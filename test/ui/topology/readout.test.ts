import { describe, expect, it } from "vitest";
import { brokerState, consumersBusy, readout, upState } from "../../../src/ui/topology/readout";
import { component, figures } from "./fixtures";

const server = figures({
  utilization: 0.72,
  meanQueue: 3.24,
  served: 150.2,
  failed: 0,
  up: 2,
  instances: 3,
  inFlight: 12,
  hotReplica: 1,
  hotUtilization: 0.91,
  hotQueue: 6.5,
  coolUtilization: 0.5,
});

/** The readings as the page shows them: label, text and alarm (their keys are checked apart). */
const shown = (...args: Parameters<typeof readout>) =>
  readout(...args).map(({ key: _, ...r }) => r);
const labels = (id: string, f = figures({})) => shown(component(id), f).map((r) => r.label);
const reading = (id: string, f: ReturnType<typeof figures>, label: string) =>
  shown(component(id), f).find((r) => r.label === label);

describe("readout", () => {
  it("gives a server every figure, the instances down marked as an alarm", () => {
    expect(shown(component("app"), server)).toEqual([
      { label: "Utilisation", text: "72%", alarm: false },
      { label: "Queue", text: "3.2", alarm: false },
      { label: "Busiest replica", text: "#1 · 91%", alarm: false },
      { label: "Its queue", text: "6.5", alarm: false },
      { label: "Least busy replica", text: "50%", alarm: false },
      { label: "Served", text: "150/s", alarm: false },
      { label: "Failed", text: "0/s", alarm: false },
      { label: "In flight", text: "12", alarm: false },
      { label: "Instances up", text: "2/3 up", alarm: true },
    ]);
  });

  it("names each reading by its message key, the same in every language", () => {
    expect(readout(component("app"), server).map((r) => r.key)).toEqual([
      "reading.utilisation",
      "reading.queue",
      "reading.hottestReplica",
      "reading.hottestQueue",
      "reading.coolestReplica",
      "reading.served",
      "reading.failed",
      "reading.inFlight",
      "reading.instancesUp",
    ]);
  });

  it("gives a server with circuit breakers the breakers open, an alarm when any is", () => {
    expect(labels("api")).toEqual([
      "Utilisation",
      "Queue",
      "Breakers open",
      "Served",
      "Failed",
      "In flight",
      "Instances up",
    ]);
    expect(reading("api", figures({ breakersOpen: 1 }), "Breakers open")).toEqual({
      label: "Breakers open",
      text: "1",
      alarm: true,
    });
    expect(reading("api", figures({ breakersOpen: 0 }), "Breakers open")?.alarm).toBe(false);
  });

  it("gives a client what it sees, without utilisation, queue or instances", () => {
    expect(labels("users")).toEqual(["Completed", "Failed", "In flight"]);
  });

  it("marks failures as an alarm", () => {
    const failed = shown(component("users"), figures({ served: 10, failed: 2, inFlight: 3 }))[1];
    expect(failed).toEqual({ label: "Failed", text: "2/s", alarm: true });
  });

  it("gives a cache its hit ratio", () => {
    expect(shown(component("cache"), figures({ hitRatio: 0.9 }))[0]).toEqual({
      label: "Hit ratio",
      text: "90%",
      alarm: false,
    });
  });

  it("gives a database its connections busy, waiting queries and nodes up", () => {
    const f = figures({
      utilization: 0.81,
      meanQueue: 4.5,
      served: 420,
      failed: 0,
      inFlight: 12,
      up: 5,
      instances: 6,
    });
    expect(shown(component("store"), f)).toEqual([
      { label: "Connections busy", text: "81%", alarm: false },
      { label: "Waiting queries", text: "4.5", alarm: false },
      { label: "Served", text: "420/s", alarm: false },
      { label: "Failed", text: "0/s", alarm: false },
      { label: "In flight", text: "12", alarm: false },
      { label: "Nodes up", text: "5/6 up", alarm: true },
    ]);
  });

  it("gives a queue its depth, consumers busy and broker, down in red", () => {
    const f = figures({
      utilization: 0.98,
      meanQueue: 1234,
      served: 200,
      failed: 0,
      inFlight: 1244,
      up: 1,
      instances: 1,
    });
    expect(shown(component("mail"), f)).toEqual([
      { label: "Depth", text: "1.2k", alarm: false },
      { label: "Consumers busy", text: "9.8 of 10", alarm: false },
      { label: "Consumed", text: "200/s", alarm: false },
      { label: "Failed", text: "0/s", alarm: false },
      { label: "Messages held", text: "1.2k", alarm: false },
      { label: "Broker", text: "up", alarm: false },
    ]);
    expect(reading("mail", figures({ up: 0, instances: 1 }), "Broker")).toEqual({
      label: "Broker",
      text: "down",
      alarm: true,
    });
  });

  it("gives a CDN its hit ratio, like a cache, without the in flight it does not measure", () => {
    const f = figures({
      hitRatio: 0.95,
      served: 2000,
      failed: 0,
      inFlight: 0,
      up: 1,
      instances: 1,
    });
    expect(shown(component("edge"), f)).toEqual([
      { label: "Hit ratio", text: "95%", alarm: false },
      { label: "Served", text: "2k/s", alarm: false },
      { label: "Failed", text: "0/s", alarm: false },
      { label: "Instances up", text: "1/1 up", alarm: false },
    ]);
  });

  it("gives an autoscaler only the replicas of the server it scales", () => {
    expect(shown(component("scaler"), figures({ instances: 5 }))).toEqual([
      { label: "Replicas of app", text: "5", alarm: false },
    ]);
  });

  it("has the same rows with dashes before the first probe row, for every type", () => {
    for (const id of ["app", "api", "users", "lb", "cache", "store", "mail", "edge", "scaler"]) {
      const none = shown(component(id), null);
      expect(none.map((r) => r.label)).toEqual(labels(id, server));
      expect(none.every((r) => r.text === "–" && !r.alarm)).toBe(true);
    }
  });
});

describe("upState", () => {
  it("says how many instances are up and whether any is down", () => {
    expect(upState(figures({ up: 3, instances: 3 }))).toEqual({ text: "3/3 up", down: false });
    expect(upState(figures({ up: 0, instances: 1 }))).toEqual({ text: "0/1 up", down: true });
  });

  it("is null for a component without instances", () => {
    expect(upState(figures({}))).toBeNull();
  });
});

describe("brokerState", () => {
  it("says whether a queue's broker is up, and is null when unknown", () => {
    expect(brokerState(figures({ up: 1 }))).toEqual({ text: "up", down: false });
    expect(brokerState(figures({ up: 0 }))).toEqual({ text: "down", down: true });
    expect(brokerState(figures({}))).toBeNull();
  });
});

describe("consumersBusy", () => {
  it("is the consumers' utilisation times their number", () => {
    expect(consumersBusy(0.5, 10)).toBe(5);
    expect(consumersBusy(Number.NaN, 10)).toBeNaN();
  });
});
