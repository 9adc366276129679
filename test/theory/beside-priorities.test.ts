/**
 * Theory beside simulation declines, with its reason, the stations whose queue is not first come
 * first served (class priorities) or whose callers are held when full (backpressure).
 */
import { describe, expect, it } from "vitest";
import { theoryBeside } from "../../src/theory/beside";
import { exp, openClient, scenario, server } from "../sim/scenarios";

const reasonOf = (s: ReturnType<typeof scenario>, id: string) => {
  const b = theoryBeside(s, null).find((x) => x.component === id);
  return b === undefined || b.applies ? undefined : b.reason;
};

describe("theory beside simulation", () => {
  it("gives no M/M/1 for a server whose classes have priorities", () => {
    const s = scenario({
      components: [
        openClient("users", "web", 5, {
          mix: [
            { class: "gold", weight: 1, priority: 1 },
            { class: "plain", weight: 1 },
          ],
        }),
        server("web", exp(0.1)),
      ],
    });
    expect(reasonOf(s, "web")).toBe("priorities");
  });

  it("gives no model for a blocking station nor for the server that calls it", () => {
    const s = scenario({
      components: [
        openClient("users", "first", 5),
        server("first", exp(0.05), {
          blocking: false,
          calls: [{ target: "second", mode: "sync" }],
        }),
        server("second", exp(0.1), { queue: 2, whenFull: "block" }),
      ],
    });
    expect(reasonOf(s, "first")).toBe("backpressure");
    expect(reasonOf(s, "second")).toBe("backpressure");
  });
});
