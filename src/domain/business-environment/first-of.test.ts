import { describe, expect, it } from "vitest";
import { firstOf } from "./pack.js";

describe("firstOf: the first n in a total order, as sorting all and taking n", () => {
  const byAmountThenNumber = (a: { amount: number; n: string }, b: { amount: number; n: string }) =>
    b.amount - a.amount || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0);
  const items = [
    { amount: 5, n: "c" },
    { amount: 9, n: "b" },
    { amount: 5, n: "a" },
    { amount: 1, n: "d" },
    { amount: 9, n: "a" },
    { amount: 7, n: "e" },
  ];

  it("largest three by amount, ties by number: 9 a, 9 b, 7 e (worked out by hand)", () => {
    expect(firstOf(items, 3, byAmountThenNumber)).toEqual([
      { amount: 9, n: "a" },
      { amount: 9, n: "b" },
      { amount: 7, n: "e" },
    ]);
  });

  it("equals sort + slice for every n, including more than there are and none", () => {
    for (const n of [0, 1, 2, 4, 6, 10])
      expect(firstOf(items, n, byAmountThenNumber)).toEqual([...items].sort(byAmountThenNumber).slice(0, n));
  });
});
