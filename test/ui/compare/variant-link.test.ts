import { describe, expect, it } from "vitest";
import { decodeShareLink, encodeShareLink } from "../../../src/scenario/share-link";
import { sharedVariants, variantsFromLink } from "../../../src/ui/compare/variant-link";
import { singleVariant, type Variants } from "../../../src/ui/compare/variants";

const doc = (name: string, seed = "1") => ({
  version: 1,
  name,
  seed,
  duration: 60,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 5 }, target: "app" },
    { id: "app", type: "server", service: { dist: "exp", mean: 0.1 } },
  ],
});
const text = (name: string, seed?: string) => JSON.stringify(doc(name, seed), null, 2);
const toText = (d: unknown) => JSON.stringify(d, null, 2);

const two: Variants = {
  list: [
    { name: "A", text: text("one") },
    { name: "fast", text: text("two") },
  ],
  current: 1,
};

describe("variants in a share link", () => {
  it("are left out with a single variant, so the link is as before", () => {
    expect(sharedVariants(singleVariant(text("one")), text("one"), doc("one"))).toBeUndefined();
  });

  it("carry every variant by name, the current one as the link's scenario with the run's seed", () => {
    const current = doc("two", "99");
    expect(sharedVariants(two, text("two"), current)).toEqual([
      { name: "A", scenario: doc("one") },
      { name: "fast", scenario: current },
    ]);
    const halfTyped: Variants = { ...two, list: [{ name: "A", text: "{ oops" }, two.list[1]] };
    expect(sharedVariants(halfTyped, text("two"), current)).toEqual([
      { name: "fast", scenario: current },
    ]);
  });

  it("go by the running text, not the selected tab, while a switch is under way", () => {
    // B is selected but A's text still runs: the link is A's, with A as its scenario.
    const switching: Variants = { ...two, current: 1 };
    expect(sharedVariants(switching, text("one"), doc("one", "7"))).toEqual([
      { name: "A", scenario: doc("one", "7") },
      { name: "fast", scenario: doc("two") },
    ]);
    expect(sharedVariants(two, text("three"), doc("three"))).toBeUndefined();
  });

  it("come back from a link as they were, the linked scenario current", () => {
    const current = doc("two", "99");
    const link = encodeShareLink({
      scenario: current,
      variants: sharedVariants(two, text("two"), current),
    });
    const decoded = decodeShareLink(link);
    if (!decoded.ok) throw new Error(decoded.reason);
    const opened = variantsFromLink(decoded.scenario, decoded.variants, toText, singleVariant("x"));
    expect(opened).toEqual({
      list: [
        { name: "A", text: toText(doc("one")) },
        { name: "fast", text: toText(current) },
      ],
      current: 1,
    });
  });

  it("keep ours, renamed or grown since, when the link's variants are all ours (a reload)", () => {
    const linked = [
      { name: "A", scenario: doc("one") },
      { name: "B", scenario: doc("two") },
    ];
    const ours: Variants = {
      list: [...two.list, { name: "C", text: text("two") }],
      current: 2,
    };
    expect(variantsFromLink(doc("two"), linked, toText, ours)).toEqual({ ...ours, current: 1 });
  });

  it("select one of ours for a link of its scenario alone (back through the history)", () => {
    expect(variantsFromLink(doc("one"), undefined, toText, two)).toEqual({ ...two, current: 0 });
    expect(variantsFromLink(doc("three"), undefined, toText, two)).toBeNull();
  });

  it("are ignored when they do not hold together", () => {
    const twins = [
      { name: "A", scenario: doc("one") },
      { name: "A", scenario: doc("two") },
    ];
    expect(variantsFromLink(doc("one"), twins, toText, singleVariant("x"))).toBeNull();
    const elsewhere = [
      { name: "A", scenario: doc("one") },
      { name: "B", scenario: doc("two") },
    ];
    expect(variantsFromLink(doc("three"), elsewhere, toText, singleVariant("x"))).toBeNull();
  });
});
