import { describe, expect, it } from "vitest";
import {
  adviceOutcome,
  committeeOutcome,
  committeeQuorum,
  firstSkipped,
  type Speaker,
  type Stance,
  speakingOrder,
} from "./rules.js";

const s = (
  staffId: number,
  name: string,
  positions: Speaker["positions"],
  extra: Partial<Speaker> = {},
): Speaker => ({
  staffId,
  name,
  staffNo: `S${String(staffId).padStart(3, "0")}`,
  positions,
  ...extra,
});

describe("speaking order (法发〔2021〕2号, 法发〔2019〕20号: junior to senior, the chair last)", () => {
  it("orders by rank, then 入额 date (later first), the chair last", () => {
    const chair = s(1, "院长", ["president"]);
    const vp = s(2, "副院长", ["vice-president"]);
    const chief = s(3, "庭长", ["chief", "judge"]);
    const old = s(4, "老法官", ["judge"], { appointedOn: "2016-01-01" });
    const young = s(5, "新法官", ["judge"], { appointedOn: "2022-07-01" });
    const order = speakingOrder([chair, vp, chief, old, young], 1).map((x) => x.name);
    // Hand order: 员额法官 (2022 before 2016), then 庭长, 副院长, and the chair (院长) last.
    expect(order).toEqual(["新法官", "老法官", "庭长", "副院长", "院长"]);
  });
  it("puts the chair last even when the chair is the most junior", () => {
    const order = speakingOrder([s(1, "甲", ["judge"]), s(2, "乙", ["chief"])], 1).map((x) => x.name);
    expect(order).toEqual(["乙", "甲"]);
  });
  it("without dates, the larger 工号 (later joiner) speaks first", () => {
    const order = speakingOrder([s(7, "七", ["judge"]), s(9, "九", ["judge"]), s(1, "主持", ["chief"])], 1);
    expect(order.map((x) => x.name)).toEqual(["九", "七", "主持"]);
  });
});

describe("审委会 quorum: more than half of all members present (组织法第三十八条)", () => {
  it.each([
    // [members, present, met] — more than half of 10 is 6; of 11 is 6; of 12 is 7.
    [10, 5, false],
    [10, 6, true],
    [11, 5, false],
    [11, 6, true],
    [12, 6, false],
    [12, 7, true],
  ])("%i members, %i present → %s", (total, present, met) => {
    expect(committeeQuorum(total, present).met).toBe(met);
  });
  it("no members: never a quorum", () => {
    expect(committeeQuorum(0, 0).met).toBe(false);
  });
  it("a recused member still counts among all members: 11 members, 1 recused, 5 present is no quorum", () => {
    // total stays 11 (conservative reading, rules.ts); 5 < 6.
    expect(committeeQuorum(11, 5).met).toBe(false);
  });
});

describe("审委会 decision: more than half of ALL members (法发〔2019〕20号)", () => {
  const many = (n: number, st: Stance) => Array.from({ length: n }, () => st);
  it("11 members, 7 present, 6 agree: decided", () => {
    expect(committeeOutcome(11, [...many(6, "agree"), "disagree"]).stance).toBe("agree");
  });
  it("11 members, 6 present, 5 agree: a majority of those present but not of all: no decision", () => {
    const o = committeeOutcome(11, [...many(5, "agree"), "disagree"]);
    expect(o.stance).toBeNull();
    expect(o.required).toBe(6);
  });
  it("10 members: 5 is not enough, 6 is", () => {
    expect(committeeOutcome(10, many(5, "agree")).stance).toBeNull();
    expect(committeeOutcome(10, many(6, "disagree")).stance).toBe("disagree");
  });
  it("12 members: a tie 6–6 decides nothing; 7 decides", () => {
    expect(committeeOutcome(12, [...many(6, "agree"), ...many(6, "disagree")]).stance).toBeNull();
    expect(committeeOutcome(12, [...many(7, "agree"), ...many(5, "disagree")]).stance).toBe("agree");
  });
});

describe("专业法官会议 多数意见 / 少数意见", () => {
  it("3 of 5 agree: majority agree, minority the others, most held first", () => {
    const o = adviceOutcome(["agree", "agree", "disagree", "agree", "other"]);
    expect(o.majority).toBe("agree");
    expect(o.minority).toEqual(["disagree", "other"]);
  });
  it("a tie 2–2 forms no majority", () => {
    const o = adviceOutcome(["agree", "disagree", "agree", "disagree"]);
    expect(o.majority).toBeNull();
    expect(o.minority.sort()).toEqual(["agree", "disagree"]);
  });
  it("2–2–1 among 5: the largest is not more than half: no majority", () => {
    expect(adviceOutcome(["agree", "agree", "disagree", "disagree", "other"]).majority).toBeNull();
  });
  it("no opinions: no majority", () => {
    expect(adviceOutcome([]).majority).toBeNull();
  });
});

describe("opinions in the speaking order", () => {
  it("a prefix is in order", () => {
    expect(firstSkipped(4, new Set([0, 1]))).toBeNull();
    expect(firstSkipped(4, new Set([0, 1, 2, 3]))).toBeNull();
  });
  it("an opinion after a skipped speaker names the skipped one", () => {
    expect(firstSkipped(4, new Set([0, 2]))).toBe(1);
    expect(firstSkipped(4, new Set([3]))).toBe(0);
  });
});
