import { describe, expect, it } from "vitest";
import { CASE_COLUMNS, EVENT_COLUMNS } from "../domain/import/columns.js";
import { mapHeader, normalizeHeader, toRawRow } from "./table.js";

describe("mapHeader", () => {
  it("maps Chinese headers to English keys by position", () => {
    const m = mapHeader(["案号", "案由", "立案日期", "承办部门", "承办人"], CASE_COLUMNS);
    expect([...m.indexByKey]).toEqual([
      ["caseNumber", 0],
      ["cause", 1],
      ["filedOn", 2],
      ["division", 3],
      ["judge", 4],
    ]);
    expect(m).toMatchObject({ missing: [], unknown: [], duplicates: [] });
  });

  it("accepts aliases and English keys, ignoring case and spaces (full-width included)", () => {
    const m = mapHeader(
      [" CaseNumber ", "收案日期", "承办庭\u3000", "承　办　法　官", "JUDGE2", null, ""],
      CASE_COLUMNS,
    );
    expect(m.indexByKey.get("caseNumber")).toBe(0);
    expect(m.indexByKey.get("filedOn")).toBe(1);
    expect(m.indexByKey.get("division")).toBe(2);
    expect(m.indexByKey.get("judge")).toBe(3);
    expect(m.unknown).toEqual(["JUDGE2"]);
    expect(m.missing).toEqual([]);
  });

  it("lists required columns that are missing", () => {
    const m = mapHeader(["案号", "案由", "承办人"], CASE_COLUMNS);
    expect(m.missing.map((c) => c.header)).toEqual(["立案日期", "承办部门"]);
    const e = mapHeader(["案号", "变更事项", "批准日期", "延长期限", "备注"], EVENT_COLUMNS);
    expect(e.missing).toEqual([]);
    expect(e.indexByKey.get("note")).toBe(4);
  });

  it("lists unknown columns as written", () => {
    const m = mapHeader(["案号", "立案日期", "承办部门", "承办人", " 审判长 ", "序号"], CASE_COLUMNS);
    expect(m.unknown).toEqual(["审判长", "序号"]);
  });

  it("lists a column named twice and keeps the first", () => {
    const m = mapHeader(["案号", "立案日期", "收案日期", "承办部门", "承办人", "caseNumber"], CASE_COLUMNS);
    expect(m.duplicates).toEqual(["收案日期", "caseNumber"]);
    expect(m.indexByKey.get("filedOn")).toBe(1);
    expect(m.indexByKey.get("caseNumber")).toBe(0);
  });

  it("normalises header text", () => {
    expect(normalizeHeader("\uFEFF 立案\u3000日期\t")).toBe("立案日期");
    expect(normalizeHeader("FiledOn")).toBe("filedon");
  });
});

describe("toRawRow", () => {
  it("keys cells by column, trims strings and turns empty strings into null", () => {
    const { indexByKey } = mapHeader(["案号", "立案日期", "标的额", "涉企", "承办人"], CASE_COLUMNS);
    const date = new Date(Date.UTC(2024, 2, 1));
    expect(toRawRow(["  （2024）内0602民初1号\u3000", date, 12345.67, true, "   "], indexByKey)).toEqual({
      caseNumber: "（2024）内0602民初1号",
      filedOn: date,
      amount: 12345.67,
      enterprise: true,
      judge: null,
    });
    // a short row: the missing cells are null
    expect(toRawRow(["x"], indexByKey)).toEqual({
      caseNumber: "x",
      filedOn: null,
      amount: null,
      enterprise: null,
      judge: null,
    });
  });
});
