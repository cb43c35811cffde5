import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRegister, inPeriod, type RegisterSourceRow } from "./register.js";

function first(id: number, over: Partial<RegisterSourceRow> = {}): RegisterSourceRow {
  return {
    id,
    caseNumber: `（2025）内0602民初${id}号`,
    instance: "first",
    division: "民一庭",
    judge: "王法官",
    cause: "民间借贷纠纷",
    closedOn: "2025-03-01",
    closureMode: "判决",
    appealOutcome: null,
    appealClosedOn: null,
    originCaseNumber: null,
    ...over,
  };
}

function appeal(id: number, origin: string, mode: string, closedOn: string | null): RegisterSourceRow {
  return {
    id,
    caseNumber: `（2025）内06民终${id}号`,
    instance: "second",
    division: "民一庭（中院）",
    judge: "中院法官",
    cause: "民间借贷纠纷",
    closedOn,
    closureMode: mode,
    appealOutcome: null,
    appealClosedOn: null,
    originCaseNumber: origin,
  };
}

describe("buildRegister", () => {
  it("takes a first-instance case's own 二审结果 改判 / 发回重审, not 维持", () => {
    const r = buildRegister([
      first(1, { appealOutcome: "改判", appealClosedOn: "2025-06-01" }),
      first(2, { appealOutcome: "发回重审", appealClosedOn: "2025-07-01" }),
      first(3, { appealOutcome: "维持", appealClosedOn: "2025-07-01" }),
      first(4),
    ]);
    expect(r.entries.map((e) => [e.caseId, e.outcome, e.decidedOn, e.source])).toEqual([
      [2, "发回重审", "2025-07-01", "first-instance"],
      [1, "改判", "2025-06-01", "first-instance"],
    ]);
  });

  it("takes an appellate case whose 原审案号 points to the case, with the appellate closing day", () => {
    const c = first(1);
    const r = buildRegister([c, appeal(900, c.caseNumber, "改判", "2025-08-08")]);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({
      caseId: 1,
      judge: "王法官",
      division: "民一庭",
      outcome: "改判",
      decidedOn: "2025-08-08",
      source: "appellate",
      appellateCaseNumber: "（2025）内06民终900号",
    });
    expect(r.entries[0]?.disagreement).toContain("未记录二审结果");
  });

  it("makes one entry of both sources, preferring the appellate date and noting the difference", () => {
    const c = first(1, { appealOutcome: "改判", appealClosedOn: "2025-08-01" });
    const r = buildRegister([c, appeal(900, c.caseNumber, "改判", "2025-08-08")]);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({ source: "both", decidedOn: "2025-08-08", outcome: "改判" });
    expect(r.entries[0]?.disagreement).toContain("2025-08-01");
    // The same day and outcome: nothing to note.
    const same = buildRegister([
      { ...c, appealClosedOn: "2025-08-08" },
      appeal(900, c.caseNumber, "改判", "2025-08-08"),
    ]);
    expect(same.entries[0]?.disagreement).toBeNull();
  });

  it("prefers the appellate outcome when the two differ", () => {
    const c = first(1, { appealOutcome: "改判", appealClosedOn: "2025-08-08" });
    const r = buildRegister([c, appeal(900, c.caseNumber, "发回重审", "2025-08-08")]);
    expect(r.entries[0]).toMatchObject({ outcome: "发回重审", source: "both" });
    expect(r.entries[0]?.disagreement).toContain("以二审案件为准");
  });

  it("keeps the first-instance record when the appellate case says 维持, and asks to check", () => {
    const c = first(1, { appealOutcome: "改判", appealClosedOn: "2025-08-08" });
    const r = buildRegister([c, appeal(900, c.caseNumber, "维持", "2025-08-08")]);
    expect(r.entries[0]).toMatchObject({ outcome: "改判", source: "first-instance" });
    expect(r.entries[0]?.disagreement).toContain("请核对");
  });

  it("counts apart an appellate case whose 原审案号 is not in the data", () => {
    const r = buildRegister([appeal(900, "（2024）内0602民初77号", "改判", "2025-01-02")]);
    expect(r.entries).toEqual([]);
    expect(r.unmatched).toEqual([
      {
        caseNumber: "（2025）内06民终900号",
        originCaseNumber: "（2024）内0602民初77号",
        outcome: "改判",
        decidedOn: "2025-01-02",
      },
    ]);
  });

  it("filters by the day of the result, both ends included, undated entries out", () => {
    const r = buildRegister([
      first(1, { appealOutcome: "改判", appealClosedOn: "2025-01-01" }),
      first(2, { appealOutcome: "改判", appealClosedOn: "2025-01-31" }),
      first(3, { appealOutcome: "改判", appealClosedOn: "2025-02-01" }),
      first(4, { appealOutcome: "改判", appealClosedOn: null }),
    ]);
    expect(inPeriod(r.entries, "2025-01-01", "2025-01-31").map((e) => e.caseId)).toEqual([2, 1]);
  });
});

/**
 * A random court: first-instance cases with random 二审结果, and appellate cases pointing at some of
 * them (or at numbers not in the data) with random 结案方式. The register must be exactly the
 * first-instance cases for which some source says 改判 or 发回重审, once each, with the outcome the
 * appellate case gives when one reverses, else the case's own.
 */
describe("the register equals the appellate outcomes in the data (property)", () => {
  const mode = fc.constantFrom("维持", "改判", "发回重审", "准予撤回上诉", "调解", null);
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-05-${String(d).padStart(2, "0")}`);
  const court = fc
    .record({
      firsts: fc.array(
        fc.record({
          own: mode,
          ownDay: fc.option(day),
          division: fc.constantFrom("民一庭", "刑庭"),
          judge: fc.constantFrom("甲", "乙", "丙"),
        }),
        { maxLength: 30 },
      ),
      appeals: fc.array(fc.record({ target: fc.nat(40), mode, day: fc.option(day) }), { maxLength: 30 }),
    })
    .map(({ firsts, appeals }) => {
      const rows: RegisterSourceRow[] = firsts.map((f, i) =>
        first(i + 1, {
          appealOutcome: f.own,
          appealClosedOn: f.ownDay,
          division: f.division,
          judge: f.judge,
        }),
      );
      appeals.forEach((a, j) => {
        rows.push(appeal(1000 + j, `（2025）内0602民初${a.target + 1}号`, a.mode ?? "", a.day));
      });
      return rows;
    });

  it("holds on random courts", () => {
    fc.assert(
      fc.property(court, (rows) => {
        const { entries, unmatched } = buildRegister(rows);
        const firsts = rows.filter((r) => r.instance === "first");
        const expected = new Map<number, string>();
        for (const c of firsts) {
          const reversing = rows.filter(
            (a) =>
              a.instance === "second" &&
              a.originCaseNumber === c.caseNumber &&
              (a.closureMode === "改判" || a.closureMode === "发回重审"),
          );
          if (reversing.length > 0) {
            const latest = [...reversing].sort((x, y) =>
              (x.closedOn ?? "") === (y.closedOn ?? "")
                ? x.caseNumber < y.caseNumber
                  ? 1
                  : -1
                : (x.closedOn ?? "") < (y.closedOn ?? "")
                  ? 1
                  : -1,
            )[0];
            expected.set(c.id, latest?.closureMode ?? "");
          } else if (c.appealOutcome === "改判" || c.appealOutcome === "发回重审")
            expected.set(c.id, c.appealOutcome);
        }
        // Each first-instance case once, with the expected outcome, judge and division.
        expect(entries.length).toBe(new Set(entries.map((e) => e.caseId)).size);
        expect(new Map(entries.map((e) => [e.caseId, e.outcome]))).toEqual(expected);
        for (const e of entries) {
          const c = firsts.find((f) => f.id === e.caseId);
          expect(e.judge).toBe(c?.judge);
          expect(e.division).toBe(c?.division);
        }
        // Unmatched: reversing appellate cases pointing at numbers that are no first-instance case.
        const numbers = new Set(firsts.map((c) => c.caseNumber));
        const expectedUnmatched = rows.filter(
          (a) =>
            a.instance === "second" &&
            a.originCaseNumber !== null &&
            !numbers.has(a.originCaseNumber) &&
            (a.closureMode === "改判" || a.closureMode === "发回重审"),
        ).length;
        expect(unmatched.length).toBe(expectedUnmatched);
      }),
      { numRuns: 300 },
    );
  });
});
