import { describe, expect, it } from "vitest";
import { insightsJson, insightsToText } from "../../src/cli/insights";
import { runScenario } from "../../src/sim/run";
import { exp, openClient, scenario, server } from "../sim/scenarios";

describe("the command line's insights and theory", () => {
  const saturated = scenario({
    duration: 300,
    warmup: 10,
    components: [openClient("users", "web", 8.5), server("web", exp(0.1), { queue: 20 })],
  });
  const summary = runScenario(saturated);

  it("lists the findings after the table, most severe first, and the theory beside the figures", () => {
    const text = insightsToText(saturated, summary);
    const lines = text.split("\n");
    expect(lines[1]).toBe("insights");
    expect(lines[2]).toMatch(/^ {2}! {2}web is the bottleneck: 8\d\.\d% busy/);
    expect(text).toContain("theory beside simulation");
    expect(text).toMatch(/^ {2}web +M\/M\/1\/K +utilisation +8\d(\.\d+)?% +8\d(\.\d+)?%$/m);
    expect(text).toMatch(/^ +rejected +\d+(\.\d+)?% +\d+(\.\d+)?%$/m);
  });

  it("says why no model applies", () => {
    const retried = {
      ...saturated,
      components: [
        openClient("users", "web", 5, {
          retry: { max: 1, backoff: 0.1, multiplier: 2, jitter: true },
        }),
        saturated.components[1],
      ],
    };
    expect(insightsToText(retried, runScenario(retried))).toContain(
      "  no model for web: retries add load that depends on failures and timeouts",
    );
  });

  it("writes an unstable station's infinite theoretical means as null in --json", () => {
    const overloaded = scenario({
      duration: 20,
      components: [openClient("users", "web", 12), server("web", exp(0.1))],
    });
    const json = JSON.parse(JSON.stringify(insightsJson(overloaded, runScenario(overloaded))));
    const web = json.theory.find((b: { component: string }) => b.component === "web");
    expect(web).toMatchObject({ model: "M/M/1", stable: false });
    expect(web.rows.find((r: { figure: string }) => r.figure === "meanWait").theory).toBeNull();
    expect(json.insights.map((f: { kind: string }) => f.kind)).toContain("overload");
  });

  it("gives --json the findings with their message and the theory entries", () => {
    const json = insightsJson(saturated, summary);
    expect(json.insights[0]).toMatchObject({ kind: "bottleneck", component: "web" });
    expect(json.insights[0].message).toMatch(/^web is the bottleneck/);
    expect(json.theory).toEqual([
      expect.objectContaining({ component: "users", applies: false, reason: "rejects" }),
      expect.objectContaining({ component: "web", model: "M/M/1/K" }),
    ]);
  });
});
