import { describe, expect, it } from "vitest";
import { Problems } from "../../src/import/problems";
import { httpStatus, peerField, spanIds } from "../../src/import/span-fields";

describe("a span's ids", () => {
  it("are read under the format's own key names", () => {
    const problems = new Problems();
    const ids = spanIds({ traceID: "t1", spanID: "s1" }, "p", 1, ["traceID", "spanID"], problems);
    expect(ids).toMatchObject({ traceId: "t1", spanId: "s1" });
    expect(problems.count).toBe(0);
  });

  it("when missing, are named by that key at the span's path", () => {
    const problems = new Problems();
    const ids = spanIds(
      { traceId: "t1", spanId: "" },
      "spans[3]",
      7,
      ["traceId", "spanId"],
      problems,
    );
    expect(ids).toBeUndefined();
    expect(problems.kept).toEqual([
      { line: 7, path: "spans[3].spanId", code: "missingField", detail: '""' },
    ]);
  });

  it("cannot be read from something that is not an object", () => {
    const problems = new Problems();
    expect(spanIds([1], "spans[0]", 2, ["traceId", "spanId"], problems)).toBeUndefined();
    expect(problems.kept).toEqual([{ line: 2, path: "spans[0]", code: "badId", detail: "[1]" }]);
  });
});

describe("a span's callee", () => {
  const attributes = new Map<string, unknown>([
    ["server.address", "db.internal"],
    ["db.system", "postgresql"],
  ]);

  it("is the most specific peer attribute of a client or producer span", () => {
    expect(peerField("client", attributes, "SELECT")).toEqual({ peer: "postgresql" });
    expect(peerField("producer", attributes, "publish")).toEqual({ peer: "postgresql" });
  });

  it("is the span's name when no peer attribute is there", () => {
    expect(peerField("client", new Map(), "GET /stock")).toEqual({ peer: "GET /stock" });
  });

  it("is left out on server spans and when nothing names it", () => {
    expect(peerField("server", attributes, "GET /orders")).toEqual({});
    expect(peerField("client", new Map(), undefined)).toEqual({});
  });
});

describe("a span's HTTP status", () => {
  it("is read under the current name before the older one, and is NaN when absent", () => {
    const both = new Map<string, unknown>([
      ["http.response.status_code", 503],
      ["http.status_code", 200],
    ]);
    expect(httpStatus(both)).toBe(503);
    expect(httpStatus(new Map([["http.status_code", "502"]]))).toBe(502);
    expect(httpStatus(new Map())).toBeNaN();
  });
});
