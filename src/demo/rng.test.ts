import { describe, expect, it } from "vitest";
import { createRng, tableShares, weightedTable } from "./rng.js";

describe("Rng (xoshiro128**)", () => {
  it("is deterministic per seed and stream", () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 100 }, () => a.nextUint32());
    expect(Array.from({ length: 100 }, () => b.nextUint32())).toEqual(xs);
    const c = createRng(43);
    expect(Array.from({ length: 100 }, () => c.nextUint32())).not.toEqual(xs);
    const d = createRng(42, 1);
    expect(Array.from({ length: 100 }, () => d.nextUint32())).not.toEqual(xs);
  });

  it("gives the same first values on every platform (golden)", () => {
    const r = createRng(1);
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([1113568809, 2895067010, 2856910815]);
  });

  it("distinguishes the high bits of large seeds", () => {
    const a = createRng(2 ** 40 + 5).nextUint32();
    const b = createRng(5).nextUint32();
    expect(a).not.toBe(b);
    expect(() => createRng(1.5)).toThrow(RangeError);
  });

  it("draws uniform values in range", () => {
    const r = createRng(7);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const v = r.between(3, 7);
      expect(v >= 3 && v <= 7 && Number.isInteger(v)).toBe(true);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it("picks by weight", () => {
    const t = weightedTable([
      ["a", 1],
      ["b", 3],
      ["c", 0],
      ["d", 6],
    ]);
    expect(tableShares(t).get("b")).toBeCloseTo(0.3, 10);
    const r = createRng(9);
    const n: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) {
      const k = r.weighted(t);
      n[k] = (n[k] ?? 0) + 1;
    }
    expect(n.c).toBeUndefined();
    expect((n.a ?? 0) / 100_000).toBeCloseTo(0.1, 2);
    expect((n.d ?? 0) / 100_000).toBeCloseTo(0.6, 2);
    expect(() => weightedTable([])).toThrow();
    expect(() => weightedTable([["x", -1]])).toThrow();
  });

  it("draws normal, lognormal and geometric values with the right centre", () => {
    const r = createRng(11);
    const n = 50_000;
    let s = 0;
    let s2 = 0;
    const logs: number[] = [];
    let g = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      s += z;
      s2 += z * z;
      logs.push(r.lognormal(40, 0.6));
      g += r.geometric(8);
    }
    expect(s / n).toBeCloseTo(0, 1);
    expect(s2 / n).toBeCloseTo(1, 1);
    logs.sort((a, b) => a - b);
    expect(logs[n / 2]).toBeGreaterThan(38);
    expect(logs[n / 2]).toBeLessThan(42);
    expect(g / n).toBeGreaterThan(7.7);
    expect(g / n).toBeLessThan(8.3);
    expect(r.geometric(0)).toBe(0);
  });
});
