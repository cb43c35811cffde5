import { describe, expect, it } from "vitest";
import { validateCaseRow } from "./validate.js";

const base = {
  caseNumber: "（2024）内0602执1234号",
  filedOn: "2024-05-06",
  procedure: "执行实施",
  division: "执行实施一庭",
  judge: "张三",
};
const ctx = { sheet: "案件", row: 7, today: "2024-12-31" };

describe("原审案号 and 生效日期", () => {
  it("stores the origin normalised: half-width brackets become the full-width form of the 案号", () => {
    const r = validateCaseRow({ ...base, originCaseNumber: "(2023)内0602民初88号" }, ctx);
    expect(r.issues).toEqual([]);
    expect(r.record?.originCaseNumber).toBe("（2023）内0602民初88号");
  });

  it("accepts another court's 案号 (it need not be in the data)", () => {
    const r = validateCaseRow({ ...base, originCaseNumber: "（2023）内06民终456号" }, ctx);
    expect(r.record?.originCaseNumber).toBe("（2023）内06民终456号");
  });

  it("refuses a malformed origin, naming the row, the column and the value", () => {
    const r = validateCaseRow({ ...base, originCaseNumber: "内0602民初88" }, ctx);
    expect(r.record).toBeUndefined();
    const issue = r.issues.find((i) => i.column === "原审案号");
    expect(issue?.row).toBe(7);
    expect(issue?.severity).toBe("error");
    expect(String(issue?.value)).toBe("内0602民初88");
  });

  it("refuses a case that names itself as its origin", () => {
    const r = validateCaseRow({ ...base, originCaseNumber: "(2024)内0602执1234号" }, ctx);
    expect(r.record).toBeUndefined();
    expect(r.issues.map((i) => i.message)).toContain("原审案号不能是本案案号");
  });

  it("refuses a 生效日期 before the 结案日期 and warns on a pending case", () => {
    const closed = { ...base, closedOn: "2024-09-01", closureMode: "执行完毕" };
    const early = validateCaseRow({ ...closed, effectiveOn: "2024-08-31" }, ctx);
    expect(early.record).toBeUndefined();
    expect(early.issues.find((i) => i.column === "生效日期")?.severity).toBe("error");
    const ok = validateCaseRow({ ...closed, effectiveOn: "2024-09-01" }, ctx);
    expect(ok.record?.effectiveOn).toBe("2024-09-01");
    const pending = validateCaseRow({ ...base, effectiveOn: "2024-09-01" }, ctx);
    expect(pending.record?.effectiveOn).toBe("2024-09-01");
    expect(pending.issues.find((i) => i.column === "生效日期")?.severity).toBe("warning");
  });
});
