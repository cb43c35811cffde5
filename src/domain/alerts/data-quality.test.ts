import { describe, expect, it } from "vitest";
import type { CaseRecord } from "../case/case.js";
import type { TimeLimitEvent } from "../time-limit/timeline.js";
import { caseNumberProblem, isCleanCaseNumber } from "./data-quality.js";
import { detectCaseAlerts } from "./detect.js";
import { RULE_IDS } from "./rules.js";
import type { AlertSettings } from "./settings.js";
import { alertInput, caseRecord, type RecordSpec } from "./testing.js";
import type { Alert } from "./types.js";

const AS_OF = "2024-12-31";

/** Data-quality alerts of a record; facts are derived when the record allows it. */
function dq(
  spec: RecordSpec | CaseRecord,
  events: TimeLimitEvent[] = [],
  settings?: Partial<AlertSettings>,
): Alert[] {
  const r = "caseNumber" in spec && "instance" in spec ? (spec as CaseRecord) : caseRecord(spec);
  const input =
    r.closedOn !== null && r.closedOn < r.filedOn
      ? { record: r, events, facts: null }
      : alertInput(r, events, AS_OF);
  return detectCaseAlerts(input, AS_OF, settings).filter((a) => a.family === "data-quality");
}
const ids = (a: Alert[]) => a.map((x) => x.ruleId);

describe("a clean record raises nothing", () => {
  it("民初 普通, 刑初 简易, 执, 民终, 之一 suffix, 知 special code, 刑核 fixed serial", () => {
    expect(dq({})).toEqual([]);
    expect(dq({ typeCode: "刑初", procedure: "简易程序" })).toEqual([]);
    expect(dq({ typeCode: "执" })).toEqual([]);
    expect(dq({ typeCode: "民终" })).toEqual([]);
    expect(dq({ caseNumber: "（2024）内0602民初1号之一" })).toEqual([]);
    const ip = caseRecord({ courtCode: "京73", caseNumber: "（2024）京73知民初5号" });
    expect(isCleanCaseNumber(ip)).toBe(true);
    const review = caseRecord({ typeCode: "刑核", caseNumber: "（2024）内0602刑核00012345号" });
    expect(isCleanCaseNumber(review)).toBe(true);
  });
});

describe("data-quality.bad-case-number", () => {
  it("fires on a legacy number", () => {
    const r = caseRecord({
      caseNumber: "（2015）东法民初字第37号",
      courtCode: "东法",
      year: 2015,
      filedOn: "2015-03-01",
    });
    const a = dq(r, [], { ownCourtCode: "" });
    expect(ids(a)).toEqual([RULE_IDS.badCaseNumber]);
    expect(a[0]!.reason).toBe("“（2015）东法民初字第37号”是 2016 年以前的旧式案号（……字第……号）");
    expect(a[0]!.key).toBe("data-quality.bad-case-number|（2015）东法民初字第37号|legacy");
  });

  it("fires on a number stored unnormalised, or disagreeing with the record", () => {
    expect(caseNumberProblem(caseRecord({ caseNumber: "(2024)内0602民初1号" }))?.text).toBe(
      "案号“(2024)内0602民初1号”未按规范写法登记，规范写法为“（2024）内0602民初1号”",
    );
    expect(ids(dq({ caseNumber: "（2024）内0602民初01号" }))).toEqual([RULE_IDS.badCaseNumber]);
    const a = dq({ caseNumber: "（2024）内0602执恢1号", typeCode: "执" });
    expect(a[0]!.reason).toBe("案号解析为 2024 年、内0602、执恢，与登记的 2024 年、内0602、执 不一致");
    expect(ids(dq({ caseNumber: "（2024）内0602民初1号之A" }))).toEqual([RULE_IDS.badCaseNumber]);
  });
});

describe("data-quality.foreign-court-code", () => {
  it("fires on another court's code, not on ours or when disabled by an empty setting", () => {
    const a = dq({ courtCode: "内0603" });
    expect(ids(a)).toEqual([RULE_IDS.foreignCourtCode]);
    expect(a[0]!.reason).toBe("案号法院代字为“内0603”，不是本院代字“内0602”");
    expect(dq({ courtCode: "内0603" }, [], { ownCourtCode: "内0603" })).toEqual([]);
    expect(dq({ courtCode: "内0603" }, [], { ownCourtCode: "" })).toEqual([]);
  });
});

describe("data-quality.year-mismatch", () => {
  it("allows the first 10 days of January of the next year (day 10 yes, day 11 no)", () => {
    expect(dq({ year: 2024, filedOn: "2025-01-10" })).toEqual([]);
    const a = dq({ year: 2024, filedOn: "2025-01-11" });
    expect(ids(a)).toEqual([RULE_IDS.yearMismatch]);
    expect(a[0]!.reason).toBe("案号收案年度为 2024 年，立案日期为 2025-01-11：超出次年 1 月前 10 日的宽限");
  });

  it("flags a December filing under next year's number unless the December grace is set", () => {
    const a = dq({ year: 2025, filedOn: "2024-12-30" });
    expect(a[0]!.reason).toBe("案号收案年度为 2025 年，立案日期为 2024-12-30：上年立案却使用次年案号");
    expect(dq({ year: 2025, filedOn: "2024-12-30" }, [], { yearMismatchDecemberDays: 5 })).toEqual([]);
    expect(ids(dq({ year: 2022, filedOn: "2024-06-01" }))).toEqual([RULE_IDS.yearMismatch]);
  });
});

describe("closing: closed-before-filed, closed-without-mode, impossible-closure-mode", () => {
  it("closed-before-filed runs without facts (deriveFacts would throw)", () => {
    const a = dq({ filedOn: "2024-03-01", closedOn: "2024-02-20", closureMode: "判决" });
    expect(ids(a)).toEqual([RULE_IDS.closedBeforeFiled]);
    expect(a[0]!.reason).toBe("结案日期 2024-02-20 早于立案日期 2024-03-01");
    expect(dq({ filedOn: "2024-03-01", closedOn: "2024-03-01", closureMode: "撤诉" })).toEqual([]);
  });

  it("closed-without-mode, only once the closing date is reached", () => {
    const a = dq({ closedOn: "2024-06-01" });
    expect(ids(a)).toEqual([RULE_IDS.closedWithoutMode]);
    expect(a[0]!.reason).toBe("已于 2024-06-01 结案，但未登记结案方式");
    expect(dq({ closedOn: "2025-02-01" })).toEqual([]); // closed after asOf: pending as of asOf
  });

  it("impossible-closure-mode: appeal outcomes on a first instance, 调解 on 执, 执行完毕 on a trial case", () => {
    const a = dq({ closedOn: "2024-06-01", closureMode: "维持" });
    expect(a[0]!.reason).toBe(
      "民初案件登记的结案方式为“维持”：维持、改判、发回重审、准予撤回上诉是第二审的裁判方式",
    );
    expect(ids(dq({ typeCode: "执", closedOn: "2024-06-01", closureMode: "调解" }))).toEqual([
      RULE_IDS.impossibleClosureMode,
    ]);
    expect(ids(dq({ typeCode: "刑初", closedOn: "2024-06-01", closureMode: "执行完毕" }))).toEqual([
      RULE_IDS.impossibleClosureMode,
    ]);
    // Near misses: 维持 on an appeal, 和解 and 执行完毕 on 执, 调解 on 刑初 (自诉 may be mediated).
    expect(dq({ typeCode: "民终", closedOn: "2024-06-01", closureMode: "维持" })).toEqual([]);
    expect(dq({ typeCode: "执", closedOn: "2024-06-01", closureMode: "执行完毕" })).toEqual([]);
    expect(dq({ typeCode: "执", closedOn: "2024-06-01", closureMode: "和解" })).toEqual([]);
    expect(dq({ typeCode: "刑初", closedOn: "2024-06-01", closureMode: "调解" })).toEqual([]);
  });
});

describe("data-quality.appeal-outcome-without-appeal", () => {
  it("fires when an outcome is recorded but 上诉 is not 是", () => {
    const a = dq({ closedOn: "2024-06-01", closureMode: "判决", appealed: false, appealOutcome: "改判" });
    expect(a[0]!.reason).toBe("登记了二审结果“改判”，但是否上诉为“否”");
    expect(
      ids(dq({ closedOn: "2024-06-01", closureMode: "判决", appealed: null, appealOutcome: "维持" })),
    ).toEqual([RULE_IDS.appealOutcomeWithoutAppeal]);
    expect(
      dq({ closedOn: "2024-06-01", closureMode: "判决", appealed: true, appealOutcome: "改判" }),
    ).toEqual([]);
  });
});

describe("data-quality.open-exclusion-on-closed", () => {
  const closed: RecordSpec = { closedOn: "2024-10-01", closureMode: "判决" };
  it("fires on an exclusion or suspension left open at closing", () => {
    const a = dq(closed, [{ kind: "suspension", from: "2024-05-01" }]);
    expect(a[0]!.reason).toBe("已于 2024-10-01 结案，但中止诉讼自 2024-05-01 起没有结束日期或恢复诉讼记录");
    expect(ids(dq(closed, [{ kind: "exclusion", reason: "鉴定", from: "2024-05-01" }]))).toEqual([
      RULE_IDS.openExclusionOnClosed,
    ]);
  });

  it("does not fire when resumed, when ended, or while the case is pending", () => {
    expect(
      dq(closed, [
        { kind: "suspension", from: "2024-05-01" },
        { kind: "resumption", from: "2024-06-01" },
      ]),
    ).toEqual([]);
    expect(dq(closed, [{ kind: "exclusion", reason: "鉴定", from: "2024-05-01", to: "2024-05-20" }])).toEqual(
      [],
    );
    expect(dq({}, [{ kind: "suspension", from: "2024-05-01" }])).toEqual([]);
  });
});

describe("data-quality.event-before-filing", () => {
  // Filed 2024-03-01 (caseRecord's default): the 审理期限 runs from 2024-03-02 (法释〔2000〕29号第8条).
  it("fires on an event dated before filing, naming the earliest and counting them", () => {
    const a = dq({}, [
      { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: "2024-04-30" },
      { kind: "extension", from: "2024-02-20", length: { months: 6 } },
      { kind: "procedureChange", from: "2024-01-15", newProcedure: "普通程序" },
    ]);
    expect(ids(a)).toEqual([RULE_IDS.eventBeforeFiling]);
    expect(a[0]!.reason).toBe(
      "程序转换的开始日期 2024-01-15 早于立案日期 2024-03-01（共 2 条审限变更早于立案）",
    );
    expect(a[0]!.key).toBe(
      "data-quality.event-before-filing|（2024）内0602民初1号|procedureChange:2024-01-15",
    );
    expect(a[0]!.facts).toEqual({
      filedOn: "2024-03-01",
      kind: "procedureChange",
      from: "2024-01-15",
      count: 2,
    });
    const one = dq({}, [{ kind: "suspension", from: "2024-02-29", to: "2024-03-10" }]);
    expect(one[0]!.reason).toBe("中止诉讼的开始日期 2024-02-29 早于立案日期 2024-03-01");
  });

  it("does not fire on the filing day or after, nor when switched off", () => {
    expect(dq({}, [{ kind: "procedureChange", from: "2024-03-01", newProcedure: "普通程序" }])).toEqual([]);
    expect(dq({}, [{ kind: "exclusion", reason: "公告", from: "2024-03-02", to: "2024-04-01" }])).toEqual([]);
    expect(
      dq({}, [{ kind: "resumption", from: "2024-02-01" }], { disabledRules: RULE_IDS.eventBeforeFiling }),
    ).toEqual([]);
  });
});

describe("procedure: procedure-type-mismatch, missing-procedure", () => {
  it("fires on 民终 under 简易, 民初 under 第二审程序, 执 under 普通, 行初 under 速裁", () => {
    const a = dq({ typeCode: "民终", procedure: "简易程序" });
    expect(a[0]!.reason).toBe("类型代字为“民终”，审理程序却登记为“简易程序”");
    expect(ids(dq({ procedure: "第二审程序" }))).toEqual([RULE_IDS.procedureTypeMismatch]);
    expect(ids(dq({ typeCode: "执", procedure: "普通程序" }))).toContain(RULE_IDS.procedureTypeMismatch);
    expect(ids(dq({ typeCode: "行初", procedure: "速裁程序" }))).toContain(RULE_IDS.procedureTypeMismatch);
  });

  it("does not fire on 民初 under 小额, 刑初 under 速裁, 民终 under 第二审程序, 其他", () => {
    expect(dq({ procedure: "小额诉讼程序" })).toEqual([]);
    expect(dq({ typeCode: "刑初", procedure: "速裁程序" })).toEqual([]);
    expect(dq({ typeCode: "民终", procedure: "第二审程序" })).toEqual([]);
    expect(dq({ procedure: "其他" })).toEqual([]);
  });

  it("missing-procedure fires for 民初/刑初/行初 without a procedure, not for 民终", () => {
    const a = dq({ procedure: null });
    expect(ids(a)).toEqual([RULE_IDS.missingProcedure]);
    expect(a[0]!.reason).toBe("民初案件未登记审理程序，审限暂按普通程序计算");
    expect(dq({ typeCode: "民终", procedure: null })).toEqual([]);
  });
});

describe("data-quality.missing-judge-or-division", () => {
  it("fires on empty or placeholder values", () => {
    expect(dq({ judge: "" })[0]!.reason).toBe("承办人为空，无法归入法官和部门的质效统计");
    const a = dq({ judge: "待定", division: " " });
    expect(a[0]!.reason).toBe("承办人为“待定”，承办部门为空，无法归入法官和部门的质效统计");
    expect(a[0]!.key).toBe("data-quality.missing-judge-or-division|（2024）内0602民初1号|judge+division");
  });
  it("does not fire on real names", () => {
    expect(dq({ judge: "无名氏", division: "立案庭" })).toEqual([]);
  });
});
