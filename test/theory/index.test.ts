import { describe, expect, it } from "vitest";
import * as theory from "../../src/theory";

describe("theory", () => {
  it("exports exactly its public functions", () => {
    expect(Object.keys(theory).sort()).toEqual([
      "MAX_TANDEM_STATES",
      "balancedH2",
      "batchMm1",
      "blockingTandem",
      "cheLru",
      "ekm1",
      "erlangB",
      "erlangC",
      "exponentialClass",
      "h2m1",
      "jacksonNetwork",
      "kingmanWait",
      "md1",
      "mg1",
      "mg1Ps",
      "mg1PsSojournForSize",
      "mg1WithScv",
      "mm1",
      "mm1SojournQuantile",
      "mm1k",
      "mmc",
      "mmpp2Gaps",
      "mva",
      "nonPreemptivePriority",
      "preemptiveResumePriority",
      "zipfPopularities",
    ]);
  });
});
