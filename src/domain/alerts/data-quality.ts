/**
 * 数据质量 (司法统计核查) — record-level checks that keep the statistics honest. They read the case
 * record (and its events) only, so they also run where deriveFacts cannot (a closing date before
 * the filing date makes the clock throw). The cross-case check (duplicate case numbers) is in
 * duplicates.ts.
 *
 * The common clean record goes through charCode comparisons and Set/Map lookups only: no regex,
 * no allocation.
 */
import type { DayNumber } from "../calendar/civil-date.js";
import { daysFromCivil } from "../calendar/civil-date.js";
import type { CaseRecord, ClosureMode } from "../case/case.js";
import type { CaseCategory, Instance } from "../case/category.js";
import type { Procedure } from "../case/procedure.js";
import { parseCaseNumber } from "../case-number/parse.js";
import { EVENT_KIND_NAMES, type TimeLimitEvent } from "../time-limit/timeline.js";
import { RULE_IDS } from "./rules.js";
import type { CompiledAlertSettings } from "./settings.js";
import type { Alert } from "./types.js";
import { isDisabled, isoDay, isoYear, makeAlert } from "./util.js";

// ── 案号 ───────────────────────────────────────────────────────────────────────

const FULL_OPEN = 0xff08; // （
const FULL_CLOSE = 0xff09; // ）
const HAO = "号".charCodeAt(0);
const ZHI = "之".charCodeAt(0);
const ZHI_SPECIAL = "知".charCodeAt(0);
const SUFFIX_CHARS = new Set("一二三四五六七八九十百零〇".split("").map((c) => c.charCodeAt(0)));

/** s.startsWith(sub, i) as a charCode loop (the builtin with a position is slower on the hot path). */
function matchAt(s: string, sub: string, i: number): boolean {
  if (i + sub.length > s.length) return false;
  for (let j = 0; j < sub.length; j++) if (s.charCodeAt(i + j) !== sub.charCodeAt(j)) return false;
  return true;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * True when the stored number is exactly the normalised 2016-format text of the record's year,
 * court code and type code: （YYYY）<court>[知]<type><serial>号[之N], serial without leading zeros
 * (刑核 keeps its fixed 8 digits). A charCode scan; anything else goes to the full parser.
 */
export function isCleanCaseNumber(r: CaseRecord): boolean {
  const s = r.caseNumber;
  if (s.length < 9 || s.charCodeAt(0) !== FULL_OPEN || s.charCodeAt(5) !== FULL_CLOSE) return false;
  let y = 0;
  for (let i = 1; i <= 4; i++) {
    if (!isDigitAt(s, i)) return false;
    y = y * 10 + s.charCodeAt(i) - 48;
  }
  if (y !== r.year || r.courtCode === "" || !matchAt(s, r.courtCode, 6)) return false;
  let i = 6 + r.courtCode.length;
  if (!matchAt(s, r.typeCode, i)) {
    if (s.charCodeAt(i) !== ZHI_SPECIAL || !matchAt(s, r.typeCode, i + 1)) return false;
    i++;
  }
  i += r.typeCode.length;
  const start = i;
  while (i < s.length && isDigitAt(s, i)) i++;
  if (i === start || (s.charCodeAt(start) === 48 && r.typeCode !== "刑核")) return false;
  if (s.charCodeAt(i) !== HAO) return false;
  i++;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== ZHI || i + 1 === s.length) return false;
  for (i++; i < s.length; i++) if (!SUFFIX_CHARS.has(s.charCodeAt(i))) return false;
  return true;
}

/** What is wrong with the stored number, or undefined when the full parser finds it clean. */
export function caseNumberProblem(r: CaseRecord): { detail: string; text: string } | undefined {
  const parsed = parseCaseNumber(r.caseNumber);
  if (!parsed.ok)
    return { detail: "unparseable", text: `案号“${r.caseNumber}”无法解析：${parsed.error.message}` };
  const v = parsed.value;
  if (v.legacy) return { detail: "legacy", text: `“${r.caseNumber}”是 2016 年以前的旧式案号（……字第……号）` };
  if (v.normalized !== r.caseNumber) {
    return {
      detail: "not-normalized",
      text: `案号“${r.caseNumber}”未按规范写法登记，规范写法为“${v.normalized}”`,
    };
  }
  if (v.year !== r.year || v.courtCode !== r.courtCode || v.typeCode !== r.typeCode) {
    return {
      detail: "mismatch",
      text: `案号解析为 ${v.year} 年、${v.courtCode}、${v.typeCode}，与登记的 ${r.year} 年、${r.courtCode}、${r.typeCode} 不一致`,
    };
  }
  return undefined;
}

/** A 2016-format court code: 最高法, or a high-court character with 0, 2 or 4 digits. */
function isModernCourtCode(code: string): boolean {
  if (code === "最高法") return true;
  if (code.length !== 1 && code.length !== 3 && code.length !== 5) return false;
  for (let i = 1; i < code.length; i++) if (!isDigitAt(code, i)) return false;
  return !isDigitAt(code, 0);
}

// ── 结案方式 ───────────────────────────────────────────────────────────────────

export interface ImpossibleClosureRow {
  modes: readonly ClosureMode[];
  /** Which cases cannot be closed this way, in Chinese. */
  cases: string;
  why: string;
  applies(category: CaseCategory, instance: Instance): boolean;
}

/** Closure modes that cannot occur on a kind of case (docs/alerts.md reproduces this table). */
export const IMPOSSIBLE_CLOSURE_MODES: readonly ImpossibleClosureRow[] = [
  {
    modes: ["维持", "改判", "发回重审", "准予撤回上诉"],
    cases: "一审案件（民初、刑初、行初、行赔初）",
    why: "维持、改判、发回重审、准予撤回上诉是第二审的裁判方式",
    applies: (_c, instance) => instance === "first",
  },
  {
    modes: ["维持", "改判", "发回重审", "准予撤回上诉"],
    cases: "执行案件（执、执恢、执保、执异、执复……）",
    why: "维持、改判、发回重审、准予撤回上诉是第二审的裁判方式",
    applies: (category) => category === "enforcement",
  },
  {
    modes: ["调解", "判决"],
    cases: "执行案件（执、执恢、执保、执异、执复……）",
    why: "执行案件不以调解或判决结案（执行中达成的是执行和解）",
    applies: (category) => category === "enforcement",
  },
  {
    modes: ["执行完毕", "终结本次执行程序", "终结执行"],
    cases: "审判案件（民事、刑事、行政）",
    why: "执行完毕、终结本次执行程序、终结执行是执行案件的结案方式",
    applies: (category) => category === "civil" || category === "criminal" || category === "administrative",
  },
];

const CLOSURE_ROWS_BY_MODE = new Map<string, ImpossibleClosureRow[]>();
for (const row of IMPOSSIBLE_CLOSURE_MODES) {
  for (const m of row.modes) {
    const list = CLOSURE_ROWS_BY_MODE.get(m);
    if (list) list.push(row);
    else CLOSURE_ROWS_BY_MODE.set(m, [row]);
  }
}

function impossibleClosure(r: CaseRecord): ImpossibleClosureRow | undefined {
  const mode = r.closureMode;
  if (mode === null) return undefined;
  const rows = CLOSURE_ROWS_BY_MODE.get(mode);
  if (rows === undefined) return undefined;
  for (const row of rows) if (row.applies(r.category, r.instance)) return row;
  return undefined;
}

// ── 审理程序 ───────────────────────────────────────────────────────────────────

const ANY_OTHER: Procedure = "其他";

/** The procedures a type code admits (其他 is always admitted); docs/alerts.md reproduces it. */
export const ALLOWED_PROCEDURES: ReadonlyMap<string, ReadonlySet<Procedure>> = new Map<
  string,
  ReadonlySet<Procedure>
>([
  ["民初", new Set<Procedure>(["普通程序", "简易程序", "小额诉讼程序", "速裁程序"])],
  ["刑初", new Set<Procedure>(["普通程序", "简易程序", "速裁程序"])],
  ["行初", new Set<Procedure>(["普通程序", "简易程序"])],
  ["执", new Set<Procedure>(["执行实施", "非诉执行"])],
  ["执恢", new Set<Procedure>(["执行实施", "非诉执行"])],
  ["执异", new Set<Procedure>(["执行审查"])],
  ["执复", new Set<Procedure>(["执行审查"])],
  ["执监", new Set<Procedure>(["执行审查"])],
]);

/** Second-instance types (民终, 刑终, 行终, 民辖终 …) admit 第二审程序 only. */
const SECOND_INSTANCE_PROCEDURES: ReadonlySet<Procedure> = new Set<Procedure>(["第二审程序"]);

function procedureMismatch(r: CaseRecord): boolean {
  const p = r.procedure;
  if (p === null || p === ANY_OTHER) return false;
  const allowed = r.instance === "second" ? SECOND_INSTANCE_PROCEDURES : ALLOWED_PROCEDURES.get(r.typeCode);
  return allowed !== undefined && !allowed.has(p);
}

const NEEDS_PROCEDURE = new Set(["民初", "刑初", "行初"]);

// ── 承办人、承办部门 ────────────────────────────────────────────────────────────

/** Values that stand for "nobody" in exports. */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set([
  "无",
  "-",
  "--",
  "—",
  "——",
  "/",
  "\\",
  "待定",
  "待分配",
  "未分配",
  "未分案",
  "暂无",
  "未知",
  "null",
  "NULL",
  "N/A",
]);

function blankOrPlaceholder(v: string | null | undefined): boolean {
  if (v === null || v === undefined || v.length === 0) return true;
  const t = v.trim();
  return t.length === 0 || PLACEHOLDER_NAMES.has(t);
}

// ── open intervals on a closed case ─────────────────────────────────────────────

/** The first exclusion or suspension still open at the closing day (a resumption closes the earliest open suspension). */
function firstOpenInterval(
  events: readonly TimeLimitEvent[],
  closedDay: DayNumber,
): { kind: "exclusion" | "suspension"; from: string; reason?: string } | undefined {
  let marks: { day: DayNumber; i: number; e: TimeLimitEvent }[] | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.kind === "exclusion" || e.kind === "suspension") {
      if (e.to) continue;
    } else if (e.kind !== "resumption") continue;
    const day = isoDay(e.from);
    if (day > closedDay) continue;
    if (marks === undefined) marks = [];
    marks.push({ day, i, e });
  }
  if (!marks) return undefined;
  marks.sort((a, b) => a.day - b.day || a.i - b.i);
  const openSuspensions: { from: string }[] = [];
  let firstExclusion: { from: string; reason: string; day: DayNumber } | undefined;
  for (const { e, day } of marks) {
    if (e.kind === "exclusion") {
      if (!firstExclusion) firstExclusion = { from: e.from, reason: e.reason, day };
    } else if (e.kind === "suspension") openSuspensions.push({ from: e.from });
    else openSuspensions.shift();
  }
  const s = openSuspensions[0];
  if (s && (!firstExclusion || s.from <= firstExclusion.from)) return { kind: "suspension", from: s.from };
  if (firstExclusion) return { kind: "exclusion", from: firstExclusion.from, reason: firstExclusion.reason };
  return undefined;
}

// ── the detector ───────────────────────────────────────────────────────────────

/**
 * Pushes the data-quality alerts of one record. `filedDay` may be passed when known (the facts'
 * filedDay) to skip a parse.
 */
export function detectDataQuality(
  r: CaseRecord,
  events: readonly TimeLimitEvent[],
  asOf: string,
  cs: CompiledAlertSettings,
  out: Alert[],
  filedDay?: DayNumber,
): void {
  const cn = r.caseNumber;

  if (!isCleanCaseNumber(r) && !isDisabled(cs, RULE_IDS.badCaseNumber)) {
    const p = caseNumberProblem(r);
    if (p) {
      out.push(
        makeAlert(RULE_IDS.badCaseNumber, cn, asOf, p.text, { caseNumber: cn, problem: p.detail }, p.detail),
      );
    }
  }

  const own = cs.s.ownCourtCode;
  if (
    own !== "" &&
    r.courtCode !== own &&
    isModernCourtCode(r.courtCode) &&
    !isDisabled(cs, RULE_IDS.foreignCourtCode)
  ) {
    out.push(
      makeAlert(
        RULE_IDS.foreignCourtCode,
        cn,
        asOf,
        `案号法院代字为“${r.courtCode}”，不是本院代字“${own}”`,
        { courtCode: r.courtCode, ownCourtCode: own },
        r.courtCode,
      ),
    );
  }

  const filedYear = isoYear(r.filedOn);
  if (filedYear !== r.year && !isDisabled(cs, RULE_IDS.yearMismatch)) {
    const fd = filedDay ?? isoDay(r.filedOn);
    const s = cs.s;
    const januaryGrace =
      filedYear === r.year + 1 && fd - daysFromCivil(filedYear, 1, 1) < s.yearMismatchJanuaryDays;
    const decemberGrace =
      filedYear === r.year - 1 && daysFromCivil(filedYear, 12, 31) - fd < s.yearMismatchDecemberDays;
    if (!januaryGrace && !decemberGrace) {
      let hint = "";
      if (filedYear === r.year - 1) hint = "：上年立案却使用次年案号";
      else if (filedYear === r.year + 1) hint = `：超出次年 1 月前 ${s.yearMismatchJanuaryDays} 日的宽限`;
      out.push(
        makeAlert(
          RULE_IDS.yearMismatch,
          cn,
          asOf,
          `案号收案年度为 ${r.year} 年，立案日期为 ${r.filedOn}${hint}`,
          {
            caseYear: r.year,
            filedOn: r.filedOn,
            filedYear,
            januaryGraceDays: s.yearMismatchJanuaryDays,
            decemberGraceDays: s.yearMismatchDecemberDays,
          },
          `${r.year}/${r.filedOn}`,
        ),
      );
    }
  }

  const closedOn = r.closedOn;
  if (closedOn !== null && closedOn < r.filedOn && !isDisabled(cs, RULE_IDS.closedBeforeFiled)) {
    out.push(
      makeAlert(
        RULE_IDS.closedBeforeFiled,
        cn,
        asOf,
        `结案日期 ${closedOn} 早于立案日期 ${r.filedOn}`,
        { filedOn: r.filedOn, closedOn },
        `${r.filedOn}/${closedOn}`,
      ),
    );
  }
  if (events.length > 0 && !isDisabled(cs, RULE_IDS.eventBeforeFiling)) {
    const filedOn = r.filedOn;
    let first: TimeLimitEvent | undefined;
    let early = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.from < filedOn) {
        early++;
        if (first === undefined || e.from < first.from) first = e;
      }
    }
    if (first !== undefined) {
      out.push(
        makeAlert(
          RULE_IDS.eventBeforeFiling,
          cn,
          asOf,
          `${EVENT_KIND_NAMES[first.kind]}的开始日期 ${first.from} 早于立案日期 ${filedOn}${early > 1 ? `（共 ${early} 条审限变更早于立案）` : ""}`,
          { filedOn, kind: first.kind, from: first.from, count: early },
          `${first.kind}:${first.from}`,
        ),
      );
    }
  }

  const closedNow = closedOn !== null && closedOn <= asOf;

  if (closedNow && r.closureMode === null && !isDisabled(cs, RULE_IDS.closedWithoutMode)) {
    out.push(
      makeAlert(
        RULE_IDS.closedWithoutMode,
        cn,
        asOf,
        `已于 ${closedOn} 结案，但未登记结案方式`,
        { closedOn },
        closedOn as string,
      ),
    );
  }

  if (r.closureMode !== null && !isDisabled(cs, RULE_IDS.impossibleClosureMode)) {
    const row = impossibleClosure(r);
    if (row) {
      out.push(
        makeAlert(
          RULE_IDS.impossibleClosureMode,
          cn,
          asOf,
          `${r.typeCode}案件登记的结案方式为“${r.closureMode}”：${row.why}`,
          { typeCode: r.typeCode, closureMode: r.closureMode, category: r.category, instance: r.instance },
          r.closureMode,
        ),
      );
    }
  }

  if (
    r.appealOutcome !== null &&
    r.appealed !== true &&
    !isDisabled(cs, RULE_IDS.appealOutcomeWithoutAppeal)
  ) {
    const appealed = r.appealed === false ? "否" : "空";
    out.push(
      makeAlert(
        RULE_IDS.appealOutcomeWithoutAppeal,
        cn,
        asOf,
        `登记了二审结果“${r.appealOutcome}”，但是否上诉为“${appealed}”`,
        { appealOutcome: r.appealOutcome, appealed: r.appealed },
        r.appealOutcome,
      ),
    );
  }

  if (closedNow && events.length > 0 && !isDisabled(cs, RULE_IDS.openExclusionOnClosed)) {
    const open = firstOpenInterval(events, isoDay(closedOn as string));
    if (open) {
      const name = open.kind === "suspension" ? "中止诉讼" : `扣除审限（${open.reason}）`;
      out.push(
        makeAlert(
          RULE_IDS.openExclusionOnClosed,
          cn,
          asOf,
          `已于 ${closedOn} 结案，但${name}自 ${open.from} 起没有结束日期${open.kind === "suspension" ? "或恢复诉讼记录" : ""}`,
          { closedOn, kind: open.kind, reason: open.reason ?? null, from: open.from },
          `${open.kind}:${open.from}`,
        ),
      );
    }
  }

  if (procedureMismatch(r) && !isDisabled(cs, RULE_IDS.procedureTypeMismatch)) {
    out.push(
      makeAlert(
        RULE_IDS.procedureTypeMismatch,
        cn,
        asOf,
        `类型代字为“${r.typeCode}”，审理程序却登记为“${r.procedure}”`,
        { typeCode: r.typeCode, procedure: r.procedure, instance: r.instance },
        `${r.typeCode}/${r.procedure}`,
      ),
    );
  }

  if (r.procedure === null && NEEDS_PROCEDURE.has(r.typeCode) && !isDisabled(cs, RULE_IDS.missingProcedure)) {
    out.push(
      makeAlert(
        RULE_IDS.missingProcedure,
        cn,
        asOf,
        `${r.typeCode}案件未登记审理程序，审限暂按普通程序计算`,
        { typeCode: r.typeCode },
        r.typeCode,
      ),
    );
  }

  const noJudge = blankOrPlaceholder(r.judge);
  const noDivision = blankOrPlaceholder(r.division);
  if ((noJudge || noDivision) && !isDisabled(cs, RULE_IDS.missingJudgeOrDivision)) {
    const parts: string[] = [];
    if (noJudge) parts.push(r.judge?.trim() ? `承办人为“${r.judge.trim()}”` : "承办人为空");
    if (noDivision) parts.push(r.division?.trim() ? `承办部门为“${r.division.trim()}”` : "承办部门为空");
    out.push(
      makeAlert(
        RULE_IDS.missingJudgeOrDivision,
        cn,
        asOf,
        `${parts.join("，")}，无法归入法官和部门的质效统计`,
        { judge: r.judge ?? null, division: r.division ?? null },
        noJudge && noDivision ? "judge+division" : noJudge ? "judge" : "division",
      ),
    );
  }
}
