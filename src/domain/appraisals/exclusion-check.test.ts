import { describe, expect, it } from "vitest";
import { exclusionMismatches } from "./exclusion-check.js";

const a = (commissionedOn: string, completedOn: string | null) => ({
  stage: "诉中" as const,
  commissionedOn,
  completedOn,
});

describe("诉中鉴定 against the case's 扣除审限 (原因 鉴定)", () => {
  it("agrees when dates match, one exclusion per appraisal", () => {
    expect(
      exclusionMismatches(
        [a("2024-03-04", "2024-05-10")],
        [{ reason: "鉴定", from: "2024-03-04", to: "2024-05-10" }],
      ),
    ).toEqual([undefined]);
  });

  it("missing: no 鉴定 exclusion (a 公告 one does not count)", () => {
    expect(
      exclusionMismatches(
        [a("2024-03-04", "2024-05-10")],
        [{ reason: "公告", from: "2024-03-04", to: "2024-05-10" }],
      ),
    ).toEqual([{ problem: "missing" }]);
  });

  it("dates differ: the nearest unmatched exclusion is named", () => {
    expect(
      exclusionMismatches(
        [a("2024-03-04", "2024-05-10"), a("2024-07-01", null)],
        [
          { reason: "鉴定", from: "2024-03-04", to: "2024-05-10" },
          { reason: "鉴定", from: "2024-07-03", to: null },
        ],
      ),
    ).toEqual([undefined, { problem: "dates", exclusionFrom: "2024-07-03", exclusionTo: null }]);
  });

  it("a 诉前 appraisal is not checked", () => {
    expect(
      exclusionMismatches([{ stage: "诉前", commissionedOn: "2024-01-01", completedOn: null }], []),
    ).toEqual([undefined]);
  });
});
