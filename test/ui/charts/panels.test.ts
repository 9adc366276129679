import { describe, expect, it } from "vitest";
import { queues, Scratch, type TimePanel, timePanels } from "../../../src/ui/charts/panels";
import { initialState, type ViewState } from "../../../src/ui/store";
import {
  historyOf,
  layout,
  scenario,
  typesHistoryOf,
  typesLayout,
  typesScenario,
} from "./fixtures";

function state(change: Partial<ViewState> = {}): ViewState {
  const history = historyOf(
    {
      time: 1,
      global: { completed: 9, timeout: 1, p99: 0.2 },
      components: { app: { utilization: 0.5, meanQueue: 2 }, users: { served: 9, failed: 1 } },
    },
    { time: 2, global: { completed: 10, p99: 0.3 }, components: { app: { utilization: 0.75 } } },
  );
  return { ...initialState(), scenario, layout, history, duration: 100, ...change };
}

const titles = (panels: TimePanel[]) => panels.map((p) => p.title);
const labels = (panel: TimePanel) => panel.series.map((s) => s.label);
const values = (panel: TimePanel, i = 0) =>
  [...panel.series[i].ys].map((v) => v * panel.series[i].scale);

describe("the time panels", () => {
  it("are none before a scenario is loaded", () => {
    expect(timePanels(initialState())).toEqual([]);
  });

  it("show throughput, latency, error rate, then queues and utilisation of the servers", () => {
    const panels = timePanels(state());
    expect(titles(panels)).toEqual([
      "Throughput",
      "Latency",
      "Error rate",
      "Queue depth",
      "Utilisation",
    ]);
    expect(labels(panels[0])).toEqual([
      "offered",
      "completed",
      "rejected",
      "timeout",
      "unavailable",
      "error",
    ]);
    expect(labels(panels[3])).toEqual(["app", "db"]);
  });

  it("show latency in ms, on a log axis when the state asks for it", () => {
    const [, latency] = timePanels(state({ logScale: true }));
    expect(labels(latency)).toEqual(["p50", "p95", "p99", "mean"]);
    expect(latency.unit).toBe("ms");
    expect(values(latency, 2)).toEqual([200, 300]);
    expect(latency.log).toBe(true);
    expect(latency.logToggle).toBe(true);
  });

  it("show the error rate and utilisation in percent, utilisation on a fixed 0–100 axis", () => {
    const panels = timePanels(state());
    expect(values(panels[2])).toEqual([10, 0]);
    expect(values(panels[4])).toEqual([50, 75]);
    expect(panels[4].domain).toEqual([0, 100]);
  });

  it("reuse the scratch buffer for the error rate from frame to frame", () => {
    const scratch = new Scratch();
    const first = timePanels(state(), scratch)[2].series[0].ys;
    const second = timePanels(state(), scratch)[2].series[0].ys;
    expect(second.buffer).toBe(first.buffer);
  });
});

describe("components with queues", () => {
  it("are the ones that serve from workers: servers, databases and message queues", () => {
    expect(queues("server")).toBe(true);
    expect(queues("database")).toBe(true);
    expect(queues("queue")).toBe(true);
  });

  it("are not clients, balancers, caches, CDNs or autoscalers", () => {
    expect(queues("client")).toBe(false);
    expect(queues("loadbalancer")).toBe(false);
    expect(queues("cache")).toBe(false);
    expect(queues("cdn")).toBe(false);
    expect(queues("autoscaler")).toBe(false);
  });
});

describe("the newer types", () => {
  function typesState(change: Partial<ViewState> = {}): ViewState {
    const history = typesHistoryOf(
      {
        time: 1,
        components: {
          store: { utilization: 0.4, meanQueue: 3 },
          mail: { utilization: 0.5, meanQueue: 120, served: 80, failed: 2 },
          edge: { hitRatio: 0.9, served: 10 },
          scaler: { instances: 1 },
        },
      },
      {
        time: 2,
        components: {
          store: { utilization: 0.6, meanQueue: 5 },
          mail: { utilization: 1, meanQueue: 400, served: 79, failed: 0 },
          edge: { hitRatio: 0.85, served: 10 },
          scaler: { instances: 3 },
        },
      },
    );
    return {
      ...initialState(),
      scenario: typesScenario,
      layout: typesLayout,
      history,
      duration: 100,
      ...change,
    };
  }

  it("put databases and queues in the queue and utilisation panels, not CDNs or autoscalers", () => {
    const panels = timePanels(typesState());
    const queue = panels.find((p) => p.key === "queues")!;
    const utilization = panels.find((p) => p.key === "utilization")!;
    expect(labels(queue)).toEqual(["api", "store", "mail", "mailer"]);
    expect(labels(utilization)).toEqual(["api", "store", "mail", "mailer"]);
    expect(values(queue, 2)).toEqual([120, 400]);
    expect(values(utilization, 1)).toEqual([40, 60]);
  });

  it("show a selected queue's rates, depth, consumers busy, message age and dead letters", () => {
    const panels = timePanels(typesState({ selected: "mail" })).slice(5);
    expect(titles(panels)).toEqual([
      "mail: messages per second",
      "mail: depth",
      "mail: consumers busy",
      "mail: message age (consumer lag)",
      "mail: dead letters",
    ]);
    expect(labels(panels[0])).toEqual(["consumed", "failed"]);
    expect(panels[0].unit).toBe("msg/s");
    expect(values(panels[0], 0)).toEqual([80, 79]);
    expect(values(panels[0], 1)).toEqual([2, 0]);
    expect(values(panels[1])).toEqual([120, 400]);
    // Busy consumers: utilisation times the 4 consumers, on a 0–4 axis.
    expect(values(panels[2])).toEqual([2, 4]);
    expect(panels[2].domain).toEqual([0, 4]);
  });

  it("show a selected database's queries, waiting queries and connections busy", () => {
    const panels = timePanels(typesState({ selected: "store" })).slice(5);
    expect(titles(panels)).toEqual([
      "store: requests per second",
      "store: waiting queries and in flight",
      "store: connections busy",
    ]);
    expect(labels(panels[0])).toEqual(["queries", "failed"]);
    expect(values(panels[1])).toEqual([3, 5]);
    expect(values(panels[2])).toEqual([40, 60]);
  });

  it("show a selected CDN's hit ratio, like a cache's (and no in flight, which it lacks)", () => {
    const panels = timePanels(typesState({ selected: "edge" })).slice(5);
    expect(titles(panels)).toEqual(["edge: requests per second", "edge: hit ratio"]);
    expect(labels(panels[0])).toEqual(["answered", "failed"]);
    expect(values(panels[1])).toEqual([90, 85]);
    expect(panels[1].domain).toEqual([0, 100]);
  });

  it("show a selected autoscaler's server's replicas over time, from its own probe slot", () => {
    const panels = timePanels(typesState({ selected: "scaler" })).slice(5);
    expect(titles(panels)).toEqual(["scaler: replicas of api"]);
    expect(labels(panels[0])).toEqual(["api replicas"]);
    const labelled = {
      ...typesScenario,
      components: typesScenario.components.map((c) =>
        c.id === "api" ? { ...c, label: "Storefront API" } : c,
      ),
    };
    const [replicas] = timePanels(typesState({ scenario: labelled, selected: "scaler" })).slice(5);
    expect(replicas.title).toBe("scaler: replicas of Storefront API");
    expect(panels[0].series[0].component).toBe("scaler");
    expect(values(panels[0])).toEqual([1, 3]);
    expect(panels[0].domain).toEqual([0, 8]);
  });
});

describe("the selected component's panels", () => {
  it("show a server's rates, queue and in flight, and utilisation", () => {
    const panels = timePanels(state({ selected: "app" })).slice(5);
    expect(titles(panels)).toEqual([
      "app: requests per second",
      "app: queue and in flight",
      "app: utilisation",
    ]);
    expect(labels(panels[0])).toEqual(["served", "failed"]);
    expect(labels(panels[1])).toEqual(["queue", "in flight"]);
  });

  it("show a client's completed and failed requests per second and its requests in flight", () => {
    const panels = timePanels(state({ selected: "users" })).slice(5);
    expect(titles(panels)).toEqual(["users: requests per second", "users: in flight"]);
    expect(labels(panels[0])).toEqual(["completed", "failed"]);
    expect(values(panels[0], 1)).toEqual([1, 0]);
  });

  it("name the selected component by its label, in the page's language", () => {
    const labelled = {
      ...scenario,
      components: scenario.components.map((c) =>
        c.id === "app" ? { ...c, label: { en: "Storefront", "zh-CN": "店面" } } : c,
      ),
    };
    const [rates] = timePanels(state({ scenario: labelled, selected: "app" })).slice(5);
    expect(rates.title).toBe("Storefront: requests per second");
    expect(rates.series[0].title).toBe("select Storefront (app)");
    const queue = timePanels(state({ scenario: labelled, locale: "zh-CN" }))[3];
    expect(labels(queue)).toEqual(["店面", "db"]);
  });

  it("are none when the selected id is not in the layout", () => {
    expect(timePanels(state({ selected: "gone" }))).toHaveLength(5);
  });
});
