import { describe, expect, it } from "vitest";
import {
  DEFAULT_OBSERVATION_SHEET,
  hearingScore,
  proposeDemonstration,
  rankHearings,
  scoreTotal,
} from "./observation.js";

describe("hearingScore — trimmed mean", () => {
  it("four scorers: the plain mean", () => {
    // (80 + 90 + 70 + 100) / 4 = 85
    expect(hearingScore([80, 90, 70, 100])).toEqual({
      score: 85,
      scorers: 4,
      trimmed: false,
      lowestKept: 70,
    });
  });
  it("five scorers: drop one highest and one lowest", () => {
    // drop 60 and 99 → (80 + 85 + 90) / 3 = 85
    expect(hearingScore([80, 99, 60, 85, 90])).toEqual({
      score: 85,
      scorers: 5,
      trimmed: true,
      lowestKept: 80,
    });
  });
  it("drops only one of equal extremes", () => {
    // [90, 90, 80, 80, 85] → drop one 80 and one 90 → (80 + 85 + 90) / 3 = 85
    expect(hearingScore([90, 90, 80, 80, 85]).score).toBe(85);
  });
  it("rounds half up to two decimals", () => {
    // (90 + 90.5 + 91) / 3 = 90.5; (88 + 89 + 89) / 3 = 88.666… → 88.67
    expect(hearingScore([90, 90.5, 91]).score).toBe(90.5);
    expect(hearingScore([88, 89, 89]).score).toBe(88.67);
  });
  it("the threshold is a setting", () => {
    // trimming from 4 scorers: drop 70 and 100 → (80 + 95) / 2 = 87.5; from 5: (70+80+95+100)/4 = 86.25
    expect(hearingScore([70, 80, 95, 100], 4)).toEqual({
      score: 87.5,
      scorers: 4,
      trimmed: true,
      lowestKept: 80,
    });
    expect(hearingScore([70, 80, 95, 100], 5).score).toBe(86.25);
  });
  it("no scorers: no score", () => {
    expect(hearingScore([]).score).toBeNull();
  });
});

describe("scoreTotal", () => {
  it("sums the items and refuses out-of-range values naming the item", () => {
    expect(
      scoreTotal(DEFAULT_OBSERVATION_SHEET, {
        prep: 14,
        control: 28,
        procedure: 24,
        language: 13.5,
        documents: 14,
      }),
    ).toBe(93.5);
    expect(() =>
      scoreTotal(DEFAULT_OBSERVATION_SHEET, {
        prep: 16,
        control: 28,
        procedure: 24,
        language: 13,
        documents: 14,
      }),
    ).toThrow("“庭前准备”的得分应为 0 至 15 分（以 0.5 分为单位），现为 16");
    expect(() =>
      scoreTotal(DEFAULT_OBSERVATION_SHEET, { prep: 1, control: 1, procedure: 1, language: 1 }),
    ).toThrow("“文书及笔录”");
  });
});

describe("ranking and 示范庭", () => {
  const h = (
    id: number,
    score: number | null,
    scorers: number,
    lowestKept: number | null,
    heldOn: string,
  ) => ({
    id,
    caseNumber: `（2026）测${id}号`,
    heldOn,
    result: { score, scorers, trimmed: scorers >= 5, lowestKept },
  });
  it("breaks ties by scorers, lowest kept total, date, case number", () => {
    const list = [
      h(1, 90, 5, 85, "2026-10-10"),
      h(2, 90, 6, 80, "2026-10-11"),
      h(3, 92, 5, 88, "2026-10-12"),
      h(4, 90, 5, 86, "2026-10-13"),
      h(5, null, 0, null, "2026-10-01"),
      h(6, 90, 5, 85, "2026-10-09"),
    ];
    expect(rankHearings(list).map((x) => x.id)).toEqual([3, 2, 4, 6, 1, 5]);
    expect(proposeDemonstration(list, 2).map((x) => x.id)).toEqual([3, 2]);
    expect(proposeDemonstration(list, 10)).toHaveLength(5);
  });
});
