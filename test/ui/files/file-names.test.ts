import { describe, expect, it } from "vitest";
import { fileStem } from "../../../src/ui/files/file-names";

describe("fileStem", () => {
  it("makes a scenario's name a safe file name", () => {
    expect(fileStem("Retry storm after a crash")).toBe("retry-storm-after-a-crash");
    expect(fileStem("Café: p99 (v2)!")).toBe("cafe-p99-v2");
    expect(fileStem("<img src=x onerror=alert(1)>")).toBe("img-src-x-onerror-alert-1");
    expect(fileStem("../../etc/passwd")).toBe("etc-passwd");
  });

  it("falls back when nothing usable is left, and stays short", () => {
    expect(fileStem("缓存雪崩")).toBe("scenario");
    expect(fileStem("", "chart")).toBe("chart");
    expect(fileStem("a".repeat(100))).toHaveLength(60);
  });
});
