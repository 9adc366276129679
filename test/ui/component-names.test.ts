import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import { clip, componentNames, MAX_NAME } from "../../src/ui/component-names";

function scenario(components: object[]): Scenario {
  const parsed = parseScenario({ version: 1, name: "names", duration: 10, components });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

const server = (id: string, label?: unknown) => ({
  id,
  type: "server",
  service: { dist: "exp", mean: 0.01 },
  ...(label === undefined ? {} : { label }),
});

describe("component names", () => {
  const s = scenario([
    server("recs", { en: "Recommender", "zh-CN": "推荐服务" }),
    server("origin-a", "Origin"),
    server("origin-b", "Origin"),
    server("db"),
  ]);

  it("are the label in the page's language, as the topology's cards read", () => {
    expect(componentNames(s, "en").name("recs")).toBe("Recommender");
    expect(componentNames(s, "zh-CN").name("recs")).toBe("推荐服务");
  });

  it("are the id of a component without a label, or of one the scenario lacks", () => {
    const names = componentNames(s, "en");
    expect(names.name("db")).toBe("db");
    expect(names.name("gone")).toBe("gone");
    expect(componentNames(null, "en").name("api")).toBe("api");
  });

  it("tell apart components whose labels read the same by their ids", () => {
    const names = componentNames(s, "en");
    expect(names.name("origin-a")).toBe("Origin (origin-a)");
    expect(names.name("origin-b")).toBe("Origin (origin-b)");
  });

  it("give the id in the tooltip, once, and only the id where it is the name", () => {
    const names = componentNames(s, "en");
    expect(names.title("recs")).toBe("Recommender (recs)");
    expect(names.title("origin-a")).toBe("Origin (origin-a)");
    expect(names.title("db")).toBe("db");
  });

  it("fall back to the id for a label that reads as nothing", () => {
    expect(componentNames(scenario([server("app", " ")]), "en").name("app")).toBe("app");
  });

  it("keep markup in a label as the characters it is", () => {
    const markup = '<img src=x onerror="alert(1)">';
    expect(componentNames(scenario([server("app", markup)]), "en").name("app")).toBe(markup);
  });

  it("cut a long label, keeping it whole in the tooltip", () => {
    const long = `App ${"y".repeat(500)}`;
    const names = componentNames(scenario([server("app", long)]), "en");
    expect(Array.from(names.name("app"))).toHaveLength(MAX_NAME);
    expect(names.name("app").endsWith("…")).toBe(true);
    expect(names.title("app")).toBe(`${long} (app)`);
  });
});

describe("clip", () => {
  it("leaves text of up to the limit as it is, and cuts longer text with an ellipsis", () => {
    expect(clip("abcd", 4)).toBe("abcd");
    expect(clip("abcde", 4)).toBe("abc…");
  });

  it("counts characters, not UTF-16 units", () => {
    expect(clip("数据库😀😀", 5)).toBe("数据库😀😀");
    expect(clip("数据库😀😀x", 5)).toBe("数据库😀…");
  });
});
