import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../src/ui/i18n/translate";
import { EtaEstimate, timeLeftText } from "../../src/ui/run-progress";

afterEach(() => setLocale("en"));

describe("a long run's time left", () => {
  it("is measured from the pace of the last few seconds, once a second of it is known", () => {
    const eta = new EtaEstimate();
    eta.add(0, 0);
    expect(eta.secondsLeft(1000)).toBeUndefined();
    eta.add(500, 1);
    expect(eta.secondsLeft(1000)).toBeUndefined();
    eta.add(2000, 4);
    // 2 simulated seconds a wall second: 996 s left take 498 s.
    expect(eta.secondsLeft(1000)).toBe(498);
  });

  it("follows a change of pace instead of averaging over the whole run", () => {
    const eta = new EtaEstimate();
    for (let s = 0; s <= 20; s++) eta.add(s * 1000, s * 10);
    for (let s = 21; s <= 30; s++) eta.add(s * 1000, 200 + (s - 20));
    expect(eta.secondsLeft(1210)).toBe(1000);
  });

  it("starts over on a new run, and calls a clock that does not move endless", () => {
    const eta = new EtaEstimate();
    eta.add(0, 50);
    eta.add(2000, 60);
    eta.add(2100, 0);
    eta.add(4100, 0);
    expect(eta.secondsLeft(100)).toBe(Number.POSITIVE_INFINITY);
  });

  it("is said in words, in English and in Chinese", () => {
    expect(timeLeftText(45)).toBe("about 45 s");
    expect(timeLeftText(600)).toBe("about 10 min");
    expect(timeLeftText(7200)).toBe("about 2 h");
    expect(timeLeftText(86_400 * 9)).toBe("about 9 days");
    expect(timeLeftText(Number.POSITIVE_INFINITY)).toBe("more than a year");
    setLocale("zh-CN");
    expect(timeLeftText(600)).toBe("约 10 分钟");
  });
});
