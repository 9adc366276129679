import { describe, expect, it } from "vitest";
import { History } from "../../src/ui/history";

function rows(from: number, to: number): Float64Array {
  // Row t: time t, value 10·t.
  const out = new Float64Array((to - from + 1) * 2);
  for (let t = from; t <= to; t++) out.set([t, 10 * t], (t - from) * 2);
  return out;
}

describe("History", () => {
  it("keeps rows as columns while there is room", () => {
    const h = new History(2, 8);
    h.append(rows(1, 5));
    expect([...h.column(0)]).toEqual([1, 2, 3, 4, 5]);
    expect([...h.column(1)]).toEqual([10, 20, 30, 40, 50]);
  });

  it("halves its resolution instead of growing when full, keeping the whole run", () => {
    const h = new History(2, 4);
    h.append(rows(1, 8));
    // Full at 4 rows: 1..4 merged into pairs (2, 4), then 5..8 arrive two at a time.
    expect([...h.column(0)]).toEqual([2, 4, 6, 8]);
    expect([...h.column(1)]).toEqual([15, 35, 55, 75]);
    h.append(rows(9, 1000));
    expect(h.length).toBeLessThanOrEqual(4);
    expect(h.column(0)[h.length - 1]).toBeLessThanOrEqual(1000);
    expect(h.column(0)[0]).toBeGreaterThan(0);
  });
});
