import { describe, expect, it } from "vitest";
import * as theory from "../../src/theory";

describe("theory", () => {
  it("exports exactly its public functions", () => {
    expect(Object.keys(theory).sort()).toEqual([
      "cheLru",
      "ekm1",
      "erlangB",
      "erlangC",
      "jacksonNetwork",
      "md1",
      "mg1",
      "mg1Ps",
      "mg1PsSojournForSize",
      "mg1WithScv",
      "mm1",
      "mm1SojournQuantile",
      "mm1k",
      "mmc",
      "mva",
      "zipfPopularities",
    ]);
  });
});
