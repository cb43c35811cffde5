/**
 * 法院代字 (court codes) — 最高法, a high-court character (京, 内, 兵, 军 …), + 2 digits for an
 * intermediate court, + 4 digits for a basic court (《关于人民法院案件案号的若干规定》 arts. 4–5;
 * reference/deadlines.md §5.1). The table is the 2018 seed list in court-codes.data.ts: it lacks
 * courts created since, so an unknown but well-formed code is still a valid code.
 */
import { COURT_CODE_ROWS } from "./court-codes.data.js";

export type CourtLevel = "supreme" | "high" | "intermediate" | "basic" | "special";

export interface CourtInfo {
  /** 法院代字, e.g. "内0602". */
  readonly code: string;
  readonly name: string;
  readonly level: CourtLevel;
  /** 上级法院代字 from the table (e.g. 内06); absent for the SPC. */
  readonly parentCode?: string;
  /** Remark carried by the source, e.g. "代字尚未修改" (code not yet changed). */
  readonly note?: string;
}

/** The SPC's code. */
export const SUPREME_COURT_CODE = "最高法";

/**
 * High-court characters, as in the table: the 31 provinces plus 兵 (XPCC branch) and 军 (PLA).
 * 内蒙古 is 内 (not 蒙) and 贵州 is 黔 (not 贵).
 */
export const HIGH_COURT_CHARS = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新兵军";

const SHAPE =
  /^(?:最高法|[京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新兵军](?:\d\d(?:\d\d)?)?)$/;

/** True when the code has the shape of a court code (whether or not the table lists it). */
export function isCourtCodeShape(code: string): boolean {
  if (code === SUPREME_COURT_CODE) return true;
  if (!SHAPE.test(code)) return false;
  // "00" is never a prefecture or county group (GB/T 2260 digits 3–4 / 5–6).
  return code.length < 3 || (code.slice(1, 3) !== "00" && (code.length < 5 || code.slice(3, 5) !== "00"));
}

/**
 * The court's level, read from the code's shape alone (undefined when it is not a court code):
 * - 最高法 supreme; one character high;
 * - character + 2 digits: intermediate, or special when the digits are in the reserved ranges 71–99
 *   (railway 71, maritime 72, IP 73, 74 oilfield/financial, forestry 75–80, 农垦 81–85, cross-region
 *   87–95, 96–99 intermediate courts for some county-level areas — 2018 amendment, art. 5 ¶2 (3));
 * - character + 4 digits: basic, or special when the court sits under a special range, i.e. its first
 *   two digits are 71–89 (吉7502 和龙林区基层法院, 京7101 railway court, 津8601 天津铁路运输法院).
 *   Not for 90 (GB/T 2260 province-administered county-level units: 鄂9006 天门市人民法院) nor 96–99
 *   (琼9701 洋浦经济开发区人民法院); and not by the last two digits, which are ≥ 71 for ordinary
 *   county-level cities and development-zone courts (冀0181 辛集市, 浙0192 杭州互联网法院 — basic).
 *   Known limitation: forestry courts under an ordinary intermediate court (黑2793 十八站林区基层法院)
 *   read as basic.
 */
export function courtLevelOf(code: string): CourtLevel | undefined {
  if (!isCourtCodeShape(code)) return undefined;
  if (code === SUPREME_COURT_CODE) return "supreme";
  if (code.length === 1) return "high";
  const group = (code.charCodeAt(1) - 48) * 10 + (code.charCodeAt(2) - 48);
  if (code.length === 3) return group >= 71 ? "special" : "intermediate";
  return group >= 71 && group <= 89 ? "special" : "basic";
}

interface CourtTable {
  byCode: Map<string, CourtInfo>;
  /** Shared { name, level } per court, so parsing allocates nothing per call for the court. */
  summaries: Map<string, CourtSummary>;
}

export interface CourtSummary {
  readonly name: string;
  readonly level: CourtLevel;
}

let table: CourtTable | undefined;

function build(): CourtTable {
  const byCode = new Map<string, CourtInfo>();
  const summaries = new Map<string, CourtSummary>();
  for (const line of COURT_CODE_ROWS.split("\n")) {
    const [code = "", parentCode = "", name = "", note = ""] = line.split(",");
    const level = courtLevelOf(code);
    if (level === undefined) continue; // the generator checks shapes; never happens
    byCode.set(
      code,
      Object.freeze({
        code,
        name,
        level,
        ...(parentCode ? { parentCode } : {}),
        ...(note ? { note } : {}),
      }),
    );
    summaries.set(code, Object.freeze({ name, level }));
  }
  return { byCode, summaries };
}

function courts(): CourtTable {
  table ??= build();
  return table;
}

/** The court's entry in the 2018 table, or undefined when the table does not list the code. */
export function lookupCourt(code: string): CourtInfo | undefined {
  return courts().byCode.get(code);
}

/** { name, level } of a listed court — a shared frozen object (used by the parser). */
export function courtSummary(code: string): CourtSummary | undefined {
  return courts().summaries.get(code);
}

/** Every court in the table, in the table's order. */
export function allCourts(): CourtInfo[] {
  return [...courts().byCode.values()];
}
