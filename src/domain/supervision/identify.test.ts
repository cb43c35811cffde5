import { describe, expect, it } from "vitest";
import { disputeKey, identifyCandidates, type SupervisionCaseInput } from "./identify.js";

const AS_OF = "2024-08-01";

function c(over: Partial<SupervisionCaseInput> & { caseNumber: string }): SupervisionCaseInput {
  return {
    typeCode: "民初",
    cause: "买卖合同纠纷",
    // distinct parties per case unless a test says otherwise (no accidental same-dispute pairs)
    plaintiffs: `甲公司${over.caseNumber}`,
    defendants: `乙公司${over.caseNumber}`,
    amountFen: 100_000,
    enterprise: false,
    filedOn: "2024-05-01",
    closedOn: null,
    closureMode: null,
    appealOutcome: null,
    ...over,
  };
}

const names = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).join("、");
const rulesOf = (cases: SupervisionCaseInput[], settings = {}) =>
  identifyCandidates(cases, AS_OF, settings).map((f) => `${f.caseNumber}:${f.rule}`);

describe("mass-party (counted per side)", () => {
  it("10 plaintiffs fire; 9 plaintiffs + 1 defendant (10 together) do not", () => {
    // Hand count: side A has 10 distinct names ≥ 10; side B 9 < 10 and the defendant side 1 < 10.
    const ten = c({ caseNumber: "A", plaintiffs: names(10, "原告") });
    const nineOne = c({ caseNumber: "B", plaintiffs: names(9, "原告"), defendants: "被告1" });
    const found = identifyCandidates([ten, nineOne], AS_OF);
    expect(found.map((f) => `${f.caseNumber}:${f.rule}`)).toEqual(["A:mass-party"]);
    expect(found[0]).toMatchObject({ category: 2, reason: "原告 10 人，一方当事人达到 10 人" });
    expect(found[0]?.facts).toMatchObject({ plaintiffCount: 10, defendantCount: 1, massPartyMin: 10 });
  });
  it("counts distinct names (a name written twice is one party) and the defendant side too", () => {
    const dup = c({ caseNumber: "A", plaintiffs: `${names(9, "原告")}、原告1` });
    const defendants = c({ caseNumber: "B", defendants: names(12, "被告") });
    expect(rulesOf([dup, defendants])).toEqual(["B:mass-party"]);
    expect(identifyCandidates([defendants], AS_OF)[0]?.reason).toBe("被告 12 人，一方当事人达到 10 人");
  });
  it("the threshold is a setting", () => {
    expect(rulesOf([c({ caseNumber: "A", plaintiffs: names(5, "原告") })], { massPartyMin: 5 })).toEqual([
      "A:mass-party",
    ]);
  });
});

describe("amounts", () => {
  it("exactly at 10,000,000 yuan fires, one fen below does not", () => {
    // 10,000,000 yuan = 1,000,000,000 fen.
    const at = c({ caseNumber: "A", amountFen: 1_000_000_000 });
    const below = c({ caseNumber: "B", amountFen: 999_999_999 });
    const found = identifyCandidates([at, below], AS_OF);
    expect(found.map((f) => `${f.caseNumber}:${f.rule}`)).toEqual(["A:large-amount"]);
    expect(found[0]?.reason).toBe("标的额 10,000,000.00 元，不低于 10,000,000 元");
    expect(found[0]?.category).toBe(1);
  });
  it("涉企 at 5,000,000 yuan fires only for an enterprise case", () => {
    const ent = c({ caseNumber: "A", enterprise: true, amountFen: 500_000_000 });
    const notEnt = c({ caseNumber: "B", enterprise: false, amountFen: 500_000_000 });
    const unknown = c({ caseNumber: "C", enterprise: null, amountFen: 900_000_000 });
    expect(rulesOf([ent, notEnt, unknown])).toEqual(["A:enterprise-amount"]);
  });
  it("an enterprise case over both thresholds meets both rules", () => {
    expect(rulesOf([c({ caseNumber: "A", enterprise: true, amountFen: 2_000_000_000 })])).toEqual([
      "A:large-amount",
      "A:enterprise-amount",
    ]);
  });
});

describe("causes", () => {
  it("a listed cause (category 1) and a mass cause (category 2)", () => {
    const found = identifyCandidates(
      [
        c({ caseNumber: "A", cause: "个人信息保护纠纷" }),
        c({ caseNumber: "B", typeCode: "刑初", cause: "集资诈骗罪" }),
      ],
      AS_OF,
    );
    expect(found.map((f) => [f.caseNumber, f.rule, f.category])).toEqual([
      ["A", "listed-cause", 1],
      ["B", "mass-cause", 2],
    ]);
  });
  it("the list is a setting", () => {
    expect(rulesOf([c({ caseNumber: "A" })], { listedCauses: ["买卖合同纠纷"] })).toEqual(["A:listed-cause"]);
  });
});

describe("long-pending (18 months of natural age)", () => {
  it("fires from the day 18 months are reached (2023-02-01 + 18 months = 2024-08-01)", () => {
    const found = identifyCandidates(
      [c({ caseNumber: "A", filedOn: "2023-02-01" }), c({ caseNumber: "B", filedOn: "2023-02-02" })],
      AS_OF,
    );
    expect(found.map((f) => `${f.caseNumber}:${f.rule}`)).toEqual(["A:long-pending"]);
    // 2023-02-01 → 2024-08-01: 365 (to 2024-02-01) + 29+31+30+31+30+31 (Feb…Jul 2024) = 547 days.
    expect(found[0]?.reason).toBe("2023-02-01 立案，至 2024-08-01 已满 18 个月（547 天）仍未审结");
  });
  it("a closed case is no candidate, nor a case filed after the date", () => {
    expect(
      rulesOf([
        c({ caseNumber: "A", filedOn: "2022-01-01", closedOn: "2024-07-31", closureMode: "判决" }),
        c({ caseNumber: "B", filedOn: "2024-08-02", amountFen: 2_000_000_000 }),
        // closed after the date: still pending as of it
        c({ caseNumber: "C", filedOn: "2022-01-01", closedOn: "2024-08-02", closureMode: "判决" }),
      ]),
    ).toEqual(["C:long-pending"]);
  });
});

describe("cross-case rules", () => {
  const same = { plaintiffs: "甲公司", defendants: "乙公司" };
  it("a second pending case of the same parties and cause flags the later one only", () => {
    const first = c({ caseNumber: "A", filedOn: "2024-01-10", plaintiffs: "张三", defendants: "李四" });
    // same parties written the other way round and with a spare separator
    const second = c({ caseNumber: "B", filedOn: "2024-03-01", plaintiffs: "李四；", defendants: "张三" });
    const otherCause = c({
      caseNumber: "C",
      filedOn: "2024-04-01",
      cause: "民间借贷纠纷",
      plaintiffs: "张三",
      defendants: "李四",
    });
    const found = identifyCandidates([first, second, otherCause], AS_OF);
    expect(found.map((f) => `${f.caseNumber}:${f.rule}`)).toEqual(["B:parallel-dispute"]);
    expect(found[0]?.reason).toBe("与A（2024-01-10 立案，尚未审结）原告、被告、案由相同");
    expect(found[0]?.category).toBe(3);
  });
  it("no flag when the first case closed before the date", () => {
    const first = c({
      ...same,
      caseNumber: "A",
      filedOn: "2024-01-10",
      closedOn: "2024-02-01",
      closureMode: "撤诉",
    });
    const second = c({ ...same, caseNumber: "B", filedOn: "2024-03-01" });
    expect(rulesOf([first, second])).toEqual([]);
  });
  it("a pending case whose dispute was remanded earlier is a 发回重审 retrial", () => {
    const original = c({
      ...same,
      caseNumber: "O",
      filedOn: "2023-03-01",
      closedOn: "2023-09-01",
      closureMode: "判决",
      appealOutcome: "发回重审",
    });
    const retrial = c({ ...same, caseNumber: "R", filedOn: "2024-02-01" });
    const older = c({ caseNumber: "X", filedOn: "2023-01-01", cause: "其他纠纷" });
    const found = identifyCandidates([retrial, original, older], AS_OF);
    expect(found.map((f) => `${f.caseNumber}:${f.rule}`)).toEqual(["R:remand-retrial", "X:long-pending"]);
    expect(found[0]).toMatchObject({ category: 1, facts: { originalCaseNumber: "O" } });
  });
  it("a 民终 closed 发回重审 is an original too; a case filed before it is not its retrial", () => {
    const appeal = c({
      ...same,
      caseNumber: "Z",
      typeCode: "民终",
      filedOn: "2023-10-01",
      closedOn: "2023-12-01",
      closureMode: "发回重审",
    });
    const before = c({ ...same, caseNumber: "P", filedOn: "2023-09-01" });
    const after = c({ ...same, caseNumber: "Q", filedOn: "2024-01-05" });
    // P and Q are also the same dispute pending together: Q is the later one.
    expect(rulesOf([appeal, before, after])).toEqual(["Q:remand-retrial", "Q:parallel-dispute"]);
  });
  it("a disabled rule finds nothing", () => {
    const first = c({ ...same, caseNumber: "A", filedOn: "2024-01-10" });
    const second = c({ ...same, caseNumber: "B", filedOn: "2024-03-01" });
    expect(rulesOf([first, second], { disabled: ["parallel-dispute"] })).toEqual([]);
  });
});

describe("disputeKey", () => {
  it("needs a cause and both sides", () => {
    expect(disputeKey({ cause: null, plaintiffs: "a", defendants: "b" })).toBeUndefined();
    expect(disputeKey({ cause: "x", plaintiffs: "", defendants: "b" })).toBeUndefined();
    expect(disputeKey({ cause: "x", plaintiffs: "乙、甲", defendants: "丙" })).toBe(
      disputeKey({ cause: "x", plaintiffs: "丙", defendants: "甲;乙" }),
    );
  });
});
