import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DrawCandidate, drawSample, largestRemainder } from "./draw.js";

function pop(spec: Record<string, number>): DrawCandidate[] {
  const out: DrawCandidate[] = [];
  let id = 1;
  for (const [division, n] of Object.entries(spec)) {
    for (let i = 0; i < n; i++) {
      out.push({
        caseId: id,
        caseNumber: `（2026）测${String(id).padStart(4, "0")}号`,
        division,
        judge: `${division}法官${i % 3}`,
      });
      id++;
    }
  }
  return out;
}

describe("largestRemainder", () => {
  it("gives whole shares when they are exact", () => {
    // 50/30/20 of 10 seats: 5, 3, 2 exactly.
    expect(
      largestRemainder(
        [
          { name: "甲", count: 50 },
          { name: "乙", count: 30 },
          { name: "丙", count: 20 },
        ],
        10,
      ),
    ).toEqual([5, 3, 2]);
  });

  it("gives the seats left to the largest remainders", () => {
    // 5/7/8 of 3 seats: exact 0.75, 1.05, 1.2 → whole 0,1,1, one left; remainders .75 > .2 > .05 → first.
    expect(
      largestRemainder(
        [
          { name: "A", count: 5 },
          { name: "B", count: 7 },
          { name: "C", count: 8 },
        ],
        3,
      ),
    ).toEqual([1, 1, 1]);
  });

  it("breaks equal remainders by the larger group", () => {
    // 3/1/6 of 5 seats: exact 1.5, 0.5, 3.0 → whole 1,0,3, one left; remainders .5 = .5 → the group of 3.
    expect(
      largestRemainder(
        [
          { name: "A", count: 3 },
          { name: "B", count: 1 },
          { name: "C", count: 6 },
        ],
        5,
      ),
    ).toEqual([2, 0, 3]);
    // Order of the input does not matter: the group of 3 still wins.
    expect(
      largestRemainder(
        [
          { name: "B", count: 1 },
          { name: "A", count: 3 },
          { name: "C", count: 6 },
        ],
        5,
      ),
    ).toEqual([0, 2, 3]);
  });

  it("breaks equal remainders and sizes by the name (Unicode order)", () => {
    // 7/7/6 of 10: exact 3.5, 3.5, 3 → 3,3,3, one left; 民一庭 (U+4E00) before 民二庭 (U+4E8C).
    expect(
      largestRemainder(
        [
          { name: "民二庭", count: 7 },
          { name: "民一庭", count: 7 },
          { name: "刑庭", count: 6 },
        ],
        10,
      ),
    ).toEqual([3, 4, 3]);
  });

  it("caps at the population and handles empty groups", () => {
    expect(
      largestRemainder(
        [
          { name: "A", count: 2 },
          { name: "B", count: 1 },
        ],
        10,
      ),
    ).toEqual([2, 1]);
    expect(largestRemainder([{ name: "A", count: 0 }], 3)).toEqual([0]);
    expect(largestRemainder([], 3)).toEqual([]);
    expect(() => largestRemainder([{ name: "A", count: 1 }], -1)).toThrow(RangeError);
  });
});

describe("drawSample", () => {
  const population = pop({ 民一庭: 40, 民二庭: 25, 刑事审判庭: 15, 行政庭: 3 });

  it("same seed, same draw; another seed, another draw", () => {
    const a = drawSample({ population, allocation: { mode: "proportional", size: 10 }, seed: 42 });
    const b = drawSample({ population, allocation: { mode: "proportional", size: 10 }, seed: 42 });
    const c = drawSample({ population, allocation: { mode: "proportional", size: 10 }, seed: 43 });
    expect(b.cases.map((x) => x.caseId)).toEqual(a.cases.map((x) => x.caseId));
    expect(c.cases.map((x) => x.caseId)).not.toEqual(a.cases.map((x) => x.caseId));
  });

  it("does not depend on the order the population arrives in", () => {
    const reversed = [...population].reverse();
    const a = drawSample({ population, allocation: { mode: "simple", size: 12 }, seed: 7 });
    const b = drawSample({ population: reversed, allocation: { mode: "simple", size: 12 }, seed: 7 });
    expect(b.cases).toEqual(a.cases);
  });

  it("stratifies by division in proportion (largest remainder)", () => {
    // 40/25/15/3 of 83, 10 seats: exact 4.819, 3.012, 1.807, 0.361 → whole 4,3,1,0 (8), two left;
    // remainders .819 (民一庭), .807 (刑事审判庭), .361, .012 → 民一庭 5, 刑事审判庭 2.
    const r = drawSample({ population, allocation: { mode: "proportional", size: 10 }, seed: 1 });
    const count = (d: string) => r.cases.filter((c) => c.division === d).length;
    expect([count("民一庭"), count("民二庭"), count("刑事审判庭"), count("行政庭")]).toEqual([5, 3, 2, 0]);
    expect(r.strata.find((s) => s.division === "民一庭")).toEqual({
      division: "民一庭",
      eligible: 40,
      quota: 5,
    });
  });

  it("per division: N each, or all of a smaller division", () => {
    const r = drawSample({ population, allocation: { mode: "per-division", perDivision: 4 }, seed: 1 });
    expect(r.strata.map((s) => [s.division, s.quota])).toEqual([
      ["刑事审判庭", 4],
      ["民一庭", 4],
      ["民二庭", 4],
      ["行政庭", 3],
    ]);
    expect(r.cases).toHaveLength(15);
  });

  it("skips recently reviewed cases and drops duplicate rows", () => {
    const small = pop({ 民一庭: 5 });
    const withDupes = [...small, ...small];
    const r = drawSample({
      population: withDupes,
      allocation: { mode: "simple", size: 10 },
      seed: 3,
      exclude: new Set([1, 2]),
    });
    expect(r.cases.map((c) => c.caseId).sort()).toEqual([3, 4, 5]);
    expect(r.skipped).toBe(2);
    expect(r.eligible).toBe(3);
  });

  it("draws nothing from an empty population and refuses a size below 1", () => {
    expect(
      drawSample({ population: [], allocation: { mode: "proportional", size: 5 }, seed: 1 }).cases,
    ).toEqual([]);
    expect(() => drawSample({ population, allocation: { mode: "simple", size: 0 }, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => drawSample({ population, allocation: { mode: "simple", size: 1 }, seed: -1 })).toThrow(
      RangeError,
    );
  });

  it("orders the draw by division then case number", () => {
    const r = drawSample({ population, allocation: { mode: "proportional", size: 10 }, seed: 9 });
    const keys = r.cases.map((c) => `${c.division}|${c.caseNumber}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe("drawSample — properties", () => {
  const divisionSpec = fc.dictionary(
    fc.constantFrom("民一庭", "民二庭", "刑庭", "行政庭", "执行局", "立案庭"),
    fc.integer({ min: 0, max: 30 }),
    {
      minKeys: 1,
    },
  );

  it("no duplicates, within the population, never an excluded case, right total", () => {
    fc.assert(
      fc.property(
        divisionSpec,
        fc.integer({ min: 1, max: 60 }),
        fc.nat(0xffffffff),
        fc.boolean(),
        (spec, size, seed, by) => {
          const population = pop(spec);
          const exclude = new Set(population.filter((c) => c.caseId % 4 === 0).map((c) => c.caseId));
          const r = drawSample({
            population,
            allocation: { mode: by ? "proportional" : "simple", size },
            seed,
            exclude,
          });
          const ids = r.cases.map((c) => c.caseId);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(exclude.has(id)).toBe(false);
          for (const id of ids) expect(id).toBeLessThanOrEqual(population.length);
          expect(ids.length).toBe(Math.min(size, population.length - exclude.size));
        },
      ),
    );
  });

  it("each division's quota is the floor or the ceiling of its exact share", () => {
    fc.assert(
      fc.property(divisionSpec, fc.integer({ min: 1, max: 60 }), fc.nat(0xffffffff), (spec, size, seed) => {
        const population = pop(spec);
        const r = drawSample({ population, allocation: { mode: "proportional", size }, seed });
        const total = population.length;
        const seats = Math.min(size, total);
        for (const s of r.strata) {
          const exact = (seats * s.eligible) / total;
          expect(s.quota).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(s.quota).toBeLessThanOrEqual(Math.ceil(exact));
          expect(r.cases.filter((c) => c.division === s.division)).toHaveLength(s.quota);
        }
      }),
    );
  });

  it("the same seed gives the same draw for any order of the population", () => {
    fc.assert(
      fc.property(divisionSpec, fc.integer({ min: 1, max: 40 }), fc.nat(0xffffffff), (spec, size, seed) => {
        const population = pop(spec);
        const shuffled = [...population].sort((a, b) => ((a.caseId * 7919) % 97) - ((b.caseId * 7919) % 97));
        const a = drawSample({ population, allocation: { mode: "proportional", size }, seed });
        const b = drawSample({ population: shuffled, allocation: { mode: "proportional", size }, seed });
        expect(b.cases).toEqual(a.cases);
      }),
    );
  });
});
