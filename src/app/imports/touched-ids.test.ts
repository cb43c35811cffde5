import { describe, expect, it } from "vitest";
import { TouchedIds } from "./touched-ids.js";

describe("TouchedIds", () => {
  it("counts each id once and lists them ascending, across word and growth boundaries", () => {
    const t = new TouchedIds();
    for (const id of [31, 0, 32, 5, 31, 100_000, 63, 64, 1, 100_000]) t.add(id);
    // Distinct by hand: 0, 1, 5, 31, 32, 63, 64, 100000.
    expect(t.size).toBe(8);
    expect(t.ascending()).toEqual([0, 1, 5, 31, 32, 63, 64, 100_000]);
  });

  it("holds bit 31 of a word (the sign bit of a 32-bit integer)", () => {
    const t = new TouchedIds();
    t.add(31);
    t.add(95);
    expect(t.ascending()).toEqual([31, 95]);
  });

  it("refuses what is not a case id", () => {
    const t = new TouchedIds();
    expect(() => t.add(-1)).toThrow(RangeError);
    expect(() => t.add(1.5)).toThrow(RangeError);
  });
});
