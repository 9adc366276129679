import { describe, expect, it } from "vitest";
import { comparisonRequest } from "../../../src/ui/compare/comparison-request";

const text = (rate: number, warmup = 5) =>
  JSON.stringify({
    version: 1,
    name: `rate ${rate}`,
    duration: 60,
    warmup,
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate }, target: "app" },
      { id: "app", type: "server", service: { dist: "exp", mean: 0.05 } },
    ],
  });

const two = [
  { name: "A", text: text(10) },
  { name: "B", text: text(12) },
];

describe("comparisonRequest", () => {
  it("takes every variant's document as written, on the common seed", () => {
    const request = comparisonRequest(two, "42", 10);
    if (!request.ok) throw new Error("refused");
    expect(request.options).toEqual({ replications: 10, seed: "42" });
    expect(request.variants.map((v) => [v.name, v.document])).toEqual([
      ["A", JSON.parse(two[0].text)],
      ["B", JSON.parse(two[1].text)],
    ]);
  });

  it("takes a variant saved with a byte-order mark, as the validator reads it", () => {
    const request = comparisonRequest(
      [two[0], { name: "B", text: `\uFEFF${two[1].text}` }],
      "42",
      10,
    );
    expect(request.ok && request.variants[1].document).toEqual(JSON.parse(two[1].text));
  });

  it("runs every variant for the seconds asked, as archsim compare --duration does", () => {
    const request = comparisonRequest(two, "42", 10, 20);
    if (!request.ok) throw new Error("refused");
    expect(request.variants.map((v) => (v.document as { duration: number }).duration)).toEqual([
      20, 20,
    ]);
  });

  it("names the variant that does not load, or whose warm-up outlasts the run asked", () => {
    const broken = comparisonRequest([two[0], { name: "B", text: "{" }], "42", 10);
    expect(broken).toMatchObject({ ok: false, refusal: { kind: "invalid", variant: "B" } });
    const short = comparisonRequest(two, "42", 10, 4);
    expect(short).toMatchObject({
      ok: false,
      refusal: { kind: "invalid", variant: "A", issue: { path: "warmup" } },
    });
  });

  it("refuses fewer than 2 replications, or more than 100, or a fraction", () => {
    for (const n of [1, 101, 2.5]) {
      expect(comparisonRequest(two, "42", n)).toEqual({
        ok: false,
        refusal: { kind: "replications" },
      });
    }
  });
});
