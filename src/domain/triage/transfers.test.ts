import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../case/derive-facts.js";
import { INFERRED_DIVISION_CHANGE_REASON } from "../import/validate.js";
import { TRIAGE_DEFAULTS, type TriageSettings } from "./settings.js";
import { fastTrackHistory, type TransferCase } from "./transfers.js";

// Defaults: the 速裁 division is 速裁团队, the time limit 15 days from filing.
const s: TriageSettings = TRIAGE_DEFAULTS;
const ASOF = "2025-12-31";

function c(over: Partial<TransferCase> = {}): TransferCase {
  return {
    typeCode: "民初",
    procedure: "简易程序",
    division: "速裁团队",
    filedOn: "2025-03-01",
    events: [],
    ...over,
  };
}

let nextId = 1;
function conversion(from: string, newProcedure: string, note: string | null = null): StoredEvent {
  return {
    id: nextId++,
    kind: "procedureChange",
    reason: null,
    from,
    to: null,
    lengthMonths: null,
    lengthDays: null,
    newProcedure,
    approvedBy: null,
    note,
  };
}
function move(from: string, prior: string | null, next: string, reason: string | null = null): StoredEvent {
  return {
    id: nextId++,
    kind: "divisionChange",
    reason,
    from,
    to: null,
    lengthMonths: null,
    lengthDays: null,
    newProcedure: null,
    approvedBy: null,
    note: null,
    priorDivision: prior,
    newDivision: next,
  };
}

describe("the track a case starts in", () => {
  it("简易 in 速裁团队 is 速裁; 小额诉讼程序 anywhere is 小额; 简易 elsewhere and 普通 are neither", () => {
    expect(fastTrackHistory(c(), s, ASOF).track).toBe("速裁");
    expect(fastTrackHistory(c({ procedure: "小额诉讼程序", division: "城东人民法庭" }), s, ASOF).track).toBe(
      "小额诉讼",
    );
    expect(fastTrackHistory(c({ division: "民事审判第一庭" }), s, ASOF).track).toBeNull();
    expect(fastTrackHistory(c({ procedure: "普通程序" }), s, ASOF).track).toBeNull();
    // Only 民初 cases are triaged.
    expect(fastTrackHistory(c({ typeCode: "民终" }), s, ASOF).track).toBeNull();
  });

  it("the division at filing is the one the first 变更承办部门 left, not the current one", () => {
    // Now in 民一庭, but filed in 速裁团队 and moved on 03-10.
    const h = fastTrackHistory(
      c({
        division: "民事审判第一庭",
        events: [move("2025-03-10", "速裁团队", "民事审判第一庭", "案情复杂")],
      }),
      s,
      ASOF,
    );
    expect(h.divisionAtFiling).toBe("速裁团队");
    expect(h.track).toBe("速裁");
    // Moved into 速裁团队 later: it did not start in the fast track.
    const into = fastTrackHistory(
      c({ division: "速裁团队", events: [move("2025-03-10", "民事审判第一庭", "速裁团队")] }),
      s,
      ASOF,
    );
    expect(into.track).toBeNull();
  });
});

describe("退案流转", () => {
  it("a 变更承办部门 away from 速裁团队 on day 15 is in time; on day 16 it is late", () => {
    // Filed 2025-03-01: 03-16 is 15 days later, 03-17 is 16.
    const onTime = fastTrackHistory(
      c({
        division: "民事审判第二庭",
        events: [move("2025-03-16", "速裁团队", "民事审判第二庭", "需要鉴定")],
      }),
      s,
      ASOF,
    ).transfer;
    expect(onTime).toMatchObject({
      kind: "divisionChange",
      on: "2025-03-16",
      daysInFastTrack: 15,
      late: false,
      reason: "需要鉴定",
      fromDivision: "速裁团队",
      toDivision: "民事审判第二庭",
      limitDays: 15,
      inferred: false,
    });
    const late = fastTrackHistory(
      c({ division: "民事审判第二庭", events: [move("2025-03-17", "速裁团队", "民事审判第二庭")] }),
      s,
      ASOF,
    ).transfer;
    expect(late).toMatchObject({ daysInFastTrack: 16, late: true });
    expect(late?.reason).toContain("未注明原因");
    // The limit is a setting: 20 days makes day 16 in time.
    const lenient = fastTrackHistory(
      c({ division: "民事审判第二庭", events: [move("2025-03-17", "速裁团队", "民事审判第二庭")] }),
      { ...s, transferBackDays: 20 },
      ASOF,
    ).transfer;
    expect(lenient?.late).toBe(false);
  });

  it("a 程序转换 from 小额 cites art. 169, from 简易 to 普通 art. 170, with the event's note", () => {
    const small = fastTrackHistory(
      c({
        procedure: "小额诉讼程序",
        division: "城东人民法庭",
        events: [conversion("2025-04-01", "简易程序", "被告下落不明需公告送达")],
      }),
      s,
      ASOF,
    ).transfer;
    // 03-01 → 04-01: 31 days, late under 15.
    expect(small).toMatchObject({
      kind: "procedureChange",
      daysInFastTrack: 31,
      late: true,
      fromProcedure: "小额诉讼程序",
      toProcedure: "简易程序",
      reason: "被告下落不明需公告送达",
    });
    expect(small?.basis).toContain("第一百六十九条");
    const summary = fastTrackHistory(c({ events: [conversion("2025-03-05", "普通程序")] }), s, ASOF).transfer;
    expect(summary).toMatchObject({ daysInFastTrack: 4, late: false, toProcedure: "普通程序" });
    expect(summary?.basis).toContain("第一百七十条");
    expect(summary?.reason).toBe("不宜适用简易程序，裁定转为普通程序（未注明原因）");
  });

  it("a 小额 case in 速裁团队 converted to 简易 stays in the fast track (速裁) until it leaves the team", () => {
    const h = fastTrackHistory(
      c({
        procedure: "小额诉讼程序",
        division: "民事审判第三庭",
        events: [
          conversion("2025-03-05", "简易程序"),
          move("2025-03-20", "速裁团队", "民事审判第三庭", "涉及多个关联案件"),
        ],
      }),
      s,
      ASOF,
    );
    expect(h.track).toBe("小额诉讼");
    expect(h.transfer).toMatchObject({ kind: "divisionChange", on: "2025-03-20", daysInFastTrack: 19 });
  });

  it("a case that stays, and events after asOf, give no transfer", () => {
    expect(fastTrackHistory(c(), s, ASOF).transfer).toBeNull();
    expect(
      fastTrackHistory(c({ events: [conversion("2025-05-01", "普通程序")] }), s, "2025-04-30").transfer,
    ).toBeNull();
    // A move between two 速裁 divisions is no transfer.
    const two = { ...s, fastTrack: { ...s.fastTrack, divisions: ["速裁团队", "速裁二组"] } };
    expect(
      fastTrackHistory(
        c({ division: "速裁二组", events: [move("2025-03-05", "速裁团队", "速裁二组")] }),
        two,
        ASOF,
      ).transfer,
    ).toBeNull();
  });

  it("an inferred division change is shown as such, dated the import, with no lateness judged", () => {
    const t = fastTrackHistory(
      c({
        division: "民事审判第一庭",
        events: [move("2025-06-30", "速裁团队", "民事审判第一庭", INFERRED_DIVISION_CHANGE_REASON)],
      }),
      s,
      ASOF,
    ).transfer;
    expect(t).toMatchObject({ inferred: true, late: null, on: "2025-06-30", daysInFastTrack: 121 });
    expect(t?.reason).toContain("按导入日期记录");
  });
});
