import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../calendar/civil-date.js";
import type { TimeLimitEvent } from "../time-limit/timeline.js";
import type { CaseRecord } from "./case.js";
import { deriveFacts, type StoredEvent, toTimelineEvents } from "./derive-facts.js";

const d = parseIsoDate;

function rec(
  typeCode: string,
  procedure: CaseRecord["procedure"],
  filedOn: string,
  closedOn: string | null = null,
): CaseRecord {
  return {
    caseNumber: `（${filedOn.slice(0, 4)}）内0602${typeCode}1号`,
    courtCode: "内0602",
    year: Number(filedOn.slice(0, 4)),
    typeCode,
    category: typeCode.startsWith("执") ? "enforcement" : typeCode.startsWith("刑") ? "criminal" : "civil",
    instance: typeCode.startsWith("执") ? "enforcement" : "first",
    cause: null,
    procedure,
    division: "民事审判第一庭",
    judge: "张三",
    filedOn,
    closedOn,
    closureMode: closedOn ? "判决" : null,
    amountFen: null,
    plaintiffs: null,
    defendants: null,
    enterprise: null,
    appealed: closedOn ? true : null,
    appealOutcome: closedOn ? "发回重审" : null,
    appealClosedOn: null,
    enforcementApplied: null,
    recoveredAmountFen: null,
    archivedOn: null,
    originCaseNumber: null,
    effectiveOn: null,
    foreignRelated: null,
    counterclaim: null,
    smallClaimsConsent: null,
  };
}

describe("deriveFacts", () => {
  it("a pending case past its deadline is overdue from the day after it, open-ended", () => {
    // 简易 2024-01-15 + 3 months = 2024-04-15 (Mon); overdue from 04-16.
    const f = deriveFacts(rec("民初", "简易程序", "2024-01-15"), [], "2024-05-01");
    expect(f.status).toBe("overdue");
    expect(f.overdueFromDay).toBe(d("2024-04-16"));
    expect(f.overdueToDay).toBeNull();
    expect(f.age12mDay).toBe(d("2025-01-15"));
    expect(f.longPendingMonths).toBe(0);
    expect(f.firstInstance).toBe(true);
    expect(f.filedMonth).toBe("2024-01");
  });

  it("a case closed late was overdue from the day after the deadline to the day before closing", () => {
    // 执 2024-04-01 + 6 months = 2024-10-01 (国庆) → 2024-10-08; closed 10-20.
    const f = deriveFacts(rec("执", null, "2024-04-01", "2024-10-20"), [], "2024-12-31");
    expect(f.status).toBe("closed-late");
    expect(f.overdueFromDay).toBe(d("2024-10-09"));
    expect(f.overdueToDay).toBe(d("2024-10-19"));
    expect(f.durationDays).toBe(d("2024-10-20") - d("2024-04-01"));
    expect(f.reversed).toBe(false);
    expect(f.remanded).toBe(true);
  });

  it("an extension approved after the deadline ends the overdue days it leaves behind", () => {
    // 普通 2024-03-01: deadline 2024-09-02; extension +6 months approved 09-10 → 2025-03-03.
    // Overdue 09-03 … 09-09 (as of each of those days the extension was not yet approved).
    const events: TimeLimitEvent[] = [{ kind: "extension", from: "2024-09-10", length: { months: 6 } }];
    const f = deriveFacts(rec("民初", "普通程序", "2024-03-01"), events, "2024-12-01");
    expect(f.status).toBe("running");
    expect(f.deadline).toBe("2025-03-03");
    expect(f.overdueFromDay).toBe(d("2024-09-03"));
    expect(f.overdueToDay).toBe(d("2024-09-09"));
  });

  it("an open suspension keeps a case from ever being formally overdue", () => {
    const events: TimeLimitEvent[] = [{ kind: "suspension", from: "2024-03-01" }];
    const f = deriveFacts(rec("执", null, "2024-01-02"), events, "2024-12-31");
    expect(f.status).toBe("running");
    expect(f.openIntervals).toBe(1);
    expect(f.overdueFromDay).toBeNull();
  });

  it("the long-pending tier counts natural months while pending", () => {
    // Filed 2023-01-10, pending on 2024-12-31: 18 months reached on 2024-07-10, 24 only on 2025-01-10.
    const f = deriveFacts(rec("民初", "普通程序", "2023-01-10"), [], "2024-12-31");
    expect(f.longPendingMonths).toBe(18);
    expect(f.age24mDay).toBe(d("2025-01-10"));
    expect(f.naturalDays).toBe(d("2024-12-31") - d("2023-01-10"));
  });

  it("a case closed after asOf is pending as of asOf", () => {
    const f = deriveFacts(rec("民初", "简易程序", "2024-01-15", "2024-06-01"), [], "2024-05-01");
    expect(f.closedOn).toBeNull();
    expect(f.closureMode).toBeNull();
    expect(f.status).toBe("overdue");
  });
});

describe("toTimelineEvents", () => {
  it("lets a later record correct an earlier one of the same kind, date and reason", () => {
    const base = {
      reason: null,
      to: null,
      lengthMonths: null,
      lengthDays: null,
      newProcedure: null,
      approvedBy: null,
      note: null,
    };
    const stored: StoredEvent[] = [
      { ...base, id: 1, kind: "suspension", from: "2024-03-01" },
      { ...base, id: 2, kind: "exclusion", reason: "鉴定", from: "2024-04-01" },
      { ...base, id: 3, kind: "suspension", from: "2024-03-01", to: "2024-03-20" },
      { ...base, id: 4, kind: "exclusion", reason: "公告", from: "2024-04-01", to: "2024-05-01" },
    ];
    expect(toTimelineEvents(stored)).toEqual([
      { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: null, note: undefined },
      { kind: "suspension", from: "2024-03-01", to: "2024-03-20", note: undefined },
      { kind: "exclusion", reason: "公告", from: "2024-04-01", to: "2024-05-01", note: undefined },
    ]);
  });
});
