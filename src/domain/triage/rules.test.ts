import { describe, expect, it } from "vitest";
import { offending } from "../../../test/helpers/user-text.js";
import type { StoredEvent } from "../case/derive-facts.js";
import { actualTrack, divisionAtFiling, findMismatch } from "./mismatch.js";
import { parseTriageSettings, triageFieldLabel } from "./parse-settings.js";
import {
  FAST_TRACK_RULES as F,
  ORDINARY_RULES as O,
  SIMPLE_RULE,
  suggestTrack,
  TRIAGE_RULES,
  triageRule,
} from "./rules.js";
import { TRIAGE_DEFAULTS, type TriageSettings } from "./settings.js";
import { SMALL_CLAIMS_RULES as R, type TriageCase } from "./small-claims.js";

// A wage of 100,000 yuan applying from 2025-06-01: 小额 threshold 50 % = 50,000.00 yuan, the
// consent ceiling 2× = 200,000.00 yuan (民事诉讼法第一百六十五条). The defaults: 速裁 up to 500,000
// yuan and 4 parties; 普通程序 from 6 parties or 1,000,000 yuan.
const settings: TriageSettings = {
  ...TRIAGE_DEFAULTS,
  averageWages: [{ appliesFrom: "2025-06-01", wageYear: 2024, yuan: 100_000, source: "测试" }],
};
const AS_OF = "2025-08-01";

function c(over: Partial<TriageCase> = {}): TriageCase {
  return {
    caseNumber: "（2025）内0602民初1号",
    typeCode: "民初",
    cause: "民间借贷纠纷",
    procedure: "简易程序",
    division: "民一庭",
    judge: "张三",
    filedOn: "2025-07-01",
    closedOn: null,
    amountFen: 3_000_000,
    plaintiffs: "王某",
    defendants: "李某",
    foreignRelated: null,
    counterclaim: null,
    smallClaimsConsent: null,
    events: [],
    ...over,
  };
}
const yuan = (y: number) => Math.round(y * 100);
const ev = (
  kind: string,
  reason: string | null,
  from: string,
  extra: Partial<StoredEvent> = {},
): StoredEvent => ({
  id: 1,
  kind,
  reason,
  from,
  to: null,
  lengthMonths: null,
  lengthDays: null,
  newProcedure: null,
  approvedBy: null,
  note: null,
  ...extra,
});
const names = (n: number) => Array.from({ length: n }, (_, i) => `被告${i + 1}`).join("、");
const suggest = (over: Partial<TriageCase>, s = settings) => suggestTrack(c(over), s, AS_OF);

describe("the catalogue", () => {
  it("every rule has an id, a title and a basis in Chinese; ids are unique", () => {
    expect(new Set(TRIAGE_RULES.map((r) => r.id)).size).toBe(TRIAGE_RULES.length);
    const texts = TRIAGE_RULES.flatMap((r) => [
      { where: `${r.id} title`, text: r.title },
      { where: `${r.id} basis`, text: r.basis },
    ]);
    expect(offending(texts)).toEqual([]);
    expect(triageRule(R.amount)?.basis).toContain("第一百六十五条");
    expect(triageRule(O.whereabouts)?.basis).toContain("第二百五十七条第一项");
  });

  it("every rule id a suggestion gives is in the catalogue", () => {
    const cases = [
      suggest({}),
      suggest({ amountFen: yuan(300_000) }),
      suggest({ amountFen: yuan(1_000_000) }),
      suggest({ cause: "离婚纠纷", amountFen: null }),
      suggest({ foreignRelated: true, counterclaim: true }),
    ];
    for (const s of cases) for (const id of s.rules) expect(triageRule(id), id).toBeDefined();
    // The reasons users read: Chinese, no developer text.
    const reasons = cases.flatMap((s, i) => s.reasons.map((text) => ({ where: `case ${i}`, text })));
    expect(offending(reasons)).toEqual([]);
  });
});

describe("小额诉讼程序", () => {
  it("30,000 yuan 民间借贷 between two people: 小额, with the money cause and the amount", () => {
    const s = suggest({});
    expect(s.track).toBe("小额诉讼程序");
    expect(s.rules).toEqual([R.moneyCause, R.amount]);
    // 30,000 ≤ 50,000 (50 % of 100,000)
    expect(s.reasons[1]).toContain("标的额30,000元");
    expect(s.reasons[1]).toContain("50,000元");
  });

  it("exactly 50 % (50,000.00) is 小额; one fen more without consent is not", () => {
    expect(suggest({ amountFen: yuan(50_000) }).track).toBe("小额诉讼程序");
    const over = suggest({ amountFen: yuan(50_000) + 1 });
    expect(over.track).toBe("速裁");
    expect(over.rules).toContain(R.noConsent);
  });

  it("the consent band: 150,000 with consent is 小额; exactly 2× (200,000.00) too; one fen more is not", () => {
    const band = suggest({ amountFen: yuan(150_000), smallClaimsConsent: true });
    expect(band.track).toBe("小额诉讼程序");
    expect(band.rules).toContain(R.consent);
    expect(suggest({ amountFen: yuan(200_000), smallClaimsConsent: true }).track).toBe("小额诉讼程序");
    const over = suggest({ amountFen: yuan(200_000) + 1, smallClaimsConsent: true });
    expect(over.track).toBe("速裁");
    expect(over.rules).toContain(R.overAmount);
    expect(over.reasons.join("")).toContain("200,000元");
  });

  it("a counterclaim excludes 小额 and is named (民事诉讼法第一百六十六条第五项), the case goes to 速裁", () => {
    const s = suggest({ counterclaim: true });
    expect(s.track).toBe("速裁");
    expect(s.rules[0]).toBe(R.counterclaim);
    expect(s.reasons[0]).toContain("第一百六十六条第五项");
  });

  it("no wage entered for the filing date: not 小额, and said so", () => {
    const s = suggest({ filedOn: "2025-05-31" }); // the wage applies from 2025-06-01
    expect(s.track).toBe("速裁");
    expect(s.rules).toContain(R.noWage);
  });
});

describe("普通程序", () => {
  // 300,000 yuan: above 小额's 2× ceiling (200,000) and within 速裁's 500,000.
  const base = { amountFen: yuan(300_000) };

  it("parties: 6 (the standard) is 普通; 5 is not", () => {
    const six = suggest({ ...base, defendants: names(5) }); // 1 + 5 = 6
    expect(six.track).toBe("普通程序");
    expect(six.rules).toContain(O.parties);
    expect(six.reasons.find((r) => r.includes("当事人6人"))).toContain("6人");
    const five = suggest({ ...base, defendants: names(4) }); // 1 + 4 = 5 > 速裁's 4
    expect(five.track).toBe("简易程序");
    expect(five.rules).toContain(F.overParties);
    expect(five.rules).not.toContain(O.parties);
  });

  it("amount: exactly 1,000,000.00 is 普通; 999,999.99 is 简易 (over 速裁's 500,000)", () => {
    const at = suggest({ amountFen: yuan(1_000_000) });
    expect(at.track).toBe("普通程序");
    expect(at.reasons.join("")).toContain("标的额1,000,000元，达到普通程序标的额标准1,000,000元");
    const below = suggest({ amountFen: yuan(1_000_000) - 1 });
    expect(below.track).toBe("简易程序");
    expect(below.rules).toEqual(expect.arrayContaining([F.cause, F.overAmount, SIMPLE_RULE]));
  });

  it("an appraisal (扣除审限 for 鉴定) known by the date: 普通, and 小额 excluded; not yet known: 小额", () => {
    const events = [ev("exclusion", "鉴定", "2025-07-20")];
    const s = suggest({ events });
    expect(s.track).toBe("普通程序");
    expect(s.rules).toContain(R.appraisal);
    expect(s.rules).toContain(O.appraisal);
    expect(suggestTrack(c({ events }), settings, "2025-07-19").track).toBe("小额诉讼程序");
  });

  it("涉外 and 公告 (被告下落不明) are 普通", () => {
    expect(suggest({ foreignRelated: true }).rules).toContain(O.foreign);
    expect(suggest({ foreignRelated: true }).track).toBe("普通程序");
    const notice = suggest({ events: [ev("exclusion", "公告", "2025-07-05")] });
    expect(notice.track).toBe("普通程序");
    expect(notice.rules).toEqual(expect.arrayContaining([R.whereabouts, O.whereabouts]));
  });
});

describe("速裁 and 简易程序", () => {
  it("速裁: cause in the list, 300,000 ≤ 500,000, 2 parties ≤ 4", () => {
    const s = suggest({ amountFen: yuan(300_000) });
    expect(s.track).toBe("速裁");
    // Not 小额: only why not (300,000 > 200,000) is listed, then the 速裁 criteria.
    expect(s.rules).toEqual([R.overAmount, F.cause, F.amount, F.parties, SIMPLE_RULE]);
    expect(s.reasons.join("")).toContain("不超过速裁标的额上限500,000元");
    expect(s.reasons.join("")).toContain("速裁团队");
  });

  it("速裁 amount exactly at the limit (500,000.00) is 速裁; parties exactly 4 too", () => {
    expect(suggest({ amountFen: yuan(500_000), defendants: names(3) }).track).toBe("速裁");
  });

  it("a limit of 0 is no limit: 900,000 yuan is 速裁", () => {
    const s = { ...settings, fastTrack: { ...settings.fastTrack, maxAmountYuan: 0 } };
    const r = suggest({ amountFen: yuan(900_000) }, s);
    expect(r.track).toBe("速裁");
    expect(r.reasons.join("")).toContain("不限标的额");
  });

  it("a 离婚 case without amount: not 小额 (人身关系), not 速裁 (cause), 简易程序", () => {
    const r = suggest({ cause: "离婚纠纷", amountFen: null });
    expect(r.track).toBe("简易程序");
    expect(r.rules).toEqual(
      expect.arrayContaining([R.notMoneyCause, R.personal, F.notCause, F.unknownAmount, SIMPLE_RULE]),
    );
  });
});

describe("程序不符", () => {
  it("rules say 小额 but tried as 普通程序", () => {
    const k = c({ procedure: "普通程序" });
    const m = findMismatch(k, suggestTrack(k, settings, AS_OF), settings);
    expect(m?.kind).toBe("simple-as-ordinary");
    expect(m?.suggested).toBe("小额诉讼程序");
    expect(m?.reasons.at(-1)).toContain("立案时适用普通程序");
  });

  it("rules say 普通 (6 parties) but tried under 简易程序", () => {
    const k = c({ amountFen: yuan(300_000), defendants: names(5) });
    const m = findMismatch(k, suggestTrack(k, settings, AS_OF), settings);
    expect(m).toMatchObject({ kind: "ordinary-as-simple", suggested: "普通程序", actual: "简易程序" });
  });

  it("simple against simple is no mismatch; no procedure recorded is none either", () => {
    const k = c({ amountFen: yuan(300_000), procedure: "小额诉讼程序" });
    expect(findMismatch(k, suggestTrack(k, settings, AS_OF), settings)).toBeNull();
    const none = c({ procedure: null });
    expect(findMismatch(none, suggestTrack(none, settings, AS_OF), settings)).toBeNull();
  });

  it("简易程序 in the 速裁团队 at filing is 速裁, though the case moved later", () => {
    const moved = c({
      division: "民一庭",
      events: [
        ev("divisionChange", null, "2025-07-10", { priorDivision: "速裁团队", newDivision: "民一庭" }),
      ],
    });
    expect(divisionAtFiling(moved)).toBe("速裁团队");
    expect(actualTrack(moved, settings)).toBe("速裁");
    expect(actualTrack(c(), settings)).toBe("简易程序");
    expect(actualTrack(c({ procedure: "速裁程序" }), settings)).toBe("速裁");
  });
});

describe("settings as entered", () => {
  it("the defaults with a wage pass", () => {
    expect(parseTriageSettings(settings)).toEqual({ settings });
  });

  it("every problem names its field in Chinese, with the row of a list", () => {
    const r = parseTriageSettings({
      ...settings,
      averageWages: [{ appliesFrom: "2025-06-01", wageYear: 2024, yuan: -5, source: "测试" }],
      moneyCauses: ["买卖合同纠纷", "不存在的纠纷"],
      fastTrack: { ...settings.fastTrack, maxParties: 1 },
    });
    expect("issues" in r).toBe(true);
    const issues = "issues" in r ? r.issues : [];
    expect(issues.map((i) => i.field)).toEqual([
      "averageWages[0].yuan",
      "moneyCauses[1]",
      "fastTrack.maxParties",
    ]);
    expect(issues[0]?.message).toMatch(/^上年度就业人员年平均工资第1行 年平均工资：/);
    expect(issues[1]?.message).toContain("金钱给付案由第2项：“不存在的纠纷”不是民事案件案由目录中的案由");
    expect(issues[2]?.message).toMatch(/^速裁当事人人数上限：/);
  });

  it("a word where a number belongs is refused by name", () => {
    const r = parseTriageSettings({ ...settings, ordinary: { minParties: "六", highAmountYuan: 1 } });
    expect(r).toEqual({
      issues: [{ field: "ordinary.minParties", message: "普通程序当事人人数标准：“六”不是数字" }],
    });
    expect(triageFieldLabel("fastTrack.causes[0]")).toBe("速裁案由第1项");
  });
});
