import { describe, expect, it } from "vitest";
import type { Dist } from "../../src/scenario/types";
import { configRows, formatDist, formatService } from "../../src/ui/inspector/config";
import {
  autoscalerNote,
  FAULT_WHAT_IFS,
  faultWhatIfs,
  niceStep,
  rateSlider,
  whatIfsFor,
  workersSlider,
} from "../../src/ui/inspector/what-ifs";
import { component } from "./topology/fixtures";

describe("whatIfsFor", () => {
  it("offers a server of several replicas the faults, one replica killed, and workers and replicas sliders", () => {
    const w = whatIfsFor(component("app"));
    expect(w.faults.map((f) => f.kind)).toEqual(["crash", "crash-one", "slow", "errors"]);
    expect(w.faults[1].action("app")).toEqual({
      kind: "crash",
      target: "app",
      duration: 10,
      instance: 0,
    });
    expect(w.sliders.map((x) => x.kind)).toEqual(["workers", "replicas"]);
    expect(w.sliders[1].max).toBe(4 * (component("app") as { replicas: number }).replicas);
  });

  it("offers a balancer the faults and no slider", () => {
    const w = whatIfsFor(component("lb"));
    expect(w.faults.map((f) => f.kind)).toEqual(["crash", "slow", "errors"]);
    expect(w.sliders).toEqual([]);
  });

  it("offers an open client its arrival rate and no faults (the engine refuses to fault a client)", () => {
    const w = whatIfsFor(component("users"));
    expect(w.faults).toEqual([]);
    expect(w.sliders.map((x) => x.kind)).toEqual(["rate"]);
  });

  it("offers a database, a queue and a CDN the three faults, on the whole component", () => {
    for (const id of ["store", "mail", "edge"]) {
      const w = whatIfsFor(component(id));
      expect(w.faults.map((f) => f.kind)).toEqual(["crash", "slow", "errors"]);
      expect(w.faults.map((f) => f.action(id))).toEqual(
        FAULT_WHAT_IFS.filter((f) => f.kind !== "crash-one").map((f) => f.action(id)),
      );
      expect(w.faults.every((f) => !("instance" in f.action(id)))).toBe(true);
      expect(w.sliders).toEqual([]);
      expect(w.none).toBeNull();
    }
  });

  it("words the faults for what each type is", () => {
    expect(faultWhatIfs("database")[0].title).toMatch(/whole database/);
    expect(faultWhatIfs("queue")[0].title).toMatch(/broker/);
    expect(faultWhatIfs("queue")[1].title).toMatch(/Consumers/);
    expect(faultWhatIfs("cdn")[0].title).toMatch(/edge/);
    expect(faultWhatIfs("server", 3)).toEqual(FAULT_WHAT_IFS);
    expect(faultWhatIfs("database").map((f) => f.label)).toEqual(
      FAULT_WHAT_IFS.filter((f) => f.kind !== "crash-one").map((f) => f.label),
    );
  });

  it("offers an autoscaler no what-ifs, and says what it does instead", () => {
    const scaler = component("scaler");
    const w = whatIfsFor(scaler);
    expect(w.faults).toEqual([]);
    expect(w.sliders).toEqual([]);
    if (scaler.type !== "autoscaler") throw new Error("scaler is an autoscaler");
    expect(w.none).toBe(autoscalerNote(scaler));
    const note = w.none!.replaceAll("\u00a0", " ");
    expect(note).toMatch(/serves no requests/);
    expect(note).toContain("Every 15 s it compares app's utilisation with 60%");
    expect(note).toContain("between 2 and 12 replicas");
    expect(note).toContain("after 30 s");
  });

  it("offers a closed client nothing, and says why", () => {
    const w = whatIfsFor(component("staff"));
    expect(w.faults).toEqual([]);
    expect(w.sliders).toEqual([]);
    expect(w.none).toMatch(/closed/);
  });
});

describe("the fault what-ifs", () => {
  it("kill for 10 s (all or one replica), slow ×5 for 30 s and fail 10% for 30 s", () => {
    expect(FAULT_WHAT_IFS.map((f) => f.action("app"))).toEqual([
      { kind: "crash", target: "app", duration: 10 },
      { kind: "crash", target: "app", duration: 10, instance: 0 },
      { kind: "slow", target: "app", duration: 30, factor: 5 },
      { kind: "errors", target: "app", duration: 30, rate: 0.1 },
    ]);
    expect(FAULT_WHAT_IFS.map((f) => f.label)).toEqual([
      "Kill 10 s",
      "Kill one replica 10 s",
      "Slow ×5 for 30 s",
      "10% errors for 30 s",
    ]);
  });
});

describe("workersSlider", () => {
  it("goes from 1 to four times the configured workers, starting at the configured count", () => {
    const app = component("app");
    if (app.type !== "server") throw new Error("app is a server");
    const s = workersSlider(app);
    expect([s.min, s.max, s.step, s.initial]).toEqual([1, 32, 1, 8]);
    expect(s.action("app", 12)).toEqual({ kind: "workers", target: "app", workers: 12 });
  });
});

describe("rateSlider", () => {
  it("goes from 0 to three times the configured rate, in readable steps", () => {
    const users = component("users");
    if (users.type !== "client") throw new Error("users is a client");
    const s = rateSlider(users);
    expect([s.min, s.max, s.step, s.initial]).toEqual([0, 450, 1, 150]);
    expect(s.format(225)).toBe("225/s");
    expect(s.action("users", 225)).toEqual({ kind: "rate", target: "users", rate: 225 });
  });
});

describe("niceStep", () => {
  it("rounds down to 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(1.5)).toBe(1);
    expect(niceStep(0.3)).toBe(0.2);
    expect(niceStep(0.007)).toBe(0.005);
    expect(niceStep(60)).toBe(50);
    expect(niceStep(0)).toBe(1);
  });
});

describe("configRows", () => {
  /** Label → value, no-break spaces shown as plain ones. */
  const rows = (id: string) =>
    Object.fromEntries(
      configRows(component(id)).map((r) => [r.label, r.value.replaceAll("\u00a0", " ")]),
    );

  it("lists a server's capacity first: replicas, workers, queue, service time, calls", () => {
    expect(rows("app")).toEqual({
      Replicas: "3",
      Workers: "8 per replica",
      Queue: "100 per replica",
      Service: "lognormal, mean 30 ms, cv 1",
      Calls: "cache (sync, timeout 1 s)",
      "Workers wait on calls": "yes (blocking)",
    });
  });

  it("shows an unbounded queue and per-class service times", () => {
    expect(rows("db")).toMatchObject({
      Queue: "unbounded",
      Service: "read: exponential, mean 10 ms; write: exponential, mean 40 ms",
    });
  });

  it("lists a balancer's algorithm, targets and health check", () => {
    expect(rows("lb")).toEqual({
      Algorithm: "least-connections",
      Targets: "app",
      "Health check": "every 2 s, out after 2, back after 2",
    });
  });

  it("lists an open client's rate, schedule, timeout and retries", () => {
    expect(rows("users")).toEqual({
      Workload: "open, 150/s (poisson)",
      Schedule: "220/s at 200 s",
      Target: "lb",
      Timeout: "2 s",
      Retries: "up to 2, backoff 100 ms ×2, jitter",
    });
  });

  it("lists a closed client's users and think time", () => {
    expect(rows("staff")).toMatchObject({
      Workload: "closed, 20 users",
      "Think time": "exponential, mean 1 s",
      Timeout: "none",
    });
  });

  it("lists a cache's size, freshness and backend", () => {
    expect(rows("cache")).toEqual({
      Keys: "1000 (LRU)",
      "Fresh for": "∞",
      "Hit time": "1 ms",
      Backend: "db",
    });
  });
});

describe("configRows of the newer types", () => {
  const rows = (id: string) =>
    Object.fromEntries(
      configRows(component(id)).map((r) => [r.label, r.value.replaceAll("\u00a0", " ")]),
    );

  it("lists a database's pool, query times, replicas, shards and failover", () => {
    expect(rows("store")).toEqual({
      Connections: "10 per node",
      Queue: "100 per node",
      Read: "exponential, mean 20 ms",
      Write: "exponential, mean 40 ms",
      Replicas: "2 per shard, lag exponential, mean 200 ms",
      Shards: "2, by key hash",
      Nodes: "6",
      Failover: "a replica takes over after 10 s",
    });
  });

  it("lists a plain database without replicas or shards", () => {
    expect(rows("plain-db")).toEqual({
      Connections: "1 per node",
      Queue: "unbounded",
      Read: "10 ms",
      Write: "10 ms",
      Replicas: "none",
      Shards: "1 (not sharded)",
      Nodes: "1",
    });
  });

  it("lists a queue's consumers, capacity and redeliveries", () => {
    expect(rows("mail")).toEqual({
      Consumers: "10",
      Processing: "exponential, mean 50 ms",
      "Consumers call": "app",
      Capacity: "20000 messages",
      Redeliveries: "up to 3, then dead-lettered",
    });
  });

  it("lists a CDN's hit ratio, hit time and origin", () => {
    expect(rows("edge")).toEqual({
      "Hit ratio": "95%",
      "Hit time": "10 ms",
      Origin: "app",
    });
  });

  it("lists an autoscaler's server, range, aim and timing", () => {
    expect(rows("scaler")).toEqual({
      Scales: "app",
      Replicas: "2 – 12",
      "Aims for": "60% utilisation",
      "Decides every": "15 s",
      "Warm-up": "30 s",
      Cooldown: "60 s",
    });
  });
});

describe("formatDist", () => {
  it("writes every family in words with its mean or bounds", () => {
    const cases: [Dist, string][] = [
      [{ dist: "const", value: 0.05 }, "50 ms"],
      [{ dist: "exp", mean: 2 }, "exponential, mean 2 s"],
      [{ dist: "uniform", min: 0.01, max: 0.05 }, "uniform 10 ms – 50 ms"],
      [{ dist: "lognormal", mean: 0.1, cv: 2 }, "lognormal, mean 100 ms, cv 2"],
      [{ dist: "erlang", mean: 0.2, k: 3 }, "Erlang-3, mean 200 ms"],
      [{ dist: "pareto", min: 0.01, alpha: 1.5 }, "Pareto, min 10 ms, α 1.5"],
    ];
    for (const [d, text] of cases) expect(formatDist(d).replaceAll("\u00a0", " ")).toBe(text);
  });

  it("tells a single Dist from a map of classes", () => {
    const plain = (s: string) => s.replaceAll("\u00a0", " ");
    expect(plain(formatService({ dist: "exp", mean: 0.01 }))).toBe("exponential, mean 10 ms");
    expect(plain(formatService({ read: { dist: "const", value: 0.001 } }))).toBe("read: 1 ms");
  });
});
