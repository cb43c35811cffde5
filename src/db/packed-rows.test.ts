import { describe, expect, it } from "vitest";
import { RowPacker, RowUnpacker } from "./packed-rows.js";

const unpackAll = (u: RowUnpacker, page: ReturnType<RowPacker["take"]>) => {
  const out: unknown[][] = [];
  u.unpack(page, (row) => out.push([...row]));
  return out;
};

describe("packed rows", () => {
  it("round-trips numbers, strings and nulls across pages with one growing dictionary", () => {
    const p = new RowPacker(4, 3);
    const u = new RowUnpacker();
    const page1 = [
      [1, "民事审判第一庭", null, 0],
      [2, "民事审判第一庭", "2026-01-05", -3],
      [9007199254740991, "执行局", null, 1.5],
    ];
    for (const r of page1) p.add(r);
    const a = p.take();
    // Two distinct strings in the first page travel once each.
    expect(a.added).toEqual(["民事审判第一庭", "2026-01-05", "执行局"]);
    expect(a.rows).toBe(3);
    expect(unpackAll(u, a)).toEqual(page1);

    const page2 = [[3, "执行局", "", null]];
    p.add(page2[0] as unknown[]);
    const b = p.take();
    // "执行局" is already in the receiver's dictionary; only the empty string is new.
    expect(b.added).toEqual([""]);
    expect(unpackAll(u, b)).toEqual(page2);
  });

  it("sends raw columns' strings as they are, outside the dictionary", () => {
    const p = new RowPacker(3, 4, [1]);
    const u = new RowUnpacker();
    const rows = [
      [1, "（2026）内0602民初1号", "民一庭"],
      [2, "（2026）内0602民初2号", "民一庭"],
      [3, null, "民二庭"],
    ];
    for (const r of rows) p.add(r);
    const page = p.take();
    expect(page.raw).toEqual(["（2026）内0602民初1号", "（2026）内0602民初2号"]);
    expect(page.added).toEqual(["民一庭", "民二庭"]);
    expect(unpackAll(u, page)).toEqual(rows);
  });

  it("refuses rows of the wrong width, a full page and values it cannot carry", () => {
    const p = new RowPacker(2, 1);
    expect(() => p.add([1])).toThrow(/expected 2/);
    p.add([1, 2]);
    expect(() => p.add([3, 4])).toThrow(/full/);
    p.take();
    expect(() => p.add([1, true])).toThrow(/boolean/);
  });
});
