import { afterEach, describe, expect, it } from "vitest";
import { type ActionResult, applyAction } from "../../src/sim/actions";
import { buildModel } from "../../src/sim/build";
import { setLocale } from "../../src/ui/i18n/translate";
import { actionLabel, localMarkers, refusalText } from "../../src/ui/live-action-text";
import { exp, openClient, scenario, server } from "../sim/scenarios";

const model = () =>
  buildModel(
    scenario({ components: [openClient("users", "web", 10), server("web", exp(0.01))] }),
    "1",
  );

function refused(result: ActionResult) {
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

afterEach(() => setLocale("en"));

describe("live what-ifs in the page's language", () => {
  it("says why the engine refused one, in English as the engine does and in Chinese", () => {
    const result = refused(applyAction(model(), { kind: "rate", target: "web", rate: 1 }));
    expect(refusalText(result)).toBe(result.reason);
    setLocale("zh-CN");
    expect(refusalText(result)).toBe("web 不是客户端");
  });

  it("words the markers of what-ifs, and leaves other markers as they are", () => {
    const crash = { kind: "crash" as const, target: "app", duration: 10 };
    expect(actionLabel(crash)).toBe("app down 10 s");
    setLocale("zh-CN");
    const markers = localMarkers([
      { time: 5, label: "app down 10 s", action: crash },
      { time: 9, label: "把 cache.coalesce 改为 true" },
    ]);
    expect(markers.map((m) => m.label)).toEqual(["app 宕机 10 秒", "把 cache.coalesce 改为 true"]);
  });
});
