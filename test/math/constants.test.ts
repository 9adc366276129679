import { expect, it } from "vitest";
import { LN2_HI, LN2_LO } from "../../src/math/constants";
import { lnReference, nearestDouble } from "./reference";

it("splits ln 2 into 32 significant bits and the nearest double to the rest", () => {
  const ln2 = lnReference(2);
  const hiBits = ln2.n >> BigInt(ln2.p - 32);
  expect(LN2_HI).toBe(Number(hiBits) / 2 ** 32);
  expect(LN2_LO).toBe(nearestDouble({ n: ln2.n - (hiBits << BigInt(ln2.p - 32)), p: ln2.p }));
});
