import { describe, expect, it } from "vitest";
import { FirstRows, splitSerial } from "./first-rows.js";

describe("splitSerial", () => {
  it("cuts a case number into its prefix and serial", () => {
    expect(splitSerial("(2024)内0602民初1234号")).toEqual({ prefix: "(2024)内0602民初", serial: 1234 });
    expect(splitSerial("（2023）京0105执恢7号")).toEqual({ prefix: "（2023）京0105执恢", serial: 7 });
  });

  it("leaves other shapes to the text map: no 号, no serial, leading zeros, too long", () => {
    expect(splitSerial("(2024)内0602民初1234")).toBeUndefined();
    expect(splitSerial("(2024)内0602民初号")).toBeUndefined();
    expect(splitSerial("(2024)内0602民初0012号")).toBeUndefined();
    expect(splitSerial("(2024)内0602民初123456789号")).toBeUndefined();
    expect(splitSerial("12号")).toBeUndefined();
  });
});

describe("FirstRows", () => {
  it("answers like a Map of case number to first row", () => {
    const f = new FirstRows();
    const seen = new Map<string, number>();
    const numbers = [
      "(2024)内0602民初1号",
      "(2024)内0602民初2号",
      "(2024)内0602民初1号",
      "(2024)内0603民初1号",
      "(2023)内0602民初1号",
      "(2024)内0602民初0012号",
      "(2024)内0602民初12号",
      "(2024)内0602民初0012号",
      "无号案件",
      "(2024)内0602民初5000号",
      "(2024)内0602民初9999999号",
      "(2024)内0602民初9999999号",
    ];
    numbers.forEach((n, i) => {
      const row = i + 2;
      expect(f.get(n)).toBe(seen.get(n));
      if (!seen.has(n)) {
        seen.set(n, row);
        f.set(n, row);
      }
    });
    // By hand: 民初1号 first on row 2, 0012号 on row 7 (not the same case as 12号, row 8),
    // 9999999号 (far beyond its prefix's count: kept by text) on row 12.
    expect(f.get("(2024)内0602民初1号")).toBe(2);
    expect(f.get("(2024)内0602民初0012号")).toBe(7);
    expect(f.get("(2024)内0602民初12号")).toBe(8);
    expect(f.get("(2024)内0602民初9999999号")).toBe(12);
    expect(f.get("(2024)内0602民初3号")).toBeUndefined();
    expect(f.get("(2025)内0602民初1号")).toBeUndefined();
  });

  it("keeps row 0 apart from 'not seen' and grows a prefix's array past its first size", () => {
    const f = new FirstRows();
    f.set("(2024)内0602民初0号", 0);
    expect(f.get("(2024)内0602民初0号")).toBe(0);
    for (let i = 1; i <= 3000; i++) f.set(`(2024)内0602民初${i}号`, i + 1);
    expect(f.get("(2024)内0602民初3000号")).toBe(3001);
    expect(f.get("(2024)内0602民初64号")).toBe(65);
    expect(f.get("(2024)内0602民初3001号")).toBeUndefined();
  });
});
