import { describe, expect, it } from "vitest";
import { rankCandidates } from "./suggest.js";

describe("rankCandidates", () => {
  it("suggests the least weighted pending load", () => {
    const r = rankCandidates([
      { judge: "甲", weightedPending: 12.4, weightedRecent: 3, pending: 20 },
      { judge: "乙", weightedPending: 8.2, weightedRecent: 9, pending: 25 },
      { judge: "丙", weightedPending: 10, weightedRecent: 1, pending: 10 },
    ]);
    expect(r.map((c) => [c.judge, c.rank])).toEqual([
      ["乙", 1],
      ["丙", 2],
      ["甲", 3],
    ]);
  });

  it("breaks ties by recent weighted intake, then pending count, then the name's code points", () => {
    const tied = [
      { judge: "丁", weightedPending: 5, weightedRecent: 2, pending: 9 },
      { judge: "丙", weightedPending: 5, weightedRecent: 2, pending: 9 },
      { judge: "乙", weightedPending: 5, weightedRecent: 2, pending: 7 },
      { judge: "甲", weightedPending: 5, weightedRecent: 1, pending: 12 },
    ];
    // 甲 received least recently (1); 乙 has fewer pending cases (7) than 丙 and 丁 (9);
    // 丙 (U+4E19) before 丁 (U+4E01)? No: 丁 U+4E01 < 丙 U+4E19, so 丁 comes first.
    const expected = ["甲", "乙", "丁", "丙"];
    expect(rankCandidates(tied).map((c) => c.judge)).toEqual(expected);
    // The same order whatever the input order.
    expect(rankCandidates([...tied].reverse()).map((c) => c.judge)).toEqual(expected);
  });

  it("an empty list has no suggestion", () => {
    expect(rankCandidates([])).toEqual([]);
  });
});
