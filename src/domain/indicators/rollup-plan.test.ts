import { describe, expect, it } from "vitest";
import { INDICATORS } from "./catalogue.js";
import { P } from "./predicate.js";
import { rollupLayout, rollupPlan } from "./rollup-plan.js";

describe("rollup plan", () => {
  it("classifies measures by the day they depend on", () => {
    expect(rollupPlan({ count: P.and(P.filed, P.eq("type_code", "民初")) })).toEqual({
      terms: [{ anchor: "sum", via: "filed", measure: { count: P.and(P.filed, P.eq("type_code", "民初")) } }],
    });
    expect(rollupPlan({ sum: "duration_days", where: P.closed })).toMatchObject({
      terms: [{ anchor: "sum" }],
    });
    expect(rollupPlan({ count: P.and(P.pendingEnd, { overdueAtEnd: true }) })).toMatchObject({
      terms: [{ anchor: "end" }],
    });
    expect(rollupPlan({ count: P.pendingStart })).toMatchObject({ terms: [{ anchor: "start" }] });
    // 旧存 + 新收 = two disjoint parts.
    expect(rollupPlan({ count: P.or(P.pendingStart, P.filed) })).toEqual({
      terms: [
        { anchor: "start", measure: { count: P.pendingStart } },
        { anchor: "sum", via: "filed", measure: { count: P.filed } },
      ],
    });
    // Not answerable: a period part negated, filed and closed together, overdue without 未结.
    expect(rollupPlan({ count: P.and(P.closed, P.not(P.filed)) })).toHaveProperty("unanswerable");
    expect(rollupPlan({ count: P.and(P.filed, P.closed) })).toHaveProperty("unanswerable");
    expect(rollupPlan({ count: { overdueAtEnd: true } })).toHaveProperty("unanswerable");
    expect(rollupPlan({ count: P.eq("division", "民一庭") })).toHaveProperty("unanswerable");
    expect(rollupPlan({ count: P.or(P.filed, P.closed) })).toHaveProperty("unanswerable");
  });

  it("answers every indicator of the catalogue", () => {
    const layout = rollupLayout(INDICATORS);
    expect([...layout.unanswerable.keys()]).toEqual([]);
    // Median and P90 of 审理天数 share one histogram; the 速裁 median has its own.
    expect(layout.histograms.length).toBe(2);
  });
});
