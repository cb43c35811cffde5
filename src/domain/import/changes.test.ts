import { describe, expect, it } from "vitest";
import type { CaseRecord } from "../case/case.js";
import { describeCaseChanges, describeEvent, formatYuan } from "./changes.js";

const stored: CaseRecord = {
  caseNumber: "（2024）内0602民初1号",
  courtCode: "内0602",
  year: 2024,
  typeCode: "民初",
  category: "civil",
  instance: "first",
  cause: "民间借贷纠纷",
  procedure: "简易程序",
  division: "民事审判第一庭",
  judge: "张三",
  filedOn: "2024-03-01",
  closedOn: null,
  closureMode: null,
  amountFen: 1234567,
  plaintiffs: "王五",
  defendants: "赵六",
  enterprise: true,
  appealed: null,
  appealOutcome: null,
  appealClosedOn: null,
  enforcementApplied: false,
  recoveredAmountFen: null,
  archivedOn: null,
  originCaseNumber: null,
  effectiveOn: null,
  foreignRelated: null,
  counterclaim: null,
  smallClaimsConsent: null,
};

describe("describeCaseChanges", () => {
  it("names the changed columns as in the import format, values as a person reads them", () => {
    const incoming: CaseRecord = {
      ...stored,
      judge: "李四",
      closedOn: "2024-10-08",
      closureMode: "调解",
      amountFen: 100, // 1.00 yuan
      enterprise: false,
      appealed: true,
      enforcementApplied: null,
      recoveredAmountFen: 123456789, // 1,234,567.89 yuan
    };
    expect(describeCaseChanges(stored, incoming)).toEqual([
      { field: "承办人", before: "张三", after: "李四" },
      { field: "结案日期", before: "（空）", after: "2024-10-08" },
      { field: "结案方式", before: "（空）", after: "调解" },
      { field: "标的额", before: "12,345.67 元", after: "1.00 元" },
      { field: "涉企", before: "是", after: "否" },
      { field: "上诉", before: "（空）", after: "是" },
      { field: "申请执行", before: "否", after: "（空）" },
      { field: "执行到位金额", before: "（空）", after: "1,234,567.89 元" },
    ]);
  });

  it("is empty when nothing differs", () => {
    expect(describeCaseChanges(stored, { ...stored })).toEqual([]);
  });

  it("formats fen as yuan with two decimals", () => {
    expect(formatYuan(0)).toBe("0.00 元");
    expect(formatYuan(5)).toBe("0.05 元");
    expect(formatYuan(500000000)).toBe("5,000,000.00 元");
  });
});

describe("describeEvent", () => {
  const base = {
    caseNumber: stored.caseNumber,
    reason: null,
    to: null,
    length: null,
    newProcedure: null,
    approvedBy: null,
    note: null,
  };
  it("writes each kind of 审限变更 in words", () => {
    expect(
      describeEvent({
        ...base,
        kind: "extension",
        from: "2024-08-20",
        length: { months: 6 },
        approvedBy: "院长",
      }),
    ).toBe("延长审限 2024-08-20，期限 6个月，批准人 院长");
    expect(
      describeEvent({ ...base, kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: "2024-04-30" }),
    ).toBe("扣除审限（鉴定）2024-04-01 至 2024-04-30");
    expect(describeEvent({ ...base, kind: "suspension", from: "2024-05-01" })).toBe(
      "中止诉讼 2024-05-01 至 （未填结束日期）",
    );
    expect(describeEvent({ ...base, kind: "resumption", from: "2024-06-01" })).toBe("恢复诉讼 2024-06-01");
    expect(
      describeEvent({ ...base, kind: "procedureChange", from: "2024-05-20", newProcedure: "普通程序" }),
    ).toBe("程序转换 2024-05-20，转为普通程序");
    expect(describeEvent({ ...base, kind: "extension", from: "2024-08-20", length: { days: 30 } })).toBe(
      "延长审限 2024-08-20，期限 30天",
    );
  });
});
