import { describe, expect, it } from "vitest";
import { type BatchCaseInput, findBatches, windows } from "./group.js";
import { BATCH_SETTINGS_DEFAULTS as S } from "./settings.js";

const PROPERTY = "北京安居物业管理有限公司";
let seq = 0;
function c(filedOn: string, over: Partial<BatchCaseInput> = {}): BatchCaseInput {
  seq++;
  return {
    id: seq,
    caseNumber: `（2025）京0105民初${String(seq).padStart(5, "0")}号`,
    cause: "物业服务合同纠纷",
    division: "民事审判第一庭",
    judge: "张法官",
    filedOn,
    amountFen: 360_000,
    plaintiffs: PROPERTY,
    defendants: `业主${seq}`,
    ...over,
  };
}

describe("findBatches: size", () => {
  it("exactly N = 5 cases form a group; N − 1 = 4 do not", () => {
    const five = ["2025-01-02", "2025-01-10", "2025-02-01", "2025-03-01", "2025-03-20"].map((d) => c(d));
    const g = findBatches(five, S);
    expect(g).toHaveLength(1);
    expect(g[0]?.cases).toHaveLength(5);
    expect(findBatches(five.slice(0, 4), S)).toEqual([]);
  });
});

describe("findBatches: the window edge", () => {
  // 2025-01-01 + 90 days = 2025-04-01 (Jan 31 − 1 = 30, Feb 28, Mar 31: 30 + 28 + 31 = 89 → Mar 31 is
  // day 89, Apr 1 day 90).
  const four = ["2025-01-01", "2025-01-15", "2025-02-01", "2025-03-01"];
  it("a case filed exactly 90 days after the first is in", () => {
    const g = findBatches(
      [...four, "2025-04-01"].map((d) => c(d)),
      S,
    );
    expect(g).toHaveLength(1);
    expect(g[0]?.spanDays).toBe(90);
    expect(g[0]?.firstFiledOn).toBe("2025-01-01");
    expect(g[0]?.lastFiledOn).toBe("2025-04-01");
  });
  it("one day later (91 days) it is out, and four cases are no group", () => {
    expect(
      findBatches(
        [...four, "2025-04-02"].map((d) => c(d)),
        S,
      ),
    ).toEqual([]);
  });
  it("the window setting moves the edge: 60 days", () => {
    // 2025-01-01 + 60 days = 2025-03-02; 2025-03-01 is day 59.
    const cases = [...four, "2025-03-02"].map((d) => c(d));
    expect(findBatches(cases, { ...S, windowDays: 60 })).toHaveLength(1);
    expect(findBatches(cases, { ...S, windowDays: 59 })).toEqual([]);
  });
});

describe("windows: the fullest window first, then the rest", () => {
  it("takes 6 dense cases, then 5 others; a lone straggler stays out", () => {
    // days: 0..5 (6 cases), 200..204 (5 cases), 400 (1 case) → [0..5], [200..204].
    const days = [0, 1, 2, 3, 4, 5, 200, 201, 202, 203, 204, 400].map((day) => ({ day }));
    const w = windows(days, 90, 5);
    expect(w.map((x) => x.map((y) => y.day))).toEqual([
      [0, 1, 2, 3, 4, 5],
      [200, 201, 202, 203, 204],
    ]);
  });
  it("prefers the window with more cases over the earlier one", () => {
    // [0, 80, 100, 120, 150, 170, 171] with W = 90: from 0 → {0, 80} (2); from 80 → {80..170} (5);
    // from 100 → {100..171} (5, later, so 80's wins on the tie); the rest {0, 171} is no group.
    const w = windows(
      [0, 80, 100, 120, 150, 170, 171].map((day) => ({ day })),
      90,
      5,
    );
    expect(w.map((x) => x.map((y) => y.day))).toEqual([[80, 100, 120, 150, 170]]);
  });
});

describe("findBatches: names", () => {
  it("groups the spellings of one company: full-width, spaces, 有限责任公司", () => {
    const spellings = [
      "北京安居物业管理有限公司",
      "北京安居物业管理有限责任公司",
      "北京 安居物业管理有限公司",
      "北京安居物业管理有限公司",
      "北京安居物业管理有限公司　",
    ];
    const g = findBatches(
      spellings.map((p, i) => c(`2025-05-0${i + 1}`, { plaintiffs: p })),
      S,
    );
    expect(g).toHaveLength(1);
    // Shown as most of its cases spell it: the first, the fourth and the fifth (its trailing
    // full-width space is trimmed when the column is split) — 3 of 5.
    expect(g[0]?.party).toBe("北京安居物业管理有限公司");
  });
  it("a person's name forms no group unless the setting says so", () => {
    const cases = [1, 2, 3, 4, 5].map((d) =>
      c(`2025-05-0${d}`, { cause: "民间借贷纠纷", plaintiffs: "张伟", defendants: `某人${d}` }),
    );
    expect(findBatches(cases, S)).toEqual([]);
    expect(findBatches(cases, { ...S, includePersons: true })).toHaveLength(1);
  });
  it("one cause per group: the same plaintiff under two causes is two buckets", () => {
    const a = [1, 2, 3].map((d) => c(`2025-05-0${d}`));
    const b = [4, 5].map((d) => c(`2025-05-0${d}`, { cause: "供用热力合同纠纷" }));
    expect(findBatches([...a, ...b], S)).toEqual([]);
  });
});

describe("findBatches: the mirror and both at once", () => {
  const EMPLOYER = "北京宏达建筑工程有限公司";
  it("one defendant sued by five plaintiffs is a 被告 group", () => {
    const cases = [1, 2, 3, 4, 5].map((d) =>
      c(`2025-06-0${d}`, { cause: "追索劳动报酬纠纷", plaintiffs: `工人${d}`, defendants: EMPLOYER }),
    );
    const g = findBatches(cases, S);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({
      side: "defendant",
      sideName: "被告",
      party: EMPLOYER,
      cause: "追索劳动报酬纠纷",
    });
    expect(findBatches(cases, { ...S, byDefendant: false })).toEqual([]);
  });
  it("a case may sit in a plaintiff group and a defendant group", () => {
    const BANK = "甲银行股份有限公司信用卡中心";
    const ACME = "乙商贸有限公司";
    // Bank v. 4 others + bank v. ACME; 4 others v. ACME + bank v. ACME: the shared case is in both.
    const shared = c("2025-07-01", { cause: "信用卡纠纷", plaintiffs: BANK, defendants: ACME });
    const bankCases = [2, 3, 4, 5].map((d) =>
      c(`2025-07-0${d}`, { cause: "信用卡纠纷", plaintiffs: BANK, defendants: `持卡人${d}公司` }),
    );
    const acmeCases = [2, 3, 4, 5].map((d) =>
      c(`2025-07-0${d}`, { cause: "信用卡纠纷", plaintiffs: `丙${d}贸易有限公司`, defendants: ACME }),
    );
    const g = findBatches([shared, ...bankCases, ...acmeCases], S);
    expect(g.map((x) => [x.sideName, x.party, x.cases.length])).toEqual([
      ["被告", ACME, 5],
      ["原告", BANK, 5],
    ]);
    for (const x of g) expect(x.cases.map((y) => y.id)).toContain(shared.id);
  });
});

describe("findBatches: what a group shows", () => {
  it("judges, divisions, the main division, the total amount and the span", () => {
    const cases = [
      c("2025-03-01", { judge: "张法官", amountFen: 100_000 }),
      c("2025-03-02", { judge: "李法官", amountFen: 250_050 }),
      c("2025-03-03", { judge: "李法官", amountFen: null }),
      c("2025-03-10", { division: "速裁团队", judge: "王法官", amountFen: 49_950 }),
      c("2025-03-31", { division: "速裁团队", judge: "王法官", amountFen: 200_000 }),
    ];
    const [g] = findBatches(cases, S);
    // 1,000.00 + 2,500.50 + 499.50 + 2,000.00 = 6,000.00 yuan = 600,000 fen; one amount missing.
    expect(g?.totalAmountFen).toBe(600_000);
    expect(g?.amountMissing).toBe(1);
    // 2025-03-01 → 2025-03-31: 30 days.
    expect(g?.spanDays).toBe(30);
    // 民一庭 3 cases, 速裁团队 2.
    expect(g?.mainDivision).toBe("民事审判第一庭");
    expect(g?.divisions).toEqual([
      { division: "民事审判第一庭", cases: 3 },
      { division: "速裁团队", cases: 2 },
    ]);
    expect(g?.judges).toEqual([
      { division: "民事审判第一庭", judge: "李法官", cases: 2 },
      { division: "速裁团队", judge: "王法官", cases: 2 },
      { division: "民事审判第一庭", judge: "张法官", cases: 1 },
    ]);
  });
});
