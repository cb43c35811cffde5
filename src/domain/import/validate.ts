/**
 * Validation of import rows (docs/import-format.md). Every problem names the sheet, the Excel row
 * number (header = 1), the column as the user sees it, the value and what is wrong. Errors block
 * the import; warnings do not.
 */

import { type AppraisalRecord, parseAppraisalKind, parseAppraisalStage } from "../appraisals/appraisal.js";
import type { PeriodLength } from "../calendar/period.js";
import {
  APPEAL_OUTCOMES,
  type AppealOutcome,
  type CaseRecord,
  CLOSURE_MODES,
  type ClosureMode,
} from "../case/case.js";
import { type Procedure, parseProcedure } from "../case/procedure.js";
import { parseCaseNumber } from "../case-number/index.js";
import { impliedProcedure } from "../time-limit/rules.js";
import {
  EVENT_KIND_NAMES,
  type ExclusionReason,
  parseEventKind,
  parseExclusionReason,
  parsePeriodLength,
  type TimeLimitEventKind,
} from "../time-limit/timeline.js";
import {
  APPRAISAL_COLUMNS,
  type AppraisalColumnKey,
  CASE_COLUMNS,
  type CaseColumnKey,
  EVENT_COLUMNS,
  type EventColumnKey,
  type RawCell,
  type RawRow,
} from "./columns.js";
import { cellText, type Parsed, parseAmountCell, parseBooleanCell, parseDateCell } from "./values.js";

export interface ImportIssue {
  sheet: string;
  /** Excel row number (header = 1); 0 for problems with the file as a whole. */
  row: number;
  /** The column's Chinese header. */
  column: string;
  value: string;
  message: string;
  severity: "error" | "warning";
}

export interface RowContext {
  sheet: string;
  row: number;
  /** The date imports are checked against (dates after it are suspicious). */
  today?: string;
  /** Decides whether a cause is known (undefined: do not check). */
  isKnownCause?: (cause: string) => boolean;
}

const CASE_HEADER = Object.fromEntries(CASE_COLUMNS.map((c) => [c.key, c.header])) as Record<
  CaseColumnKey,
  string
>;
const EVENT_HEADER = Object.fromEntries(EVENT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  EventColumnKey,
  string
>;

class Issues {
  readonly list: ImportIssue[] = [];
  constructor(
    private readonly ctx: RowContext,
    private readonly headers: Record<string, string>,
  ) {}
  error(key: string, value: RawCell | undefined, message: string): void {
    this.add(key, value, message, "error");
  }
  warn(key: string, value: RawCell | undefined, message: string): void {
    this.add(key, value, message, "warning");
  }
  private add(key: string, value: RawCell | undefined, message: string, severity: ImportIssue["severity"]) {
    this.list.push({
      sheet: this.ctx.sheet,
      row: this.ctx.row,
      column: this.headers[key] ?? key,
      value: cellText(value),
      message,
      severity,
    });
  }
  get hasErrors(): boolean {
    return this.list.some((i) => i.severity === "error");
  }
}

function isEmpty(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function text(cell: RawCell | undefined): string | null {
  if (isEmpty(cell)) return null;
  return cellText(cell).trim();
}

/**
 * A cell read with one of the cell parsers: empty is null (an error when required), a bad value is
 * an error on that cell.
 */
function parsedCell<T>(
  issues: Issues,
  key: string,
  cell: RawCell | undefined,
  parse: (cell: RawCell) => Parsed<T>,
  required = false,
): T | null {
  if (isEmpty(cell)) {
    if (required) issues.error(key, cell, "必填项为空");
    return null;
  }
  const p = parse(cell as RawCell);
  if (!p.ok) {
    issues.error(key, cell, p.message);
    return null;
  }
  return p.value;
}

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

export interface CaseRowResult {
  record?: CaseRecord;
  issues: ImportIssue[];
}

/** Validates one 案件 row. */
export function validateCaseRow(raw: RawRow<CaseColumnKey>, ctx: RowContext): CaseRowResult {
  const issues = new Issues(ctx, CASE_HEADER);

  const date = (key: CaseColumnKey, required: boolean): string | null => {
    const d = parsedCell(issues, key, raw[key], parseDateCell, required);
    if (d && ctx.today && d > ctx.today) issues.warn(key, raw[key], `日期晚于今天 (${ctx.today})`);
    return d;
  };
  const bool = (key: CaseColumnKey) => parsedCell(issues, key, raw[key], parseBooleanCell);
  const amount = (key: CaseColumnKey) => parsedCell(issues, key, raw[key], parseAmountCell);
  const required = (key: CaseColumnKey): string | null => {
    const t = text(raw[key]);
    if (t === null) issues.error(key, raw[key], "必填项为空");
    return t;
  };

  // 案号
  let identity:
    | Pick<CaseRecord, "caseNumber" | "courtCode" | "year" | "typeCode" | "category" | "instance">
    | undefined;
  const caseNumberText = text(raw.caseNumber);
  if (caseNumberText === null) issues.error("caseNumber", raw.caseNumber, "必填项为空");
  else {
    const parsed = parseCaseNumber(caseNumberText);
    if (!parsed.ok) issues.error("caseNumber", raw.caseNumber, parsed.error.message);
    else {
      const v = parsed.value;
      if (v.legacy) {
        if (!v.typeCode || !v.category || !v.instance) {
          issues.error("caseNumber", raw.caseNumber, "旧式案号无法识别案件类型代字");
        } else {
          issues.warn("caseNumber", raw.caseNumber, "2016 年以前的旧式案号");
          identity = {
            caseNumber: v.normalized,
            courtCode: v.courtCode ?? v.courtAbbr ?? "",
            year: v.year,
            typeCode: v.typeCode,
            category: v.category,
            instance: v.instance,
          };
        }
      } else {
        identity = {
          caseNumber: v.normalized,
          courtCode: v.courtCode,
          year: v.year,
          typeCode: v.typeCode,
          category: v.category,
          instance: v.instance,
        };
      }
    }
  }

  const filedOn = date("filedOn", true);
  const closedOn = date("closedOn", false);
  if (filedOn && closedOn && closedOn < filedOn) {
    issues.error("closedOn", raw.closedOn, `结案日期早于立案日期 ${filedOn}`);
  }

  const division = required("division");
  const judge = required("judge");

  let procedure: Procedure | null = null;
  const procText = text(raw.procedure);
  if (procText !== null) {
    const p = parseProcedure(procText);
    if (!p) issues.error("procedure", raw.procedure, "未知的审理程序");
    else procedure = p;
  } else if (identity && !impliedProcedure(identity.typeCode)) {
    if (["民初", "刑初", "行初"].includes(identity.typeCode)) {
      issues.warn("procedure", raw.procedure, `未注明审理程序，${identity.typeCode}案件按普通程序计算审限`);
    }
  }

  let closureMode: ClosureMode | null = null;
  const modeText = text(raw.closureMode);
  if (modeText !== null) {
    const m = oneOf(CLOSURE_MODES, modeText);
    if (!m) issues.error("closureMode", raw.closureMode, `未知的结案方式 (应为 ${CLOSURE_MODES.join("、")})`);
    else closureMode = m;
    if (isEmpty(raw.closedOn)) {
      issues.error("closureMode", raw.closureMode, "有结案方式但没有结案日期");
    }
  } else if (closedOn !== null) {
    issues.error("closureMode", raw.closureMode, "已结案件必须填写结案方式");
  }

  const cause = text(raw.cause);
  if (identity && ["civil", "criminal", "administrative"].includes(identity.category)) {
    if (cause === null) {
      if (["民初", "民终", "刑初", "刑终", "行初", "行终"].includes(identity.typeCode)) {
        issues.error("cause", raw.cause, "民事、刑事、行政案件必须填写案由");
      }
    } else if (ctx.isKnownCause && !ctx.isKnownCause(cause)) {
      issues.warn("cause", raw.cause, "案由不在案由目录中");
    }
  }

  let appealOutcome: AppealOutcome | null = null;
  const outcomeText = text(raw.appealOutcome);
  if (outcomeText !== null) {
    const o = oneOf(APPEAL_OUTCOMES, outcomeText);
    if (!o)
      issues.error("appealOutcome", raw.appealOutcome, `未知的二审结果 (应为 ${APPEAL_OUTCOMES.join("、")})`);
    else appealOutcome = o;
  }

  // 原审案号: any well-formed case number (another court's is fine; it may not be imported yet),
  // stored normalised so that links resolve by equality once the origin arrives.
  let originCaseNumber: string | null = null;
  const originText = text(raw.originCaseNumber);
  if (originText !== null) {
    const parsed = parseCaseNumber(originText);
    if (!parsed.ok) issues.error("originCaseNumber", raw.originCaseNumber, parsed.error.message);
    else if (identity && parsed.value.normalized === identity.caseNumber) {
      issues.error("originCaseNumber", raw.originCaseNumber, "原审案号不能是本案案号");
    } else originCaseNumber = parsed.value.normalized;
  }
  const effectiveOn = date("effectiveOn", false);
  if (effectiveOn && closedOn && effectiveOn < closedOn) {
    issues.error("effectiveOn", raw.effectiveOn, `生效日期早于结案日期 ${closedOn}`);
  }
  if (effectiveOn && !closedOn) {
    issues.warn("effectiveOn", raw.effectiveOn, "未结案件填写了生效日期");
  }

  // An explicit literal (no spread): this runs once per imported row.
  const record: CaseRecord | undefined =
    identity && filedOn && division && judge
      ? {
          caseNumber: identity.caseNumber,
          courtCode: identity.courtCode,
          year: identity.year,
          typeCode: identity.typeCode,
          category: identity.category,
          instance: identity.instance,
          cause,
          procedure,
          division,
          judge,
          filedOn,
          closedOn,
          closureMode,
          amountFen: amount("amount"),
          plaintiffs: text(raw.plaintiffs),
          defendants: text(raw.defendants),
          enterprise: bool("enterprise"),
          appealed: bool("appealed"),
          appealOutcome,
          appealClosedOn: date("appealClosedOn", false),
          enforcementApplied: bool("enforcementApplied"),
          recoveredAmountFen: amount("recoveredAmount"),
          archivedOn: date("archivedOn", false),
          originCaseNumber,
          effectiveOn,
          foreignRelated: bool("foreignRelated"),
          counterclaim: bool("counterclaim"),
          smallClaimsConsent: bool("smallClaimsConsent"),
        }
      : undefined;
  if (!record) {
    // Still check the remaining cells so that every problem of the row is reported.
    amount("amount");
    bool("enterprise");
    bool("appealed");
    date("appealClosedOn", false);
    bool("enforcementApplied");
    amount("recoveredAmount");
    date("archivedOn", false);
    bool("foreignRelated");
    bool("counterclaim");
    bool("smallClaimsConsent");
  }
  return { record: issues.hasErrors ? undefined : record, issues: issues.list };
}

/**
 * The kinds of the 审限变更 sheet: the 审限 events, and 变更承办部门 (divisionChange) — a case moved
 * to another division (e.g. sent back from the 速裁团队), which does not touch the 审限 but is read by
 * 繁简分流's 退案流转.
 */
export type ImportEventKind = TimeLimitEventKind | "divisionChange";

export const IMPORT_EVENT_KIND_NAMES: Record<ImportEventKind, string> = {
  ...EVENT_KIND_NAMES,
  divisionChange: "变更承办部门",
};

const DIVISION_CHANGE_ALIASES = new Set([
  "变更承办部门",
  "承办部门变更",
  "变更部门",
  "移转部门",
  "divisionchange",
]);

/** parseEventKind, and 变更承办部门. */
export function parseImportEventKind(text: string): ImportEventKind | undefined {
  if (DIVISION_CHANGE_ALIASES.has(text.trim().toLowerCase())) return "divisionChange";
  return parseEventKind(text);
}

/**
 * The reason of a 变更承办部门 the importer records itself: a re-import names another 承办部门 for a
 * stored case and the file has no 变更承办部门 row for it. Its date is the import's day.
 */
export const INFERRED_DIVISION_CHANGE_REASON = "导入时发现承办部门变更";

/** A validated 审限变更 row. */
export interface EventRecord {
  caseNumber: string;
  kind: ImportEventKind;
  /** The 扣除审限 reason; for 变更承办部门, the reason in free text. */
  reason: ExclusionReason | string | null;
  from: string;
  to: string | null;
  length: PeriodLength | null;
  newProcedure: Procedure | null;
  approvedBy: string | null;
  note: string | null;
  /** 变更承办部门: the division before (optional) and after. */
  priorDivision?: string | null;
  newDivision?: string | null;
}

export interface EventRowResult {
  record?: EventRecord;
  issues: ImportIssue[];
}

/** Validates one 审限变更 row (the case reference is checked by the importer). */
export function validateEventRow(raw: RawRow<EventColumnKey>, ctx: RowContext): EventRowResult {
  const issues = new Issues(ctx, EVENT_HEADER);
  let caseNumber: string | null = null;
  const cn = text(raw.caseNumber);
  if (cn === null) issues.error("caseNumber", raw.caseNumber, "必填项为空");
  else {
    const parsed = parseCaseNumber(cn);
    if (!parsed.ok) issues.error("caseNumber", raw.caseNumber, parsed.error.message);
    else caseNumber = parsed.value.normalized;
  }

  let kind: ImportEventKind | undefined;
  const kindText = text(raw.kind);
  if (kindText === null) issues.error("kind", raw.kind, "必填项为空");
  else {
    kind = parseImportEventKind(kindText);
    if (!kind)
      issues.error(
        "kind",
        raw.kind,
        "未知的事项 (应为 延长审限、扣除审限、中止诉讼、恢复诉讼、程序转换、变更承办部门)",
      );
  }

  const dateOf = (key: "from" | "to", required: boolean) =>
    parsedCell(issues, key, raw[key], parseDateCell, required);
  const from = dateOf("from", true);
  const to = dateOf("to", false);
  if (from && to && to < from) issues.error("to", raw.to, `结束日期早于开始日期 ${from}`);

  let reason: ExclusionReason | string | null = null;
  const reasonText = text(raw.reason);
  if (kind === "divisionChange") reason = reasonText;
  else if (reasonText !== null) {
    const r = parseExclusionReason(reasonText);
    if (!r)
      issues.error(
        "reason",
        raw.reason,
        "未知的原因 (应为 公告、鉴定、管辖异议、审计评估、和解、调解、补充侦查、其他)",
      );
    else reason = r;
  } else if (kind === "exclusion") issues.error("reason", raw.reason, "扣除审限必须注明原因");

  let length: PeriodLength | null = null;
  const lengthText = text(raw.length);
  if (lengthText !== null) {
    const l = parsePeriodLength(lengthText);
    if (!l) issues.error("length", raw.length, "无法识别的期限 (应为 6个月、1个月、30天 等)");
    else length = l;
  } else if (kind === "extension") issues.error("length", raw.length, "延长审限必须注明期限");

  let newProcedure: Procedure | null = null;
  const npText = text(raw.newProcedure);
  if (npText !== null) {
    const p = parseProcedure(npText);
    if (!p) issues.error("newProcedure", raw.newProcedure, "未知的审理程序");
    else newProcedure = p;
  } else if (kind === "procedureChange")
    issues.error("newProcedure", raw.newProcedure, "程序转换必须注明新程序");

  const newDivision = text(raw.newDivision);
  if (kind === "divisionChange" && newDivision === null)
    issues.error("newDivision", raw.newDivision, "变更承办部门必须注明新部门");
  const priorDivision = text(raw.priorDivision);
  if (kind === "divisionChange" && priorDivision !== null && priorDivision === newDivision)
    issues.error("newDivision", raw.newDivision, "新部门与原部门相同");

  if (to !== null && kind && kind !== "exclusion" && kind !== "suspension") {
    issues.warn("to", raw.to, "该事项不使用结束日期，已忽略");
  }

  const record: EventRecord | undefined =
    !issues.hasErrors && caseNumber && kind && from
      ? {
          caseNumber,
          kind,
          reason: kind === "exclusion" || kind === "divisionChange" ? reason : null,
          from,
          to: kind === "exclusion" || kind === "suspension" ? to : null,
          length: kind === "extension" ? length : null,
          newProcedure: kind === "procedureChange" ? newProcedure : null,
          approvedBy: text(raw.approvedBy),
          note: text(raw.note),
          ...(kind === "divisionChange" ? { priorDivision, newDivision } : {}),
        }
      : undefined;
  return { record, issues: issues.list };
}

/**
 * A stable identity of an event within its case: the same row imported twice has the same key,
 * so re-imports append only new events.
 */
export function eventKey(e: EventRecord): string {
  const len = e.length ? `${e.length.months ?? 0}m${e.length.days ?? 0}d` : "";
  if (e.kind === "divisionChange") return [e.kind, e.from, e.newDivision ?? ""].join("|");
  return [e.kind, e.from, e.to ?? "", e.reason ?? "", len, e.newProcedure ?? ""].join("|");
}

/**
 * No 审限变更 can precede its case's 立案: the 审理期限 runs from the day after filing (法释〔2000〕29号
 * 第8条), so there is nothing to extend, deduct, suspend or convert before it. An event row dated
 * before the filing date — the filing date from the same file or, for a stored case, from the
 * database — is an error on its 开始日期.
 */
export function eventBeforeFilingIssue(
  e: { sheet: string; row: number; record: EventRecord; fromValue?: string },
  filedOn: string,
): ImportIssue | undefined {
  if (e.record.from >= filedOn) return undefined;
  return {
    sheet: e.sheet,
    row: e.row,
    column: EVENT_HEADER.from,
    value: e.fromValue ?? e.record.from,
    message: `${IMPORT_EVENT_KIND_NAMES[e.record.kind]}的开始日期早于该案立案日期 ${filedOn}：审理期限自立案次日起算，立案之前不能有审限变更`,
    severity: "error",
  };
}

/**
 * A re-import that moves a stored case's filing date after one of its stored events: the events
 * stay (an import only appends them), so the timeline would begin with an event before filing.
 * An error on the case row's 立案日期.
 */
export function filingAfterStoredEventIssue(
  c: { sheet: string; row: number; filedOn: string },
  earliest: { kind: ImportEventKind; from: string },
): ImportIssue | undefined {
  if (earliest.from >= c.filedOn) return undefined;
  return {
    sheet: c.sheet,
    row: c.row,
    column: CASE_HEADER.filedOn,
    value: c.filedOn,
    message: `立案日期晚于该案已导入的${IMPORT_EVENT_KIND_NAMES[earliest.kind]}（开始日期 ${earliest.from}）；审限变更只能追加，不能通过导入删除，请核对立案日期`,
    severity: "error",
  };
}

const APPRAISAL_HEADER = Object.fromEntries(APPRAISAL_COLUMNS.map((c) => [c.key, c.header])) as Record<
  AppraisalColumnKey,
  string
>;

export interface AppraisalRowResult {
  record?: AppraisalRecord;
  issues: ImportIssue[];
}

/**
 * Validates one 鉴定 row (docs/appraisals.md). The case reference is checked by the importer: a 诉中
 * appraisal's case must be in the file or stored; a 诉前 appraisal's 诉前调 number need only be a
 * well-formed case number.
 */
export function validateAppraisalRow(raw: RawRow<AppraisalColumnKey>, ctx: RowContext): AppraisalRowResult {
  const issues = new Issues(ctx, APPRAISAL_HEADER);
  let caseNumber: string | null = null;
  const cn = text(raw.caseNumber);
  if (cn === null) issues.error("caseNumber", raw.caseNumber, "必填项为空");
  else {
    const parsed = parseCaseNumber(cn);
    if (!parsed.ok) issues.error("caseNumber", raw.caseNumber, parsed.error.message);
    else caseNumber = parsed.value.normalized;
  }
  const stageText = text(raw.stage);
  const stage = stageText === null ? undefined : parseAppraisalStage(stageText);
  if (stageText === null) issues.error("stage", raw.stage, "必填项为空");
  else if (!stage) issues.error("stage", raw.stage, "未知的阶段 (应为 诉前、诉中)");
  const kindText = text(raw.kind);
  const kind = kindText === null ? undefined : parseAppraisalKind(kindText);
  if (kindText === null) issues.error("kind", raw.kind, "必填项为空");
  else if (!kind)
    issues.error("kind", raw.kind, "未知的鉴定类型 (应为 伤残、工程造价、笔迹、价格、医疗损害、其他)");
  const commissionedOn = parsedCell(issues, "commissionedOn", raw.commissionedOn, parseDateCell, true);
  const completedOn = parsedCell(issues, "completedOn", raw.completedOn, parseDateCell);
  if (commissionedOn && completedOn && completedOn < commissionedOn)
    issues.error("completedOn", raw.completedOn, `完成日期早于委托日期 ${commissionedOn}`);
  if (commissionedOn && ctx.today && commissionedOn > ctx.today)
    issues.error("commissionedOn", raw.commissionedOn, `委托日期晚于今天 (${ctx.today})`);
  if (completedOn && ctx.today && completedOn > ctx.today)
    issues.error("completedOn", raw.completedOn, `完成日期晚于今天 (${ctx.today})`);
  const extension = parsedCell(issues, "extensionApproved", raw.extensionApproved, parseBooleanCell);
  if (caseNumber && stage === "诉前" && !/诉前/.test(caseNumber))
    issues.warn("caseNumber", raw.caseNumber, "诉前鉴定一般登记在诉前调解案号下");
  const record: AppraisalRecord | undefined =
    !issues.hasErrors && caseNumber && stage && kind && commissionedOn
      ? {
          caseNumber,
          stage,
          kind,
          commissionedOn,
          institution: text(raw.institution),
          completedOn,
          extensionApproved: extension === true,
        }
      : undefined;
  return { record, issues: issues.list };
}

/**
 * A 诉中 appraisal whose case was filed after its 委托日期: an appraisal during the proceedings
 * cannot precede the filing. An error on the row's 委托日期.
 */
export function appraisalBeforeFilingIssue(
  a: { sheet: string; row: number; record: AppraisalRecord },
  filedOn: string,
): ImportIssue | undefined {
  if (a.record.stage !== "诉中" || a.record.commissionedOn >= filedOn) return undefined;
  return {
    sheet: a.sheet,
    row: a.row,
    column: APPRAISAL_HEADER.commissionedOn,
    value: a.record.commissionedOn,
    message: `诉中鉴定的委托日期早于该案立案日期 ${filedOn}：立案前委托的鉴定应登记为诉前鉴定`,
    severity: "error",
  };
}
