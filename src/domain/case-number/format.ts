/**
 * 案号 formatting — "（" + 收案年度 + "）" + 法院代字 + [专门审判代字] + 类型代字 + 案件编号 + "号"
 * (《关于人民法院案件案号的若干规定》 art. 3, as amended 2018), with full-width brackets and ASCII digits.
 */

export interface CaseNumberParts {
  readonly year: number;
  /** 法院代字, e.g. "内0602", "沪", "最高法". */
  readonly courtCode: string;
  /** 专门审判代字 (2018 amendment): "知" for IP cases. */
  readonly specialCode?: string;
  /** 类型代字, e.g. "民初". */
  readonly typeCode: string;
  readonly sequence: number;
  /** Text after 号 naming a sub-number, e.g. "之二". */
  readonly suffix?: string;
}

/** 刑事复核 serials are random fixed-length 8-digit numbers (art. 10): they keep their leading zeros. */
export const FIXED_LENGTH_SEQUENCES: Readonly<Record<string, number>> = { 刑核: 8 };

/** The sequence as written in a case number: ASCII digits, no leading zeros except for 刑核. */
export function formatSequence(typeCode: string, sequence: number): string {
  const digits = String(sequence);
  const width = FIXED_LENGTH_SEQUENCES[typeCode];
  return width === undefined ? digits : digits.padStart(width, "0");
}

/** The normalised text of a 2016-format case number, e.g. （2024）内0602民初1234号. */
export function formatCaseNumber(parts: CaseNumberParts): string {
  return `（${parts.year}）${parts.courtCode}${parts.specialCode ?? ""}${parts.typeCode}${formatSequence(
    parts.typeCode,
    parts.sequence,
  )}号${parts.suffix ?? ""}`;
}
