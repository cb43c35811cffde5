import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantileFromHistogram } from "./quantile.js";

function histogram(values: number[]): Map<number, number> {
  const h = new Map<number, number>();
  for (const v of values) h.set(v, (h.get(v) ?? 0) + 1);
  return h;
}

describe("quantileFromHistogram", () => {
  it("agrees with sorting the values (median: middle or mean of the two middles; P90: nearest rank)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 300 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        const median =
          n % 2
            ? (sorted[(n - 1) / 2] as number)
            : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
        expect(quantileFromHistogram("median", histogram(values))).toBe(median);
        expect(quantileFromHistogram("p90", histogram(values))).toBe(sorted[Math.ceil(0.9 * n) - 1]);
      }),
    );
  });

  it("is empty for no values", () => {
    expect(quantileFromHistogram("median", new Map())).toBeNull();
  });
});
