import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/scenario/issues";
import { parseScenario, parseScenarioText } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, layered, minimal, remove, warningsOf } from "./documents";

describe("parseScenario", () => {
  it("fills every default of a minimal scenario", () => {
    const result = parseScenario(minimal());
    expect(result).toEqual({
      ok: true,
      warnings: [],
      scenario: {
        version: 1,
        name: "shop",
        description: "",
        seed: "1",
        duration: 60,
        warmup: 0,
        network: { dist: "const", value: 0 },
        components: [
          {
            id: "users",
            type: "client",
            workload: { kind: "open", rate: 10, arrival: "poisson", schedule: [] },
            target: "web",
            mix: [{ class: "default", weight: 1 }],
          },
          {
            id: "web",
            type: "server",
            replicas: 1,
            workers: 1,
            queue: Number.POSITIVE_INFINITY,
            service: { dist: "exp", mean: 0.05 },
            cores: 1,
            discipline: "fifo",
            deadlines: false,
            calls: [],
            blocking: true,
          },
        ],
        faults: [],
      },
    });
  });

  it("leaves absent optional fields absent rather than undefined", () => {
    const result = parseScenario(minimal());
    if (!result.ok) throw new Error("minimal scenario refused");
    expect(Object.keys(result.scenario)).not.toContain("lesson");
    expect(Object.keys(result.scenario.components[0])).not.toContain("timeout");
    expect(Object.keys(result.scenario.components[0])).not.toContain("label");
  });

  it("fills the defaults of load balancers, targets and calls", () => {
    const result = parseScenario(layered());
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
    const [, lb, web] = result.scenario.components;
    expect(lb).toEqual({
      id: "lb",
      type: "loadbalancer",
      algorithm: "round-robin",
      targets: [{ id: "web", weight: 1 }],
      service: { dist: "const", value: 0 },
    });
    expect(web).toMatchObject({ replicas: 2, calls: [{ target: "db", mode: "sync" }] });
  });

  it("fills the defaults inside retry, healthCheck and rateLimit", () => {
    const doc = layered();
    edit(doc, "components.0.retry", { max: 2 });
    edit(doc, "components.1.healthCheck", { interval: 5 });
    edit(doc, "components.1.rateLimit", { rate: 0.5 });
    edit(doc, "components.2.workers", 8);
    const result = parseScenario(doc);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
    const [users, lb, web] = result.scenario.components;
    expect(users).toMatchObject({ retry: { max: 2, backoff: 0.1, multiplier: 2, jitter: true } });
    expect(lb).toMatchObject({
      healthCheck: { interval: 5, unhealthyAfter: 3, healthyAfter: 2 },
      rateLimit: { rate: 0.5, burst: 1 },
    });
    expect(web).toMatchObject({ workers: 8, cores: 8 });
  });

  it("gives a rate limit a burst of its rate when the rate is above 1", () => {
    const doc = edit(layered(), "components.1.rateLimit", { rate: 20 });
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.components[1]).toMatchObject({
      rateLimit: { rate: 20, burst: 20 },
    });
  });

  it("keeps queue 0 as no waiting room, distinct from the unbounded default", () => {
    const result = parseScenario(edit(minimal(), "components.1.queue", 0));
    expect(result.ok && result.scenario.components[1]).toMatchObject({ queue: 0 });
  });

  it("keeps a lesson, a label, a position and a cost", () => {
    const doc = minimal();
    doc.lesson = { goal: "See the queue grow", try: ["rate 20"], question: "Why?" };
    edit(doc, "components.1.label", "Web");
    edit(doc, "components.1.position", { x: -10, y: 2.5 });
    edit(doc, "components.1.costPerHour", 0.1);
    const result = parseScenario(doc);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
    expect(result.scenario.lesson).toEqual({
      goal: "See the queue grow",
      try: [{ text: "rate 20" }],
      question: { text: "Why?" },
    });
    expect(result.scenario.components[1]).toMatchObject({
      label: "Web",
      position: { x: -10, y: 2.5 },
      costPerHour: 0.1,
    });
  });

  it("reads a per-class service map into an object without a prototype", () => {
    const doc = minimal();
    edit(doc, "components.0.mix", [
      { class: "read", weight: 9 },
      { class: "write", weight: 1 },
    ]);
    edit(doc, "components.1.service", {
      read: { dist: "exp", mean: 0.01 },
      default: { dist: "const", value: 0.05 },
    });
    const result = parseScenario(doc);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
    const web = result.scenario.components[1];
    if (web.type !== "server") throw new Error("expected a server");
    expect(web.service).toEqual({
      read: { dist: "exp", mean: 0.01 },
      default: { dist: "const", value: 0.05 },
    });
    expect(Object.getPrototypeOf(web.service)).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it("refuses a document of a newer version with only that error", () => {
    const doc = edit(minimal(), "version", 2);
    doc.components = "whatever a newer version puts here";
    expect(errorsOf(doc)).toEqual([
      "version: was written by a newer archsim (version 2); this one reads version 1",
    ]);
  });

  it("refuses a missing or wrong version", () => {
    expect(errorsOf(remove(minimal(), "version"))).toEqual(["version: is required (1)"]);
    expect(errorsOf(edit(minimal(), "version", "1"))).toEqual(['version: must be 1, got "1"']);
    expect(errorsOf(edit(minimal(), "version", 0))).toEqual(["version: must be 1, got 0"]);
  });

  it("refuses a document that is not an object, at the document's own path", () => {
    for (const value of [null, [], 3, "scenario", true, undefined]) {
      const result = parseScenario(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0].path).toBe("");
    }
    expect(errorsOf([1, 2])).toEqual(["(document): must be a scenario object, got [1,2]"]);
  });

  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "a missing name",
      (d) => remove(d, "name"),
      'name: is required (a string or an object of texts by language ({"en": …}))',
    ],
    ["a seed given as a number", (d) => edit(d, "seed", 42), "seed: must be a string, got 42"],
    [
      "a description that is not text",
      (d) => edit(d, "description", ["a"]),
      'description: must be a string or an object of texts by language ({"en": …}), got ["a"]',
    ],
    ["a duration of 0", (d) => edit(d, "duration", 0), "duration: must be a number > 0, got 0"],
    ["a missing duration", (d) => remove(d, "duration"), "duration: is required (a number > 0)"],
    ["a negative warmup", (d) => edit(d, "warmup", -1), "warmup: must be a number >= 0, got -1"],
    [
      "a warmup as long as the run",
      (d) => edit(d, "warmup", 60),
      "warmup: must be less than duration (60), got 60",
    ],
    [
      "a network latency that is not a Dist",
      (d) => edit(d, "network", 0.01),
      'network: must be a Dist, such as {"dist":"exp","mean":0.1}, got 0.01',
    ],
    [
      "missing components",
      (d) => remove(d, "components"),
      "components: is required (an array of components)",
    ],
    [
      "a lesson without a question",
      (d) => edit(d, "lesson", { goal: "g", try: [] }),
      'lesson.question: is required (a string or {"text": …})',
    ],
    [
      "a lesson whose tries are not text",
      (d) => edit(d, "lesson", { goal: "g", try: [1], question: "q" }),
      'lesson.try[0]: must be a string or {"text": …, "change": …}, got 1',
    ],
  ])("reports %s", (_what, change, expected) => {
    expect(errorsOf(change(minimal()))).toEqual([expected]);
  });

  it("shows a long bad value cut short", () => {
    expect(errorsOf(edit(minimal(), "seed", { text: "x".repeat(100) }))).toEqual([
      `seed: must be a string, got {"text":"${"x".repeat(30)}…`,
    ]);
  });

  it("reports every error at once", () => {
    const doc = minimal();
    remove(doc, "name");
    edit(doc, "duration", -5);
    edit(doc, "components.0.workload.rate", "fast");
    edit(doc, "components.1.workers", 0);
    edit(doc, "components.1.discipline", "random");
    expect(errorsOf(doc)).toEqual([
      'name: is required (a string or an object of texts by language ({"en": …}))',
      "duration: must be a number > 0, got -5",
      'components[0].workload.rate: must be a number >= 0, got "fast"',
      "components[1].workers: must be an integer >= 1, got 0",
      'components[1].discipline: must be one of fifo, lifo, codel, adaptive-lifo, got "random"',
    ]);
  });

  it("warns about an unknown top-level field and suggests the closest known one", () => {
    const doc = minimal();
    doc.sede = "42";
    doc.$schema = "https://example.com/archsim.json";
    expect(warningsOf(doc)).toEqual([
      'sede: unknown field (ignored); did you mean "seed"?',
      "$schema: unknown field (ignored)",
    ]);
  });

  it("warns when no component is a client", () => {
    const doc = minimal();
    doc.components = [{ id: "web", type: "server", service: { dist: "const", value: 1 } }];
    expect(warningsOf(doc)).toEqual(["components: has no client, so no request will ever be sent"]);
  });
});

describe("parseScenarioText", () => {
  it("parses JSON text", () => {
    expect(parseScenarioText(JSON.stringify(minimal())).ok).toBe(true);
  });

  it("accepts a leading byte-order mark", () => {
    expect(parseScenarioText(`\uFEFF${JSON.stringify(minimal())}`).ok).toBe(true);
  });

  it("turns a JSON syntax error into an issue of the document", () => {
    const result = parseScenarioText('{"version": 1,');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].path).toBe("");
    expect(formatIssue(result.errors[0])).toMatch(/^\(document\): is not valid JSON: /);
  });

  it("reports numbers too large for a double as not finite", () => {
    const text = JSON.stringify(minimal()).replace('"duration":60', '"duration":1e999');
    const result = parseScenarioText(text);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([
      "duration: must be a finite number > 0, got Infinity",
    ]);
  });

  it("treats a __proto__ key as an ordinary unknown field", () => {
    const text = JSON.stringify(minimal()).replace("{", '{"__proto__":{"duration":-1},');
    const result = parseScenarioText(text);
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual(["__proto__: unknown field (ignored)"]);
  });
});
