/**
 * The case timeline: what the 审限 clock needs to know about a case. Its JSON form is the one in
 * docs/import-format.md ("Case timeline JSON"): the same Chinese values as the import, English
 * spellings accepted too. `parseTimeline` turns untrusted JSON into a typed Timeline or a list of
 * errors naming the field and the value.
 */
import { type IsoDate, tryParseIsoDate } from "../calendar/civil-date.js";
import type { PeriodLength } from "../calendar/period.js";
import { type Procedure, parseProcedure } from "../case/procedure.js";

export const EXCLUSION_REASONS = [
  "公告",
  "鉴定",
  "管辖异议",
  "审计评估",
  "和解",
  "调解",
  "补充侦查",
  "其他",
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export type TimeLimitEvent =
  | { kind: "extension"; from: IsoDate; length: PeriodLength; approvedBy?: string; note?: string }
  | { kind: "exclusion"; reason: ExclusionReason; from: IsoDate; to?: IsoDate | null; note?: string }
  | { kind: "suspension"; from: IsoDate; to?: IsoDate | null; note?: string }
  | { kind: "resumption"; from: IsoDate; note?: string }
  | { kind: "procedureChange"; from: IsoDate; newProcedure: Procedure; note?: string };

export type TimeLimitEventKind = TimeLimitEvent["kind"];

export interface Timeline {
  caseNumber: string;
  /** 审理程序 as recorded; inferred from the type code where it is unambiguous. */
  procedure?: Procedure | null;
  filedOn: IsoDate;
  closedOn?: IsoDate | null;
  /** 涉外 (or 涉港澳台) civil case: no statutory limit (CPL art. 287). */
  foreignRelated?: boolean;
  /** Criminal defendant in custody: the last day does not roll over holidays (CrPL art. 105 ¶4). */
  inCustody?: boolean;
  events: TimeLimitEvent[];
}

export const EVENT_KIND_NAMES: Record<TimeLimitEventKind, string> = {
  extension: "延长审限",
  exclusion: "扣除审限",
  suspension: "中止诉讼",
  resumption: "恢复诉讼",
  procedureChange: "程序转换",
};

const KIND_ALIASES: Record<string, TimeLimitEventKind> = {
  延长审限: "extension",
  延长: "extension",
  extension: "extension",
  扣除审限: "exclusion",
  扣除: "exclusion",
  exclusion: "exclusion",
  中止诉讼: "suspension",
  中止审理: "suspension",
  中止执行: "suspension",
  中止: "suspension",
  suspension: "suspension",
  恢复诉讼: "resumption",
  恢复审理: "resumption",
  恢复执行: "resumption",
  恢复: "resumption",
  resumption: "resumption",
  程序转换: "procedureChange",
  转换程序: "procedureChange",
  procedureChange: "procedureChange",
  "procedure-change": "procedureChange",
};

/** Reads an event kind in Chinese or English. */
export function parseEventKind(text: string): TimeLimitEventKind | undefined {
  const t = text.trim();
  return KIND_ALIASES[t] ?? KIND_ALIASES[t.toLowerCase()];
}

const REASON_ALIASES: Record<string, ExclusionReason> = {
  公告: "公告",
  公告期间: "公告",
  公告送达: "公告",
  notice: "公告",
  "public-notice": "公告",
  鉴定: "鉴定",
  鉴定期间: "鉴定",
  appraisal: "鉴定",
  管辖异议: "管辖异议",
  管辖争议: "管辖异议",
  jurisdiction: "管辖异议",
  审计评估: "审计评估",
  审计: "审计评估",
  评估: "审计评估",
  资产清理: "审计评估",
  audit: "审计评估",
  和解: "和解",
  庭外和解: "和解",
  settlement: "和解",
  调解: "调解",
  委托调解: "调解",
  mediation: "调解",
  补充侦查: "补充侦查",
  "supplementary-investigation": "补充侦查",
  其他: "其他",
  other: "其他",
};

/** Reads an exclusion reason (扣除审限原因) in Chinese or English. */
export function parseExclusionReason(text: string): ExclusionReason | undefined {
  const t = text.trim();
  return REASON_ALIASES[t] ?? REASON_ALIASES[t.toLowerCase()];
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "十") return 10;
  const m = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] as number) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] as number) : 0);
  return CN_DIGITS[text];
}

/**
 * Reads a period length: `6个月`, `30天`, `1个月15天`, `一个半月` (半个月 = 15 days, 刑诉法解释
 * art. 202), `6 months`, `30 days`, `1 month`.
 */
export function parsePeriodLength(text: string): PeriodLength | undefined {
  const t = text.replace(/\s+/g, "").toLowerCase();
  if (t === "") return undefined;
  const en = /^(?:(\d+)months?)?(?:(\d+)days?)?$/.exec(t);
  if (en && (en[1] || en[2])) return { months: Number(en[1] ?? 0), days: Number(en[2] ?? 0) };
  if (t === "半个月" || t === "半月") return { months: 0, days: 15 };
  const cn =
    /^(?:([0-9一二两三四五六七八九十]+)个(半)?月)?(?:([0-9一二两三四五六七八九十]+)(?:天|日))?$/.exec(t);
  if (cn && (cn[1] || cn[3])) {
    const months = cn[1] ? chineseNumber(cn[1]) : 0;
    const days = cn[3] ? chineseNumber(cn[3]) : 0;
    if (months === undefined || days === undefined) return undefined;
    return { months, days: days + (cn[2] ? 15 : 0) };
  }
  return undefined;
}

/** Writes a period length the way people read it: `6个月`, `30天`, `1个月15天`. */
export function formatPeriodLength(length: PeriodLength): string {
  const m = length.months ?? 0;
  const d = length.days ?? 0;
  if (m === 0 && d === 0) return "0天";
  return `${m ? `${m}个月` : ""}${d ? `${d}天` : ""}`;
}

export interface TimelineIssue {
  /** JSON path of the field, e.g. `events[1].from`. */
  field: string;
  value: unknown;
  message: string;
}

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; errors: TimelineIssue[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Validates untrusted timeline JSON; every problem is reported with its field and value. */
export function parseTimeline(input: unknown, path = ""): TimelineResult {
  const errors: TimelineIssue[] = [];
  const at = (f: string) => (path ? `${path}.${f}` : f);
  if (!isRecord(input)) {
    return { ok: false, errors: [{ field: path || "(root)", value: input, message: "应为案件时间线对象" }] };
  }
  const str = (f: string, required: boolean): string | undefined => {
    const v = input[f];
    if (v === undefined || v === null || v === "") {
      if (required) errors.push({ field: at(f), value: v ?? null, message: "必填字段缺失" });
      return undefined;
    }
    if (typeof v !== "string") {
      errors.push({ field: at(f), value: v, message: "应为文本" });
      return undefined;
    }
    return v;
  };
  const date = (
    obj: Record<string, unknown>,
    f: string,
    fieldPath: string,
    required: boolean,
  ): string | undefined => {
    const v = obj[f];
    if (v === undefined || v === null || v === "") {
      if (required) errors.push({ field: fieldPath, value: v ?? null, message: "必填日期缺失" });
      return undefined;
    }
    if (typeof v !== "string" || tryParseIsoDate(v) === undefined) {
      errors.push({ field: fieldPath, value: v, message: "不是有效日期（应为 2024-03-01 这样的日期）" });
      return undefined;
    }
    return v;
  };

  const caseNumber = str("caseNumber", true);
  const procText = str("procedure", false);
  let procedure: Procedure | undefined;
  if (procText !== undefined) {
    procedure = parseProcedure(procText);
    if (!procedure) errors.push({ field: at("procedure"), value: procText, message: "未知的审理程序" });
  }
  const filedOn = date(input, "filedOn", at("filedOn"), true);
  const closedOn = date(input, "closedOn", at("closedOn"), false);
  if (filedOn && closedOn && closedOn < filedOn) {
    errors.push({ field: at("closedOn"), value: closedOn, message: `结案日期早于立案日期 ${filedOn}` });
  }
  for (const flag of ["foreignRelated", "inCustody"] as const) {
    if (input[flag] !== undefined && input[flag] !== null && typeof input[flag] !== "boolean") {
      errors.push({ field: at(flag), value: input[flag], message: "应为 true 或 false" });
    }
  }

  const events: TimeLimitEvent[] = [];
  const rawEvents = input.events ?? [];
  if (!Array.isArray(rawEvents)) {
    errors.push({ field: at("events"), value: rawEvents, message: "应为事件数组" });
  } else {
    rawEvents.forEach((e, i) => {
      const ep = at(`events[${i}]`);
      if (!isRecord(e)) {
        errors.push({ field: ep, value: e, message: "应为审限变更事件对象" });
        return;
      }
      const kindText = e.kind;
      const kind = typeof kindText === "string" ? parseEventKind(kindText) : undefined;
      if (!kind) {
        errors.push({
          field: `${ep}.kind`,
          value: kindText ?? null,
          message: "未知的事项 (应为 延长审限、扣除审限、中止诉讼、恢复诉讼、程序转换)",
        });
        return;
      }
      const from = date(e, "from", `${ep}.from`, true);
      const note = typeof e.note === "string" && e.note !== "" ? e.note : undefined;
      switch (kind) {
        case "extension": {
          const lenText = e.length;
          const length = typeof lenText === "string" ? parsePeriodLength(lenText) : undefined;
          if (!length) {
            errors.push({
              field: `${ep}.length`,
              value: lenText ?? null,
              message: "延长审限须注明期限，如 6个月、30天",
            });
          }
          const approvedBy =
            typeof e.approvedBy === "string" && e.approvedBy !== "" ? e.approvedBy : undefined;
          if (from && length) events.push({ kind, from, length, approvedBy, note });
          break;
        }
        case "exclusion":
        case "suspension": {
          const to = date(e, "to", `${ep}.to`, false);
          if (from && to && to < from) {
            errors.push({ field: `${ep}.to`, value: to, message: `结束日期早于开始日期 ${from}` });
            break;
          }
          if (kind === "exclusion") {
            const reasonText = e.reason;
            const reason = typeof reasonText === "string" ? parseExclusionReason(reasonText) : undefined;
            if (!reason) {
              errors.push({
                field: `${ep}.reason`,
                value: reasonText ?? null,
                message: `扣除审限须注明原因 (${EXCLUSION_REASONS.join("、")})`,
              });
            } else if (from) events.push({ kind, reason, from, to: to ?? null, note });
          } else if (from) events.push({ kind, from, to: to ?? null, note });
          break;
        }
        case "resumption":
          if (from) events.push({ kind, from, note });
          break;
        case "procedureChange": {
          const np = e.newProcedure;
          const newProcedure = typeof np === "string" ? parseProcedure(np) : undefined;
          if (!newProcedure) {
            errors.push({ field: `${ep}.newProcedure`, value: np ?? null, message: "程序转换须注明新程序" });
          } else if (from) events.push({ kind, from, newProcedure, note });
          break;
        }
      }
    });
  }
  if (errors.length > 0 || !caseNumber || !filedOn) return { ok: false, errors };
  return {
    ok: true,
    timeline: {
      caseNumber,
      procedure: procedure ?? null,
      filedOn,
      closedOn: closedOn ?? null,
      foreignRelated: input.foreignRelated === true,
      inCustody: input.inCustody === true,
      events,
    },
  };
}
