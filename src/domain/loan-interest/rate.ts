/**
 * Reads an agreed rate the way a 借条 or a complaint writes it.
 *
 * - A number is an annual rate as a fraction: 0.1 = 年利率10%.
 * - 年利率10%, 年息12%, 年化10%, 月利率1.5%, 月息2%, 日利率0.05%, 日息万分之五, 月息千分之十五, 百分之二.
 * - 分 and 厘 (民间 usage): 年息1分 = 年利率10%, 月息1分 = 月利率1%, 日息1分 = 日利率0.1%; 1厘 is a
 *   tenth of that; 1毛 (1角) is ten times. "2分", "二分利", "两分息" with no period = 月息 (the common
 *   meaning); 一分五 / 一分五厘 / 一分半 = 1.5分.
 * - 一年期贷款市场报价利率 (LPR) and its multiples: "LPR的4倍", "四倍LPR", "一年期贷款市场报价利率".
 * - 无, 无息, 不计息, 0 → no interest agreed; 约定不明 → unclear (第二十四条).
 *
 * Conversion to an annual rate: 月 × 12, 日 × 360 (the People's Bank convention 日利率 = 年利率 ÷ 360,
 * 月利率 = 年利率 ÷ 12; docs/loan-interest.md). A percentage with no period ("10%") is refused: the
 * period is the whole meaning of a rate, and guessing it would be the calculator's decision, not the
 * parties'.
 */
import { fail } from "./errors.js";

export type RatePeriod = "年" | "月" | "日";

export type ParsedRate =
  | {
      kind: "fixed";
      /** Annual rate, fraction. */
      annual: number;
      /** How the words were read, in Chinese: 月利率2%（折合年利率24%）. */
      words: string;
    }
  | { kind: "lpr"; multiple: number; words: string }
  | { kind: "none"; words: string }
  | { kind: "unclear"; words: string };

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
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

/** "2", "1.5", "二", "十五", "二十", "一点五", "零点五" → number; undefined if not a number. */
export function parseNumberWord(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === "") return undefined;
  const [intPart, fracPart, ...rest] = text.split("点");
  if (rest.length > 0 || intPart === undefined) return undefined;
  const int = chineseInteger(intPart);
  if (int === undefined) return undefined;
  if (fracPart === undefined) return int;
  let frac = "";
  for (const c of fracPart) {
    const d = DIGITS[c];
    if (d === undefined) return undefined;
    frac += String(d);
  }
  return frac === "" ? undefined : Number(`${int}.${frac}`);
}

function chineseInteger(text: string): number | undefined {
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf("十");
  if (ten >= 0) {
    if (text.indexOf("十", ten + 1) >= 0) return undefined;
    const head = text.slice(0, ten);
    const tail = text.slice(ten + 1);
    const h = head === "" ? 1 : DIGITS[head];
    const t = tail === "" ? 0 : DIGITS[tail];
    if (h === undefined || t === undefined || head.length > 1 || tail.length > 1) return undefined;
    return h * 10 + t;
  }
  let n = 0;
  for (const c of text) {
    const d = DIGITS[c];
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return n;
}

const NUM = "(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十点]+)";

/** Rounds away binary noise: rates are kept to ten decimals. */
export function cleanRate(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}

/** 0.154 → "15.4%". */
export function percentText(rate: number): string {
  return `${Number((rate * 100).toFixed(6))}%`;
}

const PERIOD_NAME: Record<RatePeriod, string> = { 年: "年利率", 月: "月利率", 日: "日利率" };
const PER_YEAR: Record<RatePeriod, number> = { 年: 1, 月: 12, 日: 360 };
/** What one 分 means per period, as a fraction: 年息1分 = 10%, 月息1分 = 1%, 日息1分 = 0.1%. */
const FEN: Record<RatePeriod, number> = { 年: 0.1, 月: 0.01, 日: 0.001 };

function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s，,。；;：:“”"'、（）()]/g, "")
    .replace(/^(按照|按|约定|双方约定)/, "")
    .replace(/(计算|计息|计|整)$/, "")
    .toUpperCase();
}

/**
 * Parses a rate. `field` and `label` name the input in the error: `agreedRate`, "约定利率".
 */
export function parseRate(input: unknown, field: string, label: string): ParsedRate {
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0)
      fail(field, input, `${label}应为不小于0的年利率小数（0.1 即年利率10%）`);
    if (input >= 1) {
      fail(
        field,
        input,
        `${label}以数字填写时是年利率的小数（0.24 即年利率24%）；${input} 超过100%，如指百分数请写“年利率${input}%”`,
      );
    }
    const annual = cleanRate(input);
    if (annual === 0) return { kind: "none", words: "无利息" };
    return { kind: "fixed", annual, words: `年利率${percentText(annual)}` };
  }
  if (typeof input !== "string")
    fail(field, input, `${label}应为数字（年利率小数）或文字（如“月息2分”“年利率10%”）`);
  const s = normalise(input);
  if (s === "") fail(field, input, `${label}为空`);
  if (/^(无|无息|无利息|不计息|不计利息|没有利息|免息|0|0%|未约定|未约定利息|没有约定)$/.test(s)) {
    return { kind: "none", words: "未约定利息" };
  }
  if (/不明/.test(s)) return { kind: "unclear", words: "利息约定不明" };

  if (/LPR|贷款市场报价利率/.test(s)) return parseLpr(s, input, field, label);

  // The period word.
  let period: RatePeriod | undefined;
  let rest = s;
  const m = /^(年|月|日|天|每年|每月|每日|每天)(化)?(利率|利息|息|利)?/.exec(rest);
  if (m?.[1]) {
    const w = m[1].replace("每", "");
    period = w === "天" ? "日" : (w as RatePeriod);
    rest = rest.slice(m[0].length);
  } else {
    rest = rest.replace(/^(利率|利息|息|利)/, "");
  }
  rest = rest.replace(/^为/, "").replace(/(利息|利|息|钱)$/, "");
  if (rest === "") fail(field, input, `${label}“${input}”没有写出利率数值`);

  // Percent-like forms.
  const pct = new RegExp(`^(?:百分之${NUM}|${NUM}%)$`).exec(rest);
  const permille = new RegExp(`^(?:千分之${NUM}|${NUM}‰)$`).exec(rest);
  const perTenK = new RegExp(`^(?:万分之${NUM}|${NUM}‱)$`).exec(rest);
  const hit = pct ?? permille ?? perTenK;
  if (hit) {
    const n = parseNumberWord((hit[1] ?? hit[2]) as string);
    if (n === undefined) fail(field, input, `${label}“${input}”中的数字无法识别`);
    if (period === undefined) {
      fail(
        field,
        input,
        `${label}“${input}”没有写明是年利率、月利率还是日利率（请写“年利率…”“月利率…”或“日利率…”）`,
      );
    }
    const per = cleanRate(n / (pct ? 100 : permille ? 1000 : 10000));
    return fixed(period, per);
  }

  // 分 / 厘 / 毛 (角).
  const fenForm = new RegExp(`^(?:${NUM}(?:毛|角))?(?:${NUM}分)?(?:${NUM}厘)?(半|${NUM})?$`).exec(rest);
  if (fenForm && /[毛角分厘]/.test(rest)) {
    const [, mao, fen, li, tail] = fenForm;
    const nums = [mao, fen, li].map((x) => (x === undefined ? 0 : parseNumberWord(x)));
    if (nums.some((x) => x === undefined)) fail(field, input, `${label}“${input}”中的数字无法识别`);
    let units = (nums[0] as number) * 10 + (nums[1] as number) + (nums[2] as number) / 10;
    if (tail !== undefined) {
      // 一分半 = 1.5分; 一分五 = 1分5厘; 一毛五 = 1.5毛. A tail after 厘 means nothing.
      if (li !== undefined) fail(field, input, `${label}“${input}”无法识别`);
      const t = tail === "半" ? 5 : parseNumberWord(tail);
      if (t === undefined || t >= 10 || !Number.isInteger(t))
        fail(field, input, `${label}“${input}”无法识别`);
      if (fen !== undefined) units += t / 10;
      else if (mao !== undefined) units += t;
      else fail(field, input, `${label}“${input}”无法识别`);
    }
    if (units <= 0) return { kind: "none", words: "未约定利息" };
    const p = period ?? "月";
    return fixed(p, cleanRate(units * FEN[p]));
  }

  fail(
    field,
    input,
    `${label}“${input}”无法识别；可写“月息2分”“月利率1.5%”“年利率10%”“年息12%”“日息万分之五”“一年期贷款市场报价利率的4倍”或数字（年利率小数）`,
  );
}

function fixed(period: RatePeriod, perPeriod: number): ParsedRate {
  const annual = cleanRate(perPeriod * PER_YEAR[period]);
  const own = `${PERIOD_NAME[period]}${percentText(perPeriod)}`;
  return {
    kind: "fixed",
    annual,
    words: period === "年" ? own : `${own}（折合年利率${percentText(annual)}）`,
  };
}

function parseLpr(s: string, input: string, field: string, label: string): ParsedRate {
  const rest = s.replace(/^(年利率|年息|按|按照)/, "").replace(/(一年期)?(LPR|贷款市场报价利率)/, "X");
  let multiple: number | undefined;
  const times = new RegExp(`^X的?${NUM}倍$`).exec(rest) ?? new RegExp(`^${NUM}倍的?X$`).exec(rest);
  const up = new RegExp(`^X上浮${NUM}%$`).exec(rest);
  if (rest === "X") multiple = 1;
  else if (times) multiple = parseNumberWord(times[1] as string);
  else if (up) {
    const u = parseNumberWord(up[1] as string);
    multiple = u === undefined ? undefined : 1 + u / 100;
  }
  if (multiple === undefined || multiple <= 0) {
    fail(field, input, `${label}“${input}”无法识别；可写“一年期贷款市场报价利率的4倍”等`);
  }
  multiple = cleanRate(multiple);
  return {
    kind: "lpr",
    multiple,
    words: multiple === 1 ? "一年期贷款市场报价利率" : `一年期贷款市场报价利率的${multiple}倍`,
  };
}
