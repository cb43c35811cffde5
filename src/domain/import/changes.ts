/**
 * What a re-import changes in a stored case, as a person reads it: the Chinese column names of the
 * import format, dates as written, 是/否, amounts in yuan, and the 审限变更 it appends. The
 * validation report shows this list before the user commits, and the audit log keeps it.
 */
import type { PeriodLength } from "../calendar/period.js";
import type { CaseRecord } from "../case/case.js";
import { CASE_COLUMNS, type CaseColumnKey } from "./columns.js";
import { type EventRecord, IMPORT_EVENT_KIND_NAMES } from "./validate.js";

/** One changed field of a stored case: its column, the stored value and the file's value. */
export interface FieldChange {
  /** The column's Chinese header (新增审限变更 for an appended event). */
  field: string;
  before: string;
  after: string;
}

/** A stored case the file changes. */
export interface CaseChange {
  caseNumber: string;
  /** Its row in the 案件 sheet (Excel numbering), or null when the file only appends events to it. */
  row: number | null;
  fields: FieldChange[];
}

/** How an empty value reads. */
export const EMPTY_VALUE = "（空）";
/** The field of an appended event. */
export const NEW_EVENT_FIELD = "新增审限变更";
/** The "before" of an appended event: there was none. */
export const NO_EVENT = "—";

const HEADER = Object.fromEntries(CASE_COLUMNS.map((c) => [c.key, c.header])) as Record<
  CaseColumnKey,
  string
>;

type Shown = "text" | "bool" | "yuan";

/** The attributes a re-import can change, in the order of the import format, with their header. */
const FIELDS: readonly { key: keyof CaseRecord; header: string; shown: Shown }[] = [
  { key: "cause", header: HEADER.cause, shown: "text" },
  { key: "procedure", header: HEADER.procedure, shown: "text" },
  { key: "division", header: HEADER.division, shown: "text" },
  { key: "judge", header: HEADER.judge, shown: "text" },
  { key: "filedOn", header: HEADER.filedOn, shown: "text" },
  { key: "closedOn", header: HEADER.closedOn, shown: "text" },
  { key: "closureMode", header: HEADER.closureMode, shown: "text" },
  { key: "amountFen", header: HEADER.amount, shown: "yuan" },
  { key: "plaintiffs", header: HEADER.plaintiffs, shown: "text" },
  { key: "defendants", header: HEADER.defendants, shown: "text" },
  { key: "enterprise", header: HEADER.enterprise, shown: "bool" },
  { key: "appealed", header: HEADER.appealed, shown: "bool" },
  { key: "appealOutcome", header: HEADER.appealOutcome, shown: "text" },
  { key: "appealClosedOn", header: HEADER.appealClosedOn, shown: "text" },
  { key: "enforcementApplied", header: HEADER.enforcementApplied, shown: "bool" },
  { key: "recoveredAmountFen", header: HEADER.recoveredAmount, shown: "yuan" },
  { key: "archivedOn", header: HEADER.archivedOn, shown: "text" },
  { key: "originCaseNumber", header: HEADER.originCaseNumber, shown: "text" },
  { key: "effectiveOn", header: HEADER.effectiveOn, shown: "text" },
  { key: "foreignRelated", header: HEADER.foreignRelated, shown: "bool" },
  { key: "counterclaim", header: HEADER.counterclaim, shown: "bool" },
  { key: "smallClaimsConsent", header: HEADER.smallClaimsConsent, shown: "bool" },
  // Read from the 案号 itself: equal for the same normalised number, listed for completeness.
  { key: "courtCode", header: "法院代字", shown: "text" },
  { key: "year", header: "收案年度", shown: "text" },
  { key: "typeCode", header: "类型代字", shown: "text" },
];

const YUAN = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount in fen as a person reads it: 12,345.67 元. */
export function formatYuan(fen: number): string {
  return `${YUAN.format(fen / 100)} 元`;
}

function shownValue(v: unknown, shown: Shown): string {
  if (v === null || v === undefined || v === "") return EMPTY_VALUE;
  if (shown === "bool") return v === true || v === 1 ? "是" : "否";
  if (shown === "yuan" && typeof v === "number") return formatYuan(v);
  return String(v);
}

/** The fields that differ between the stored case and the file's, old → new. */
export function describeCaseChanges(stored: CaseRecord, incoming: CaseRecord): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of FIELDS) {
    const a = stored[f.key] ?? null;
    const b = incoming[f.key] ?? null;
    if (a === b) continue;
    out.push({ field: f.header, before: shownValue(a, f.shown), after: shownValue(b, f.shown) });
  }
  return out;
}

function lengthText(l: PeriodLength): string {
  const parts: string[] = [];
  if (l.months) parts.push(`${l.months}个月`);
  if (l.days) parts.push(`${l.days}天`);
  return parts.join("") || "0天";
}

/** One 审限变更 row in words: 延长审限 2024-08-20，期限 6个月，批准人 院长. */
export function describeEvent(e: EventRecord): string {
  const name = IMPORT_EVENT_KIND_NAMES[e.kind];
  let s: string;
  switch (e.kind) {
    case "exclusion":
      s = `${name}（${e.reason ?? "其他"}）${e.from} 至 ${e.to ?? "（未填结束日期）"}`;
      break;
    case "suspension":
      s = `${name} ${e.from} 至 ${e.to ?? "（未填结束日期）"}`;
      break;
    case "extension":
      s = `${name} ${e.from}，期限 ${e.length ? lengthText(e.length) : EMPTY_VALUE}`;
      break;
    case "procedureChange":
      s = `${name} ${e.from}，转为${e.newProcedure ?? EMPTY_VALUE}`;
      break;
    case "divisionChange":
      s = `${name} ${e.from}，${e.priorDivision ? `由${e.priorDivision}` : ""}转至${e.newDivision ?? EMPTY_VALUE}${e.reason ? `（${e.reason}）` : ""}`;
      break;
    default:
      s = `${name} ${e.from}`;
  }
  if (e.approvedBy) s += `，批准人 ${e.approvedBy}`;
  return s;
}

/** An appended event as a change of its case. */
export function eventChange(e: EventRecord): FieldChange {
  return { field: NEW_EVENT_FIELD, before: NO_EVENT, after: describeEvent(e) };
}
