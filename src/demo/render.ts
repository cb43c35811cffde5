/**
 * Rows — the as-of cut and the import rows: what is dated after as-of is not known yet (a case
 * closing later is pending, an interval ending later is open, a later event or 恢复诉讼 row is
 * dropped, an appeal decided later has no 二审结果); the closed-case data-quality problems
 * (data-quality.ts) are applied; the event rows are sorted by date.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import { formatFen } from "./amounts.js";
import type { DemoContext } from "./context.js";
import { appealOutcomeWithoutAppeal, impossibleClosureMode, openExclusionOnClosed } from "./data-quality.js";
import { iso } from "./dates.js";
import { type Draft, FIRST_INSTANCE } from "./draft.js";
import { triageTouch } from "./triage.js";
import type { DemoCase, DemoEventRow } from "./types.js";

export function render(ctx: DemoContext, x: Draft): DemoCase {
  const asOf = ctx.asOf;
  const closed = x.closing !== null && x.closing <= asOf;
  const cn = x.caseNumber;
  let mode: string | null = closed ? x.mode : null;
  const labels = x.labels;
  const triage = triageTouch(ctx, x);

  const rows: DemoEventRow[] = [];
  const froms: number[] = [];
  const add = (from: DayNumber, row: DemoEventRow) => {
    rows.push(row);
    froms.push(from);
  };
  for (const e of x.events) {
    if (e.from > asOf) continue;
    switch (e.kind) {
      case "extension":
        add(
          e.from,
          eventRow(cn, "延长审限", e.from, { length: e.length, approvedBy: e.approvedBy, note: e.note }),
        );
        break;
      case "procedureChange":
        add(e.from, eventRow(cn, "程序转换", e.from, { newProcedure: e.newProcedure, note: e.note }));
        break;
      case "exclusion": {
        const to = e.to === null || e.to > asOf ? null : iso(e.to);
        add(e.from, eventRow(cn, "扣除审限", e.from, { reason: e.reason, to, note: e.note }));
        break;
      }
      case "suspension": {
        const ended = e.to !== null && e.to <= asOf;
        if (e.resumptionRow) {
          add(e.from, eventRow(cn, "中止诉讼", e.from, { note: e.note }));
          if (ended)
            add(
              e.to as number,
              eventRow(cn, "恢复诉讼", e.to as number, { note: "中止诉讼的原因消除，恢复审理" }),
            );
        } else
          add(
            e.from,
            eventRow(cn, "中止诉讼", e.from, { to: ended ? iso(e.to as number) : null, note: e.note }),
          );
        break;
      }
    }
  }

  // 繁简分流: a 变更承办部门 known by as-of moves the case (and its judge) to the trial division.
  let division = x.division.name;
  let judge = x.judge;
  if (triage.move) {
    const m = triage.move;
    add(m.day, {
      ...eventRow(cn, "变更承办部门", m.day, { reason: m.reason }),
      priorDivision: m.from.name,
      newDivision: m.to.name,
    });
    division = m.to.name;
    judge = m.judge;
  }

  // Data-quality problems that need the closed state.
  if (closed) {
    const impossible = impossibleClosureMode(ctx.rng, x);
    if (impossible !== null) mode = impossible;
    const open = openExclusionOnClosed(ctx, x);
    if (open !== null)
      add(open.from, eventRow(cn, "扣除审限", open.from, { reason: open.reason, to: null, note: open.note }));
  }

  let appealed: string | null = null;
  let appealOutcome: string | null = null;
  let appealClosedOn: string | null = null;
  if (closed && FIRST_INSTANCE.has(x.typeCode)) {
    const a = x.appeal;
    if (a && a.filed <= asOf) {
      appealed = "是";
      if (a.closed <= asOf) {
        appealOutcome = a.outcome;
        appealClosedOn = iso(a.closed);
      }
    } else {
      appealed = "否";
      const dq = appealOutcomeWithoutAppeal(ctx, x);
      if (dq !== null) {
        appealed = dq.appealed;
        appealOutcome = dq.outcome;
        appealClosedOn = dq.closedOn;
      }
    }
  }

  let enforcementApplied: string | null = null;
  if (closed && x.typeCode === "民初" && (x.mode === "判决" || x.mode === "调解") && x.amountFen !== null) {
    enforcementApplied = x.enforcementOn !== null && x.enforcementOn <= asOf ? "是" : "否";
  }

  const effectiveOn = closed ? effectiveDay(x, asOf) : null;

  let order: number[] | undefined;
  if (rows.length > 1) {
    order = rows.map((_, i) => i).sort((a, b) => (froms[a] as number) - (froms[b] as number) || a - b);
  }
  const enterprise =
    x.enterpriseExtra || x.plaintiffs.some((p) => p.enterprise) || x.defendants.some((p) => p.enterprise);
  return {
    case: {
      caseNumber: cn,
      cause: x.cause,
      filedOn: iso(x.filed),
      procedure: x.recordedProcedure,
      division,
      judge,
      closedOn: closed ? iso(x.closing as number) : null,
      closureMode: mode,
      amount: x.amountFen === null ? null : formatFen(x.amountFen),
      plaintiffs: x.plaintiffs.length ? x.plaintiffs.map((p) => p.name).join("、") : null,
      defendants: x.defendants.length ? x.defendants.map((p) => p.name).join("、") : null,
      enterprise: enterprise ? "是" : "否",
      appealed,
      appealOutcome,
      appealClosedOn,
      enforcementApplied,
      recoveredAmount: x.recoveredFen === null ? null : formatFen(x.recoveredFen),
      archivedOn: closed && x.archived !== null && x.archived <= asOf ? iso(x.archived) : null,
      originCaseNumber: x.origin,
      effectiveOn: effectiveOn === null ? null : iso(effectiveOn),
      foreignRelated: triage.foreignRelated,
      counterclaim: triage.counterclaim,
      smallClaimsConsent: triage.smallClaimsConsent,
    },
    events: order ? order.map((i) => rows[i] as DemoEventRow) : rows,
    labels,
  };
}

function eventRow(
  caseNumber: string,
  kind: string,
  from: DayNumber,
  o: {
    reason?: string;
    to?: string | null;
    length?: string;
    newProcedure?: string;
    approvedBy?: string;
    note?: string;
  },
): DemoEventRow {
  return {
    caseNumber,
    kind,
    reason: o.reason ?? null,
    from: iso(from),
    to: o.to ?? null,
    length: o.length ?? null,
    newProcedure: o.newProcedure ?? null,
    approvedBy: o.approvedBy ?? null,
    note: o.note ?? null,
    priorDivision: null,
    newDivision: null,
  };
}

/** Days to serve a decision on the parties, in the demo court (local practice, no draw). */
const SERVICE_DAYS = 7;

/**
 * 生效日期 of a closed first-instance case, known by as-of (null otherwise). No random draw, so the
 * demo's other figures are unchanged. 调解书 takes effect when signed for (《民事诉讼法》（2021年修正）第一百条);
 * a withdrawal ruling at once; 小额诉讼 is 一审终审 (第一百六十五条); a judgment after its 15-day and a
 * ruling after its 10-day appeal period from service (第一百七十一条); an appealed judgment with the
 * appeal's decision, unless remanded.
 */
function effectiveDay(x: Draft, asOf: number): number | null {
  if (!FIRST_INSTANCE.has(x.typeCode) || x.closing === null) return null;
  const c = x.closing;
  let day: number | null;
  if (x.mode === "调解") day = c + SERVICE_DAYS;
  else if (x.mode === "撤诉" || x.mode === "按撤诉处理") day = c;
  else if (x.finalProcedure === "小额诉讼程序") day = c + SERVICE_DAYS;
  else if (x.mode === "判决") {
    const a = x.appeal;
    if (a && a.filed <= asOf) day = a.outcome === "发回重审" ? null : a.closed;
    else day = c + SERVICE_DAYS + 15;
  } else if (x.mode === "驳回起诉" || x.mode === "不予受理") day = c + SERVICE_DAYS + 10;
  else day = null;
  return day !== null && day <= asOf ? day : null;
}
