import { describe, expect, it } from "vitest";
import type { TimeLimitEvent } from "../time-limit/timeline.js";
import { detectCaseAlerts } from "./detect.js";
import { RULE_IDS } from "./rules.js";
import type { AlertSettings } from "./settings.js";
import { alertInput, caseRecord, type RecordSpec } from "./testing.js";
import type { Alert } from "./types.js";

function run(
  spec: RecordSpec,
  events: TimeLimitEvent[],
  asOf: string,
  ruleId: string,
  settings?: Partial<AlertSettings>,
): Alert[] {
  return detectCaseAlerts(alertInput(caseRecord(spec), events, asOf), asOf, settings).filter(
    (a) => a.ruleId === ruleId,
  );
}

// 民初 普通 filed 2024-03-01: base end 2024-09-01 (Sunday), deadline 2024-09-02 (Monday).
const CIVIL: RecordSpec = { typeCode: "民初", procedure: "普通程序", filedOn: "2024-03-01" };
// 民初 简易 filed 2024-03-01: 3 months → 2024-06-01 (Saturday) → deadline 2024-06-03 (Monday).
const SUMMARY: RecordSpec = { typeCode: "民初", procedure: "简易程序", filedOn: "2024-03-01" };
const ext = (from: string, months: number, approvedBy?: string): TimeLimitEvent => ({
  kind: "extension",
  from,
  length: { months },
  approvedBy,
});

describe("concealed-overrun.natural-over-limit", () => {
  const events = [ext("2024-08-01", 6, "院长")]; // deadline 2025-03-01 (Sat) → 2025-03-03

  // A court that wants every such case warned (the default warns from 180 days over: below).
  const EVERY = { naturalOverLimitMinDays: 1 };

  it("fires the day after the base period ends while the extended deadline still runs", () => {
    // 2024-03-01 → 2024-09-02 = 185 natural days; base end 2024-09-01.
    const a = run(CIVIL, events, "2024-09-02", RULE_IDS.naturalOverLimit, EVERY);
    expect(a).toHaveLength(1);
    expect(a[0]!.reason).toBe(
      "立案 185 天，法定审限 6 个月（2024-09-01 届满），已扣除 0 天，延长 1 次，审限届满日为 2025-03-03，形式上未超审限",
    );
    expect(a[0]!.facts).toMatchObject({
      naturalDays: 185,
      overDays: 1,
      baseEnd: "2024-09-01",
      status: "running",
    });
    expect(a[0]!.key).toBe("concealed-overrun.natural-over-limit|（2024）内0602民初1号|2024-09-01");
    expect(a[0]!.severity).toBe("warning");
  });

  it("does not fire on the base period's last day", () => {
    expect(run(CIVIL, events, "2024-09-01", RULE_IDS.naturalOverLimit, EVERY)).toEqual([]);
  });

  it("by default warns from 180 days past the base period (fewer days over are counted in the indicator)", () => {
    // Base end 2024-09-01; + 180 days: Sep 30 → 10-01 (+30), 11-01 (+61), 12-01 (+91), 2025-01-01
    // (+122), 02-01 (+153), 02-28 (+180). Still within the extended deadline 2025-03-03.
    const a = run(CIVIL, events, "2025-02-28", RULE_IDS.naturalOverLimit);
    expect(a.map((x) => x.facts.overDays)).toEqual([180]);
    expect(run(CIVIL, events, "2025-02-27", RULE_IDS.naturalOverLimit)).toEqual([]);
  });

  it("fires on a case closed on time after the base period", () => {
    // Closed 2024-10-15: 184 + 44 = 228 natural days.
    const a = run(
      { ...CIVIL, closedOn: "2024-10-15", closureMode: "判决" },
      events,
      "2024-12-01",
      RULE_IDS.naturalOverLimit,
      EVERY,
    );
    expect(a[0]!.reason).toBe(
      "立案至结案 228 天，法定审限 6 个月（2024-09-01 届满），已扣除 0 天，延长 1 次，审限内结案（审限届满日 2025-03-03）",
    );
  });

  it("leaves a case closed more than a year ago to the indicator", () => {
    const closed = { ...CIVIL, closedOn: "2024-10-15", closureMode: "判决" as const };
    // 2024-10-15 + 365 days = 2025-10-15.
    expect(run(closed, events, "2025-10-15", RULE_IDS.naturalOverLimit, EVERY)).toHaveLength(1);
    expect(run(closed, events, "2025-10-16", RULE_IDS.naturalOverLimit, EVERY)).toEqual([]);
  });

  it("does not fire when only the holiday roll carries the case past the base end, nor when formally overdue", () => {
    // Exclusion inside the period but the case closed on the base end itself.
    const excl: TimeLimitEvent[] = [
      { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: "2024-04-10" },
    ];
    expect(
      run(
        { ...CIVIL, closedOn: "2024-09-01", closureMode: "判决" },
        excl,
        "2024-12-01",
        RULE_IDS.naturalOverLimit,
      ),
    ).toEqual([]);
    // No event at all: closed on the rolled deadline 2024-09-02 — on time, nothing concealed.
    expect(
      run(
        { ...CIVIL, closedOn: "2024-09-02", closureMode: "判决" },
        [],
        "2024-12-01",
        RULE_IDS.naturalOverLimit,
      ),
    ).toEqual([]);
    // 简易 extended by a month (deadline 2024-07-01) but still pending on 2024-08-01: formally overdue.
    expect(run(SUMMARY, [ext("2024-05-10", 1, "院长")], "2024-08-01", RULE_IDS.naturalOverLimit)).toEqual([]);
  });
});

describe("concealed-overrun.open-interval-stale", () => {
  const susp: TimeLimitEvent[] = [{ kind: "suspension", from: "2024-04-01" }];

  it("fires when an open suspension has run more than 90 days (91 on 2024-07-01)", () => {
    // 2024-04-01 → 2024-07-01: 29 + 31 + 30 + 1 = 91 days.
    const a = run(CIVIL, susp, "2024-07-01", RULE_IDS.openIntervalStale);
    expect(a).toHaveLength(1);
    expect(a[0]!.reason).toBe("中止诉讼自 2024-04-01 起至今 91 天仍未结束（超过 90 天），期间不计入审限");
    expect(a[0]!.key).toBe(
      "concealed-overrun.open-interval-stale|（2024）内0602民初1号|suspension::2024-04-01",
    );
  });

  it("does not fire at 90 days, after a resumption, or on a closed case", () => {
    expect(run(CIVIL, susp, "2024-06-30", RULE_IDS.openIntervalStale)).toEqual([]);
    const resumed: TimeLimitEvent[] = [...susp, { kind: "resumption", from: "2024-05-01" }];
    expect(run(CIVIL, resumed, "2024-12-01", RULE_IDS.openIntervalStale)).toEqual([]);
    expect(
      run(
        { ...CIVIL, closedOn: "2024-11-01", closureMode: "调解" },
        susp,
        "2024-12-01",
        RULE_IDS.openIntervalStale,
      ),
    ).toEqual([]);
  });

  it("names the reason of an open exclusion", () => {
    const a = run(
      CIVIL,
      [{ kind: "exclusion", reason: "鉴定", from: "2024-04-01" }],
      "2024-07-01",
      RULE_IDS.openIntervalStale,
    );
    expect(a[0]!.reason).toBe(
      "扣除审限（鉴定）自 2024-04-01 起至今 91 天仍未结束（超过 90 天），期间不计入审限",
    );
  });
});

describe("concealed-overrun.interval-beyond-cause", () => {
  const notice = (to: string | null): TimeLimitEvent[] => [
    { kind: "exclusion", reason: "公告", from: "2024-04-01", to },
  ];
  const mediation = (to: string, note?: string): TimeLimitEvent[] => [
    { kind: "exclusion", reason: "调解", from: "2024-04-01", to, note },
  ];

  it("公告: beyond 30 days plus the 10-day margin fires (41 days), 40 does not", () => {
    // Default noticeMarginDays = 10: the interval starts when service by notice is decided.
    const a = run(CIVIL, notice("2024-05-12"), "2024-06-01", RULE_IDS.intervalBeyondCause);
    expect(a[0]!.reason).toBe(
      "公告扣除期间自 2024-04-01 至 2024-05-12，共 41 天，超过公告期 30 天及 10 天余量（自发出公告之日起经过三十日即视为送达）",
    );
    expect(a[0]!.key).toBe("concealed-overrun.interval-beyond-cause|（2024）内0602民初1号|公告:2024-04-01");
    expect(run(CIVIL, notice("2024-05-11"), "2024-06-01", RULE_IDS.intervalBeyondCause)).toEqual([]);
    // Without a margin, 31 days already fires and 30 does not.
    const strict = { noticeMarginDays: 0 };
    expect(run(CIVIL, notice("2024-05-02"), "2024-06-01", RULE_IDS.intervalBeyondCause, strict)).toHaveLength(
      1,
    );
    expect(run(CIVIL, notice("2024-05-01"), "2024-06-01", RULE_IDS.intervalBeyondCause, strict)).toEqual([]);
  });

  it("公告 still open fires as soon as it passes 30 days plus the margin", () => {
    const a = run(CIVIL, notice(null), "2024-05-12", RULE_IDS.intervalBeyondCause);
    expect(a[0]!.reason).toBe(
      "公告扣除期间自 2024-04-01 起至今未结束，已 41 天，超过公告期 30 天及 10 天余量（自发出公告之日起经过三十日即视为送达）",
    );
    expect(run(CIVIL, notice(null), "2024-05-11", RULE_IDS.intervalBeyondCause)).toEqual([]);
  });

  it("民特 公告 periods follow their own rules", () => {
    expect(
      run(
        { typeCode: "民特", filedOn: "2024-03-01" },
        notice("2024-12-01"),
        "2024-12-20",
        RULE_IDS.intervalBeyondCause,
      ),
    ).toEqual([]);
  });

  it("委托调解: 普通 15 days allowed, 简易 7; recorded consent waives", () => {
    const a = run(CIVIL, mediation("2024-04-17"), "2024-06-01", RULE_IDS.intervalBeyondCause);
    expect(a[0]!.reason).toBe(
      "委托调解扣除期间自 2024-04-01 至 2024-04-17，共 16 天，超过普通程序调解期限 15 天，且未记载当事人同意延长",
    );
    expect(run(CIVIL, mediation("2024-04-16"), "2024-06-01", RULE_IDS.intervalBeyondCause)).toEqual([]);
    expect(
      run(SUMMARY, mediation("2024-04-09"), "2024-05-01", RULE_IDS.intervalBeyondCause)[0]!.facts,
    ).toMatchObject({
      days: 8,
      allowedDays: 7,
      procedure: "简易程序",
    });
    expect(run(SUMMARY, mediation("2024-04-08"), "2024-05-01", RULE_IDS.intervalBeyondCause)).toEqual([]);
    expect(
      run(
        CIVIL,
        mediation("2024-05-17", "双方当事人同意延长调解期限"),
        "2024-06-01",
        RULE_IDS.intervalBeyondCause,
      ),
    ).toEqual([]);
  });
});

describe("concealed-overrun.late-extension", () => {
  it("15 days before the deadline is in time, 14 is late (civil)", () => {
    // Deadline before the extension: 2024-09-02. 2024-08-18 is 15 days before, 2024-08-19 14.
    expect(run(CIVIL, [ext("2024-08-18", 6, "院长")], "2024-10-01", RULE_IDS.lateExtension)).toEqual([]);
    const a = run(CIVIL, [ext("2024-08-19", 6, "院长")], "2024-10-01", RULE_IDS.lateExtension);
    expect(a[0]!.reason).toBe(
      "2024-08-19 批准延长审限 6 个月（院长批准），距此前审限届满日 2024-09-02 仅 14 天，应至少提前 15 天申请",
    );
    expect(a[0]!.severity).toBe("warning");
    expect(a[0]!.key).toBe("concealed-overrun.late-extension|（2024）内0602民初1号|2024-08-19");
  });

  it("an approval after the deadline is serious", () => {
    // 2024-09-10 − 2024-09-02 = 8 days late.
    const a = run(CIVIL, [ext("2024-09-10", 6, "院长")], "2024-10-01", RULE_IDS.lateExtension);
    expect(a[0]!.reason).toBe(
      "2024-09-10 批准延长审限 6 个月（院长批准），此前审限已于 2024-09-02 届满，晚 8 天事后补批",
    );
    expect(a[0]!.severity).toBe("serious");
    expect(a[0]!.facts).toMatchObject({ daysBeforeDeadline: -8, afterDeadline: true });
  });

  it("the deadline in force counts the exclusions before the extension", () => {
    // 鉴定 2024-04-01…04-10 (10 days): deadline 2024-09-01 + 10 = 2024-09-11 (Wed).
    const excl: TimeLimitEvent = { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: "2024-04-10" };
    expect(run(CIVIL, [excl, ext("2024-08-27", 6, "院长")], "2024-10-01", RULE_IDS.lateExtension)).toEqual(
      [],
    ); // 15
    expect(
      run(CIVIL, [excl, ext("2024-08-28", 6, "院长")], "2024-10-01", RULE_IDS.lateExtension)[0]!.facts,
    ).toMatchObject({ deadlineBefore: "2024-09-11", daysBeforeDeadline: 14 });
  });

  it("administrative needs 10 days, criminal 15", () => {
    const adm: RecordSpec = { typeCode: "行初", procedure: "普通程序", filedOn: "2024-03-01" }; // deadline 2024-09-02
    expect(run(adm, [ext("2024-08-23", 3, "高级人民法院")], "2024-10-01", RULE_IDS.lateExtension)).toEqual(
      [],
    ); // 10
    expect(
      run(adm, [ext("2024-08-24", 3, "高级人民法院")], "2024-10-01", RULE_IDS.lateExtension),
    ).toHaveLength(1); // 9
    const crim: RecordSpec = { typeCode: "刑初", procedure: "普通程序", filedOn: "2024-09-01" }; // deadline 2024-11-01
    expect(run(crim, [ext("2024-10-17", 3, "上一级人民法院")], "2024-12-01", RULE_IDS.lateExtension)).toEqual(
      [],
    ); // 15
    expect(
      run(crim, [ext("2024-10-18", 3, "上一级人民法院")], "2024-12-01", RULE_IDS.lateExtension),
    ).toHaveLength(1); // 14
  });
});

describe("concealed-overrun.repeated-extension and extension-beyond-max", () => {
  it("two extensions are repeated; one is not", () => {
    const events = [ext("2024-08-01", 6, "院长"), ext("2025-02-01", 3, "上级人民法院")];
    const a = run(CIVIL, events, "2025-03-01", RULE_IDS.repeatedExtension);
    expect(a[0]!.reason).toBe(
      "已延长审限 2 次，累计 9 个月：2024-08-01 6 个月（院长）、2025-02-01 3 个月（上级人民法院）",
    );
    expect(a[0]!.key).toBe("concealed-overrun.repeated-extension|（2024）内0602民初1号|2025-02-01");
    // The higher court approved the part beyond 6 months: not beyond the maximum.
    expect(run(CIVIL, events, "2025-03-01", RULE_IDS.extensionBeyondMax)).toEqual([]);
    expect(run(CIVIL, [ext("2024-08-01", 6, "院长")], "2025-03-01", RULE_IDS.repeatedExtension)).toEqual([]);
  });

  it("普通 extended beyond 6 months by the president fires", () => {
    const events = [ext("2024-08-01", 6, "院长"), ext("2025-02-01", 3, "院长")];
    const a = run(CIVIL, events, "2025-03-01", RULE_IDS.extensionBeyondMax);
    expect(a[0]!.reason).toBe(
      "民事一审普通程序累计延长审限 9 个月，超过本院院长可批准的 6 个月；2025-02-01 第 2 次延长（3 个月）由“院长”批准，超出部分应由上级人民法院批准",
    );
    expect(a[0]!.severity).toBe("serious");
    expect(
      run(CIVIL, [ext("2024-08-01", 7, "院长")], "2024-10-01", RULE_IDS.extensionBeyondMax),
    ).toHaveLength(1);
    expect(run(CIVIL, [ext("2024-08-01", 6, "院长")], "2024-10-01", RULE_IDS.extensionBeyondMax)).toEqual([]);
  });

  it("简易 extended beyond 1 month fires whoever approved it (total ≤ 4 months)", () => {
    // First +1 month (院长, 2024-05-10): deadline 2024-07-01. Second +1 month on 2024-06-10.
    const events = [ext("2024-05-10", 1, "院长"), ext("2024-06-10", 1, "上级人民法院")];
    const a = run(SUMMARY, events, "2024-07-15", RULE_IDS.extensionBeyondMax);
    expect(a[0]!.reason).toBe(
      "民事简易程序累计延长审限 2 个月，超过本院院长可批准的 1 个月；2024-06-10 第 2 次延长（1 个月）由“上级人民法院”批准，法律不允许再延长",
    );
    expect(run(SUMMARY, [ext("2024-05-10", 1, "院长")], "2024-06-15", RULE_IDS.extensionBeyondMax)).toEqual(
      [],
    );
  });
});

describe("concealed-overrun.late-conversion", () => {
  const conv = (from: string): TimeLimitEvent[] => [
    { kind: "procedureChange", from, newProcedure: "普通程序" },
  ];

  it("简易 → 普通 with 14 days left fires, 15 does not", () => {
    // Summary deadline 2024-06-03: 2024-05-19 is 15 days before, 2024-05-20 14.
    expect(run(SUMMARY, conv("2024-05-19"), "2024-07-01", RULE_IDS.lateConversion)).toEqual([]);
    const a = run(SUMMARY, conv("2024-05-20"), "2024-07-01", RULE_IDS.lateConversion);
    expect(a[0]!.reason).toBe(
      "2024-05-20 由简易程序转为普通程序，距按简易程序计算的审限届满日 2024-06-03 仅 14 天（少于 15 天）",
    );
    expect(a[0]!.severity).toBe("warning");
  });

  it("a conversion after the summary deadline is serious", () => {
    const a = run(SUMMARY, conv("2024-06-10"), "2024-07-01", RULE_IDS.lateConversion);
    expect(a[0]!.reason).toBe(
      "2024-06-10 由简易程序转为普通程序，按简易程序计算的审限已于 2024-06-03 届满 7 天",
    );
    expect(a[0]!.severity).toBe("serious");
  });

  it("criminal conversions restart the clock and are not this rule", () => {
    const crim: RecordSpec = { typeCode: "刑初", procedure: "简易程序", filedOn: "2024-09-02" };
    expect(run(crim, conv("2024-09-20"), "2024-10-01", RULE_IDS.lateConversion)).toEqual([]);
  });
});

describe("concealed-overrun.excluded-share", () => {
  // Closed 2024-06-09: 2024-03-01 → 2024-06-09 = 100 natural days.
  const closed: RecordSpec = { ...CIVIL, closedOn: "2024-06-09", closureMode: "判决" };
  const appraisal = (to: string): TimeLimitEvent[] => [
    { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to },
  ];

  it("with a 31 % threshold, 31 excluded days of 100 fire, 30 do not", () => {
    // 2024-04-01…2024-05-01 inclusive = 31 days; …04-30 = 30.
    const s = { excludedSharePercent: 31, excludedShareMinExcludedDays: 1 };
    const a = run(closed, appraisal("2024-05-01"), "2024-07-01", RULE_IDS.excludedShare, s);
    expect(a[0]!.reason).toBe("扣除和中止共 31 天，占自然审理天数 100 天的 31%（达到 31%）");
    expect(a[0]!.severity).toBe("info");
    expect(run(closed, appraisal("2024-04-30"), "2024-07-01", RULE_IDS.excludedShare, s)).toEqual([]);
  });

  it("by default warns at 70 % and 180 excluded days", () => {
    // Pending, filed 2024-03-01, as of 2024-09-10: 31+30+31+30+31+31+9 = 193 natural days.
    // 鉴定 2024-03-02…2024-08-28 inclusive: 30 + 30 + 31 + 30 + 31 + 28 = 180 days; 180/193 = 93.3 %.
    const pending: RecordSpec = { ...CIVIL };
    const from = (to: string): TimeLimitEvent[] => [
      { kind: "exclusion", reason: "鉴定", from: "2024-03-02", to },
    ];
    const a = run(pending, from("2024-08-28"), "2024-09-10", RULE_IDS.excludedShare);
    expect(a.map((x) => x.reason)).toEqual([
      "扣除和中止共 180 天，占自然审理天数 193 天的 93.3%（达到 70%）",
    ]);
    expect(run(pending, from("2024-08-27"), "2024-09-10", RULE_IDS.excludedShare)).toEqual([]);
    // 31 of 100 days is far from the default threshold.
    expect(run(closed, appraisal("2024-05-01"), "2024-07-01", RULE_IDS.excludedShare)).toEqual([]);
  });

  it("cases under 30 natural days are left out", () => {
    const short: RecordSpec = { ...CIVIL, closedOn: "2024-03-25", closureMode: "判决" };
    const events: TimeLimitEvent[] = [
      { kind: "exclusion", reason: "鉴定", from: "2024-03-02", to: "2024-03-20" },
    ];
    expect(run(short, events, "2024-07-01", RULE_IDS.excludedShare)).toEqual([]);
  });
});

describe("concealed-overrun.stale-pre-filing-mediation", () => {
  // 民诉前调 registered 2024-03-01: 30 days → 2024-03-31; 31 days on 2024-04-01.
  const med: RecordSpec = { typeCode: "民诉前调", filedOn: "2024-03-01" };
  it("fires after 30 days pending, not at 30", () => {
    const a = run(med, [], "2024-04-01", RULE_IDS.stalePreFilingMediation);
    expect(a[0]!.reason).toBe(
      "诉前调解案件自 2024-03-01 登记，至今 31 天未结，超过 30 天调解期限，纠纷尚未立案、审限未起算",
    );
    expect(a[0]!.key).toBe(
      "concealed-overrun.stale-pre-filing-mediation|（2024）内0602民诉前调1号|2024-04-01",
    );
    expect(run(med, [], "2024-03-31", RULE_IDS.stalePreFilingMediation)).toEqual([]);
  });
  it("does not fire once closed, nor on other types", () => {
    expect(
      run(
        { ...med, closedOn: "2024-05-01", closureMode: "其他" },
        [],
        "2024-06-01",
        RULE_IDS.stalePreFilingMediation,
      ),
    ).toEqual([]);
    expect(
      run({ typeCode: "民特", filedOn: "2024-03-01" }, [], "2024-06-01", RULE_IDS.stalePreFilingMediation),
    ).toEqual([]);
  });
});
