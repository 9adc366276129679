import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, layered, remove } from "./documents";

const lb = "components.1";

describe("loadbalancer", () => {
  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "an unknown algorithm",
      (d) => edit(d, `${lb}.algorithm`, "fastest"),
      'components[1].algorithm: must be one of round-robin, weighted-round-robin, random, weighted-random, least-connections, least-response-time, power-of-two, hash, dns, got "fastest"',
    ],
    [
      "missing targets",
      (d) => remove(d, `${lb}.targets`),
      "components[1].targets: is required (an array of component ids)",
    ],
    [
      "no targets",
      (d) => edit(d, `${lb}.targets`, []),
      "components[1].targets: a load balancer needs at least one target",
    ],
    [
      "a target that is neither an id nor an object",
      (d) => edit(d, `${lb}.targets`, [3]),
      'components[1].targets[0]: must be a component id or {"id":…,"weight":…}, got 3',
    ],
    [
      "a target weight of 0",
      (d) => edit(d, `${lb}.targets`, [{ id: "web", weight: 0 }]),
      "components[1].targets[0].weight: must be a number > 0, got 0",
    ],
    [
      "a target object without id",
      (d) => edit(d, `${lb}.targets`, ["web", { weight: 2 }]),
      "components[1].targets[1].id: is required (a string)",
    ],
    [
      "a health check without interval",
      (d) => edit(d, `${lb}.healthCheck`, { unhealthyAfter: 2 }),
      "components[1].healthCheck.interval: is required (a number > 0)",
    ],
    [
      "a health check threshold of 0",
      (d) => edit(d, `${lb}.healthCheck`, { interval: 1, healthyAfter: 0 }),
      "components[1].healthCheck.healthyAfter: must be an integer >= 1, got 0",
    ],
    [
      "a rate limit of 0",
      (d) => edit(d, `${lb}.rateLimit`, { rate: 0 }),
      "components[1].rateLimit.rate: must be a number > 0, got 0",
    ],
    [
      "a burst below one request",
      (d) => edit(d, `${lb}.rateLimit`, { rate: 5, burst: 0.5 }),
      "components[1].rateLimit.burst: must be a number >= 1, got 0.5",
    ],
    [
      "a service time that is not a Dist",
      (d) => edit(d, `${lb}.service`, 0.001),
      'components[1].service: must be a Dist, such as {"dist":"exp","mean":0.1}, got 0.001',
    ],
  ])("reports %s", (_what, change, expected) => {
    expect(errorsOf(change(layered()))).toEqual([expected]);
  });

  it("gives DNS round robin a 60 s TTL by default, and reads one", () => {
    const doc = edit(layered(), `${lb}.algorithm`, "dns");
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.components[1]).toMatchObject({ algorithm: "dns", ttl: 60 });
    const short = parseScenario(edit(doc, `${lb}.ttl`, 5));
    expect(short.ok && short.scenario.components[1]).toMatchObject({ ttl: 5 });
    expect(errorsOf(edit(doc, `${lb}.ttl`, 0))).toEqual([
      "components[1].ttl: must be a number > 0, got 0",
    ]);
  });

  it("warns that a TTL means nothing to the other algorithms", () => {
    const result = parseScenario(edit(layered(), `${lb}.ttl`, 5));
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'components[1].ttl: applies only with algorithm "dns" (ignored)',
    ]);
    expect(result.ok && "ttl" in result.scenario.components[1]).toBe(false);
  });

  it("reads targets given as ids or as objects, with weight 1 by default", () => {
    const doc = edit(layered(), `${lb}.targets`, ["web", { id: "db" }, { id: "web", weight: 3 }]);
    edit(doc, `${lb}.algorithm`, "weighted-round-robin");
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.components[1]).toMatchObject({
      algorithm: "weighted-round-robin",
      targets: [
        { id: "web", weight: 1 },
        { id: "db", weight: 1 },
        { id: "web", weight: 3 },
      ],
    });
  });
});
