/**
 * 案号 parsing — 《最高人民法院关于人民法院案件案号的若干规定》 (法〔2015〕137号, in force 2016-01-01;
 * amended by 法〔2018〕335号); reference/deadlines.md §5.
 *
 *   （收案年度）法院代字[专门审判代字]类型代字案件编号号[之N]     e.g. （2024）内0602民初1234号
 *
 * Pre-2016 numbers (（2013）东法民初字第37号) are read as legacy numbers with whatever can be read.
 * parseCaseNumber never throws; it is called once per imported row, so the common case goes through one
 * precompiled regex and two Map lookups.
 */
import type { CaseCategory, Instance } from "../case/category.js";
import { type CourtSummary, courtSummary, isCourtCodeShape } from "./courts.js";
import { formatSequence } from "./format.js";
import { lookupTypeCode, maxTypeCodeLength, type TypeCodeInfo } from "./type-codes.js";

/** A 2016-format case number. */
export interface CaseNumber {
  readonly legacy: false;
  readonly year: number;
  /** 法院代字, e.g. "内0602". */
  readonly courtCode: string;
  /** The court when the 2018 court table lists the code (the table is a seed list: unlisted is fine). */
  readonly court?: CourtSummary;
  /** 专门审判代字 (IP cases, 2018 amendment). */
  readonly specialCode?: "知";
  readonly typeCode: string;
  readonly typeName: string;
  readonly category: CaseCategory;
  readonly instance: Instance;
  readonly sequence: number;
  /** e.g. "之二" in （2018）闽0303执1228号之二. */
  readonly suffix?: string;
  /** Full-width （）, ASCII digits, no spaces: （2024）内0602民初1234号. */
  readonly normalized: string;
}

/** A pre-2016 case number (…字第N号), or the 2016 hybrid （2016）辽0106刑初字70号. */
export interface LegacyCaseNumber {
  readonly legacy: true;
  readonly year: number;
  /** Everything between the year and 字, e.g. "粤高法刑三终". */
  readonly designator: string;
  /** The court abbreviation before the type code, when a type code was found (粤高法, 东法, 沂南). */
  readonly courtAbbr?: string;
  /** Set when the court part has the 2016 shape (hybrid numbers: 辽0106). */
  readonly courtCode?: string;
  /** The type code, with a division mark dropped (刑三终 → 刑终); absent when none is recognised. */
  readonly typeCode?: string;
  readonly typeName?: string;
  readonly category?: CaseCategory;
  readonly instance?: Instance;
  readonly sequence: number;
  readonly suffix?: string;
  /** （2013）粤高法刑三终字第304号 — full-width brackets, ASCII digits, 字第, no leading zeros. */
  readonly normalized: string;
}

export type AnyCaseNumber = CaseNumber | LegacyCaseNumber;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type CaseNumberErrorCode =
  | "empty"
  | "no-year"
  | "bad-year"
  | "bad-court-code"
  | "unknown-type-code"
  | "no-sequence"
  | "range"
  | "not-a-case-number"
  | "trailing-garbage";

export interface CaseNumberError {
  readonly code: CaseNumberErrorCode;
  /** What is wrong, in Chinese. */
  readonly message: string;
  /** The text as given. */
  readonly input: string;
}

export type CaseNumberResult = { ok: true; value: AnyCaseNumber } | { ok: false; error: CaseNumberError };

export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;
/** Longer serials would lose digits as a JS number; no court numbers anywhere near that. */
const MAX_SEQUENCE_DIGITS = 15;
const SPECIAL_CODE = "知";

const HIGH = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新兵军";
const SUFFIX_CHARS = "一二三四五六七八九十百零〇";

const NEEDS_NORMALIZING = /[\s()〔〕０-９]/;
const NORMALIZE = /[\s()〔〕０-９]/g;
const FAST = new RegExp(
  `^（(\\d{4})）(最高法|[${HIGH}](?:\\d{4}|\\d{2})?)(\\D+)(\\d+)号(之[${SUFFIX_CHARS}]+)?$`,
);
const YEAR = /^（(\d*)）/;
const HIGH_CHAR = new RegExp(`^[${HIGH}]`);
const LEADING_DIGITS = /^\d+/;
const NON_DIGITS = /^\D+/;
const SUFFIX = new RegExp(`^之[${SUFFIX_CHARS}]+$`);
const RANGE_SEP = "-－—–~～至";
const LIST_SEP = "、,，";
const RANGE_ITEM = `\\d+(?:[${RANGE_SEP}]\\d+)?`;
const RANGE_BODY = new RegExp(`^${RANGE_ITEM}(?:[${LIST_SEP}]${RANGE_ITEM})*号$`);
const STARTS_RANGE = new RegExp(`^\\d+[${RANGE_SEP}${LIST_SEP}]`);
/** Designator: anything but 字, 号 and brackets (so two numbers run together are not one legacy number). */
const LEGACY = new RegExp(`^([^字号（）]+)字(第?)(\\d+)号(之[${SUFFIX_CHARS}]+)?$`);
const LEGACY_HEAD = /^([^字号（）]+)字(第?)/;
/** Digits, then a type code: a 2016-format number whose court code lost its character. */
const MISSING_COURT = /^(\d{2}|\d{4})(\D+)\d/;
const HYBRID = new RegExp(`^([${HIGH}](?:\\d{4}|\\d{2}))(\\D+)$`);
/** Division marks inside legacy designators: 刑三终 → 刑终, 民一初 → 民初. */
const DIVISION = /([刑民行])[一二三四五六七八九十]+/g;

function normalizeChar(c: string): string {
  switch (c) {
    case "(":
    case "〔":
      return "（";
    case ")":
    case "〕":
      return "）";
    default: {
      const code = c.charCodeAt(0);
      // ０-９ → 0-9; whitespace (incl. U+3000) is dropped.
      return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : "";
    }
  }
}

/**
 * The text with surrounding and inner whitespace removed, half-width () and 〔〕 turned into （）,
 * and full-width digits into ASCII digits.
 */
export function normalizeCaseNumberText(text: string): string {
  const t = text.trim();
  return NEEDS_NORMALIZING.test(t) ? t.replace(NORMALIZE, normalizeChar) : t;
}

/** Parses a case number. Never throws. */
export function parseCaseNumber(text: string): CaseNumberResult {
  if (typeof text !== "string") return fail("empty", "案号为空", "");
  const t = normalizeCaseNumberText(text);
  const m = FAST.exec(t);
  if (m) {
    const year = Number(m[1]);
    const courtCode = m[2]!;
    const run = m[3]!;
    const digits = m[4]!;
    const type = lookupTypeCode(run) ?? resolveType(run);
    if (
      type !== undefined &&
      year >= MIN_YEAR &&
      year <= MAX_YEAR &&
      !hasZeroGroup(courtCode) &&
      digits.length <= MAX_SEQUENCE_DIGITS
    ) {
      const sequence = Number(digits);
      if (sequence > 0) {
        return {
          ok: true,
          value: build(year, courtCode, run.startsWith(SPECIAL_CODE), type, sequence, m[5]),
        };
      }
    }
  }
  return parseSlowly(t, text);
}

/**
 * The type code of the text between the court code and the serial, beyond an exact match: after the
 * special code 知 (（2019）最高法知民终1号), and without a "第" before the serial, which some courts write
 * in 2016-format numbers too (（2016）晋0825刑初第17号, in the LeCaRDv2 sample).
 */
function resolveType(run: string): TypeCodeInfo | undefined {
  const body = run.endsWith("第") ? run.slice(0, -1) : run;
  if (body !== run) {
    const type = lookupTypeCode(body);
    if (type) return type;
  }
  return body.startsWith(SPECIAL_CODE) ? lookupTypeCode(body.slice(1)) : undefined;
}

function resolveTypeLoosely(run: string): TypeCodeInfo | undefined {
  return lookupTypeCode(run) ?? resolveType(run);
}

function build(
  year: number,
  courtCode: string,
  special: boolean,
  type: TypeCodeInfo,
  sequence: number,
  suffix: string | undefined,
): CaseNumber {
  const court = courtSummary(courtCode);
  // Same text as formatCaseNumber (format.test.ts checks the round trip), without its argument object.
  const normalized = `（${year}）${courtCode}${special ? SPECIAL_CODE : ""}${type.typeCode}${formatSequence(
    type.typeCode,
    sequence,
  )}号${suffix ?? ""}`;
  const value: Mutable<CaseNumber> = {
    legacy: false,
    year,
    courtCode,
    typeCode: type.typeCode,
    typeName: type.name,
    category: type.category,
    instance: type.instance,
    sequence,
    normalized,
  };
  if (court) value.court = court;
  if (special) value.specialCode = SPECIAL_CODE;
  if (suffix) value.suffix = suffix;
  return value;
}

function fail(
  code: CaseNumberErrorCode,
  message: string,
  input: string,
): { ok: false; error: CaseNumberError } {
  return { ok: false, error: { code, message, input } };
}

/** True when a digit group of the code is "00" (never a prefecture or county group). */
function hasZeroGroup(code: string): boolean {
  return (
    (code.length >= 3 && code.charCodeAt(1) === 48 && code.charCodeAt(2) === 48) ||
    (code.length === 5 && code.charCodeAt(3) === 48 && code.charCodeAt(4) === 48)
  );
}

type Sequence = { ok: true; sequence: number } | { ok: false; message: string };

function readSequence(digits: string): Sequence {
  const significant = digits.replace(/^0+/, "");
  if (significant === "") return { ok: false, message: `案件编号“${digits}”须为正整数` };
  if (significant.length > MAX_SEQUENCE_DIGITS) return { ok: false, message: `案件编号“${digits}”过长` };
  return { ok: true, sequence: Number(significant) };
}

/** The full step-by-step reading, used when the precompiled regex does not match; names what is wrong. */
function parseSlowly(t: string, input: string): CaseNumberResult {
  if (t === "") return fail("empty", "案号为空", input);
  const ym = YEAR.exec(t);
  if (!ym || ym[1] === "") {
    return fail("no-year", "缺少括号括起的收案年度：案号应以“（年度）”开头，如“（2024）”", input);
  }
  const yearText = ym[1]!;
  const year = Number(yearText);
  if (yearText.length !== 4 || year < MIN_YEAR || year > MAX_YEAR) {
    return fail("bad-year", `收案年度“${yearText}”不合理：应为${MIN_YEAR}—${MAX_YEAR}年间的四位数字`, input);
  }
  const rest = t.slice(ym[0].length);
  const missingCourt = MISSING_COURT.exec(rest);
  if (missingCourt && resolveTypeLoosely(missingCourt[2]!)) {
    return fail(
      "bad-court-code",
      `法院代字“${missingCourt[1]}”缺少开头的高级法院简称（如“京”“内”“粤”），无法确定法院`,
      input,
    );
  }
  if (rest === "" || rest.startsWith("第") || rest.startsWith("字") || LEADING_DIGITS.test(rest)) {
    return fail("not-a-case-number", `“${t}”不是法院案号：年度之后没有法院代字和类型代字`, input);
  }
  if (rest.includes("字") && LEGACY_HEAD.test(rest)) return parseLegacy(year, rest, t, input);

  // 法院代字
  let courtCode: string;
  if (rest.startsWith("最高法")) {
    courtCode = "最高法";
  } else if (HIGH_CHAR.test(rest)) {
    const digits = LEADING_DIGITS.exec(rest.slice(1))?.[0] ?? "";
    courtCode = rest.slice(0, 1 + digits.length);
    if ((digits.length !== 0 && digits.length !== 2 && digits.length !== 4) || !isCourtCodeShape(courtCode)) {
      return fail(
        "bad-court-code",
        `法院代字“${courtCode}”格式不正确：高级法院简称后应为2位数字（中级法院）或4位数字（基层法院），且不为00`,
        input,
      );
    }
  } else {
    return fail(
      "bad-court-code",
      `法院代字“${rest.slice(0, 1)}”无法识别：应为“最高法”或高级法院简称（${HIGH}），其后可加2位或4位数字`,
      input,
    );
  }
  let i = courtCode.length;
  if (LEADING_DIGITS.test(rest.slice(i))) {
    return fail("bad-court-code", `法院代字“${courtCode}”后不应紧跟数字`, input);
  }

  // [专门审判代字] 类型代字
  const run = NON_DIGITS.exec(rest.slice(i))?.[0] ?? "";
  if (run === "") return fail("unknown-type-code", "缺少类型代字", input);
  const beforeMark = run.endsWith("号") ? run.slice(0, -1) : run;
  const type = lookupTypeCode(beforeMark) ?? resolveType(beforeMark);
  const special = beforeMark.startsWith(SPECIAL_CODE) && type !== undefined;
  if (type === undefined) {
    const known = longestKnownPrefix(beforeMark);
    const hint = known ? `（“${known}”之后多出“${beforeMark.slice(known.length)}”）` : "";
    return fail("unknown-type-code", `类型代字“${beforeMark}”不在案件类型代字表中${hint}`, input);
  }
  if (beforeMark !== run || i + run.length === rest.length) {
    return fail("no-sequence", `类型代字“${beforeMark}”之后缺少案件编号`, input);
  }
  i += run.length;

  // 案件编号 号 [之N]
  const tail = rest.slice(i);
  const digits = LEADING_DIGITS.exec(tail)![0];
  const after = tail.slice(digits.length);
  if (STARTS_RANGE.test(tail)) {
    if (RANGE_BODY.test(tail)) {
      return fail(
        "range",
        `“${t}”表示多个案件（案件编号“${tail.slice(0, -1)}”是一个编号范围或列表），一个案号只能对应一个案件`,
        input,
      );
    }
    return fail("trailing-garbage", `案件编号“${digits}”之后有多余内容“${after}”`, input);
  }
  if (after === "") return fail("no-sequence", `案件编号“${digits}”之后缺少“号”`, input);
  if (!after.startsWith("号")) {
    return fail("trailing-garbage", `案件编号“${digits}”之后有多余内容“${after}”`, input);
  }
  const seq = readSequence(digits);
  if (!seq.ok) return fail("no-sequence", seq.message, input);
  const suffix = after.slice(1);
  if (suffix !== "" && !SUFFIX.test(suffix)) {
    return fail("trailing-garbage", `“号”之后有多余内容“${suffix}”（只允许“之一”“之二”等）`, input);
  }
  return { ok: true, value: build(year, courtCode, special, type, seq.sequence, suffix || undefined) };
}

function longestKnownPrefix(run: string): string | undefined {
  for (let n = Math.min(run.length - 1, maxTypeCodeLength()); n > 0; n--) {
    const head = run.slice(0, n);
    if (lookupTypeCode(head)) return head;
  }
  return undefined;
}

function parseLegacy(year: number, rest: string, t: string, input: string): CaseNumberResult {
  const m = LEGACY.exec(rest);
  if (!m) {
    const head = LEGACY_HEAD.exec(rest)!;
    const tail = rest.slice(head[0].length);
    if (RANGE_BODY.test(tail) && STARTS_RANGE.test(tail)) {
      return fail(
        "range",
        `“${t}”表示多个案件（案件编号“${tail.slice(0, -1)}”是一个编号范围或列表），一个案号只能对应一个案件`,
        input,
      );
    }
    const digits = LEADING_DIGITS.exec(tail)?.[0];
    if (digits === undefined) return fail("no-sequence", `旧式案号“${t}”缺少“字”之后的案件编号`, input);
    const after = tail.slice(digits.length);
    if (after === "") return fail("no-sequence", `案件编号“${digits}”之后缺少“号”`, input);
    if (after.startsWith("号")) {
      return fail("trailing-garbage", `“号”之后有多余内容“${after.slice(1)}”（只允许“之一”“之二”等）`, input);
    }
    return fail("trailing-garbage", `案件编号“${digits}”之后有多余内容“${after}”`, input);
  }
  const designator = m[1]!;
  const seq = readSequence(m[3]!);
  if (!seq.ok) return fail("no-sequence", seq.message, input);
  const suffix = m[4];
  const normalized = `（${year}）${designator}字第${seq.sequence}号${suffix ?? ""}`;
  const found = legacyType(designator);
  return {
    ok: true,
    value: {
      legacy: true,
      year,
      designator,
      ...(found?.courtAbbr ? { courtAbbr: found.courtAbbr } : {}),
      ...(found?.courtCode ? { courtCode: found.courtCode } : {}),
      ...(found
        ? {
            typeCode: found.type.typeCode,
            typeName: found.type.name,
            category: found.type.category,
            instance: found.type.instance,
          }
        : {}),
      sequence: seq.sequence,
      ...(suffix ? { suffix } : {}),
      normalized,
    },
  };
}

interface LegacyType {
  type: TypeCodeInfo;
  courtAbbr?: string;
  courtCode?: string;
}

/**
 * Reads the type code at the end of a legacy designator: the hybrid 辽0106刑初 (2016 court code +
 * type code), else the longest known code ending the designator once division marks are dropped
 * (粤高法刑三终 → 刑终). A one-character code (执, 破) only counts when not glued to 刑/民/行/商
 * (宁刑执 is the old criminal-execution 刑执, not 执行).
 */
function legacyType(designator: string): LegacyType | undefined {
  const hybrid = HYBRID.exec(designator);
  if (hybrid && isCourtCodeShape(hybrid[1]!)) {
    const type = lookupTypeCode(hybrid[2]!);
    if (type) return { type, courtAbbr: hybrid[1]!, courtCode: hybrid[1]! };
  }
  const d = designator.replace(DIVISION, "$1");
  for (let n = Math.min(d.length, maxTypeCodeLength()); n > 0; n--) {
    const type = lookupTypeCode(d.slice(d.length - n));
    if (!type) continue;
    const abbr = d.slice(0, d.length - n);
    if (n === 1 && abbr !== "" && "刑民行商".includes(abbr.slice(-1))) continue;
    return abbr === "" ? { type } : { type, courtAbbr: abbr };
  }
  return undefined;
}

export type ExpandResult = { ok: true; value: AnyCaseNumber[] } | { ok: false; error: CaseNumberError };

/** Most case numbers one range string may expand to. */
export const MAX_RANGE_SIZE = 10_000;
const RANGE_TEXT = new RegExp(`^(.*?\\D)([\\d${RANGE_SEP}${LIST_SEP}]+)号$`);
const RANGE_SPLIT = new RegExp(`[${LIST_SEP}]`);
const RANGE_DASH = new RegExp(`[${RANGE_SEP}]`);

/**
 * Expands a serial range such as （2017）粤05民初954-1063号 or （2017）粤05民初24-103、124-133号 into
 * its case numbers. A single case number gives a list of one; any other error is returned as is.
 */
export function expandCaseNumberRange(text: string): ExpandResult {
  const first = parseCaseNumber(text);
  if (first.ok) return { ok: true, value: [first.value] };
  if (first.error.code !== "range") return first;
  const t = normalizeCaseNumberText(text);
  const m = t.length <= 1000 ? RANGE_TEXT.exec(t) : null;
  if (!m) return first;
  const prefix = m[1]!;
  const bounds: [number, number][] = [];
  let total = 0;
  for (const item of m[2]!.split(RANGE_SPLIT)) {
    const [lo = "", hi = lo] = item.split(RANGE_DASH);
    const a = Number(lo);
    const b = Number(hi);
    if (!(a > 0 && b >= a)) {
      return fail("range", `编号范围“${item}”无效：起号须为正整数且不大于止号`, text);
    }
    total += b - a + 1;
    if (total > MAX_RANGE_SIZE) {
      return fail("range", `编号范围过大：超过${MAX_RANGE_SIZE}个案件`, text);
    }
    bounds.push([a, b]);
  }
  const value: AnyCaseNumber[] = [];
  for (const [a, b] of bounds) {
    for (let n = a; n <= b; n++) {
      const r = parseCaseNumber(`${prefix}${n}号`);
      if (!r.ok) return r;
      value.push(r.value);
    }
  }
  return { ok: true, value };
}

/** Narrowing helper: the 2016-format value of a result, or undefined. */
export function modernCaseNumber(result: CaseNumberResult): CaseNumber | undefined {
  return result.ok && !result.value.legacy ? result.value : undefined;
}
