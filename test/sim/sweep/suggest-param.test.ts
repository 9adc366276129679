import { describe, expect, it } from "vitest";
import { parseParamPath } from "../../../src/sim/sweep/path";
import { suggestParam } from "../../../src/sim/sweep/suggest-param";

const DOCUMENT = {
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 50 }, target: "app" },
    {
      id: "mq",
      type: "queue",
      consumers: { count: 2, prefetch: 4, service: { dist: "exp", mean: 0.01 } },
    },
  ],
};

function suggest(param: string, sameLevel?: string): string | undefined {
  const parsed = parseParamPath(param);
  if (!parsed.ok) throw new Error(param);
  return suggestParam(DOCUMENT, param, parsed.segments, sameLevel);
}

describe("suggestParam", () => {
  it("finds the field of that name one level down the same component", () => {
    expect(suggest("components.users.rate")).toBe("components.users.workload.rate");
    expect(suggest("components[1].prefetch")).toBe("components[1].consumers.prefetch");
  });

  it("finds it two levels down, and forgives a typo in its name", () => {
    expect(suggest("components.mq.mean")).toBe("components.mq.consumers.service.mean");
    expect(suggest("components.users.rtae")).toBe("components.users.workload.rate");
  });

  it("takes the validator's suggestion for the same level first", () => {
    expect(suggest("components.mq.consumrs", "consumers")).toBe("components.mq.consumers");
  });

  it("suggests nothing for a name close to no number below", () => {
    expect(suggest("components.users.colour")).toBeUndefined();
    expect(suggest("components.nobody.rate")).toBeUndefined();
  });
});
