import { describe, expect, it } from "vitest";
import { DivisionLeadersError, formatDivisionLeaders, parseDivisionLeaders } from "./division-leaders.js";

describe("parseDivisionLeaders", () => {
  it("reads division → staff number or username, trimmed", () => {
    expect(parseDivisionLeaders('{"民事审判第一庭":" Y002 ","刑事审判庭":"demo-president"}')).toEqual({
      民事审判第一庭: "Y002",
      刑事审判庭: "demo-president",
    });
  });

  it("absent or empty is no assignment", () => {
    expect(parseDivisionLeaders(undefined)).toEqual({});
    expect(parseDivisionLeaders("  ")).toEqual({});
  });

  it("refuses what is not an object of texts, naming the entry", () => {
    expect(() => parseDivisionLeaders("[1]")).toThrow(DivisionLeadersError);
    expect(() => parseDivisionLeaders("{oops")).toThrow(/不是有效的 JSON/);
    expect(() => parseDivisionLeaders('{"刑事审判庭": 3}')).toThrow(/部门“刑事审判庭”的分管院领导/);
  });

  it("round-trips", () => {
    const v = { 行政审判庭: "Y003" };
    expect(parseDivisionLeaders(formatDivisionLeaders(v))).toEqual(v);
  });
});
