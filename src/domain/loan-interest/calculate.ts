/**
 * The 民间借贷 calculator: the principal the law recognises, the lawful cap, interest up to a date at
 * the supported rates, repayments set off in the order of 民法典第五百六十一条, and what is still
 * due — every step a line with its article. Pure: "today" is `asOf`, the LPR table an option.
 *
 * Conventions (docs/loan-interest.md):
 * - Interest is simple, per day: 本金 × 年利率 ÷ 360 (or 365, `dayBasis`) × 天数, each period rounded
 *   to the fen (half up). A period counts from the day after its start (民法典第二百零一条:
 *   开始的当日不计入) to its last day inclusive: a delivery on 3月1日 earns interest from 3月2日;
 *   the agreed last day 12月31日 is still 借期内, 逾期 starts on 1月1日.
 * - A repayment on a day settles interest through that day, then reduces the principal.
 * - The cap is 4 × the one-year LPR in force when the contract was formed (第二十五条); for a contract
 *   formed before 2020-08-20 interest up to 2020-08-19 is capped at 24 % a year (法释〔2015〕18号,
 *   "当时的司法解释") and from 2020-08-20 at 4 × the LPR in force at filing (第三十一条第二款).
 */
import { type DayNumber, formatChineseDate, formatIsoDate, tryParseIsoDate } from "../calendar/civil-date.js";
import { ART } from "./citations.js";
import { LoanInputError, type LoanProblem } from "./errors.js";
import { bpText, bpToRate, DEFAULT_LPR_TABLE, type LprRow, type LprTable, lprOn } from "./lpr.js";
import { cleanRate, type ParsedRate, parseRate, percentText } from "./rate.js";
import type { InterestPeriod, LoanForm, LoanLine, LoanResult } from "./types.js";

export interface ComputeOptions {
  /** The LPR table (package rows plus a setting file's); default: the package rows. */
  lpr?: LprTable;
}

/** The first day the amended provisions' cap (4 × LPR) governs (第三十一条第二款). */
export const NEW_RULES_FROM = "2020-08-20";
const NEW_DAY = tryParseIsoDate(NEW_RULES_FROM) as DayNumber;
const OLD_LAST_DAY = NEW_DAY - 1;
/** 法释〔2015〕18号第二十六条: 年利率24%. */
const OLD_CAP = 0.24;
/** 法释〔2015〕18号第二十九条第二款第（一）项: 年利率6%. */
const OLD_DEFAULT_OVERDUE = 0.06;

const cn = formatChineseDate;

/** Fen as 元 for people: "90000元", "1234.5元" → "1234.50元". */
export function yuanText(fen: number): string {
  const neg = fen < 0;
  const a = Math.abs(fen);
  const y = Math.floor(a / 100);
  const f = a % 100;
  return `${neg ? "-" : ""}${y}${f === 0 ? "" : `.${String(f).padStart(2, "0")}`}元`;
}

/** principal × rate × days ÷ basis, rounded half up to the fen, exactly. */
export function interestFen(principalFen: number, rate: number, days: number, basis: number): number {
  if (principalFen <= 0 || rate <= 0 || days <= 0) return 0;
  const r = BigInt(Math.round(rate * 1e10));
  const num = BigInt(principalFen) * r * BigInt(days);
  const den = BigInt(basis) * 10_000_000_000n;
  return Number((2n * num + den) / (2n * den));
}

interface Dated {
  day: DayNumber;
  fen: number;
}

interface Normal {
  contractDay: DayNumber;
  asOfDay: DayNumber;
  statedFen: number;
  deliveries: Dated[];
  repayments: Dated[];
  termEndDay: DayNumber | null;
  agreed: ParsedRate | null;
  overdue: ParsedRate | null;
  penalty: ParsedRate | null;
  fees: ParsedRate | null;
  costsFen: number;
  costsDay: DayNumber | null;
  order: "法定顺序" | "本金优先";
  filedDay: DayNumber | null;
  basis: 360 | 365;
  /** Both sides natural persons; undefined when the parties were not given. */
  naturalPersons: boolean | undefined;
}

function validate(form: LoanForm, asOf: string): Normal {
  const problems: LoanProblem[] = [];
  const add = (field: string, value: unknown, message: string) => problems.push({ field, value, message });
  if (form === null || typeof form !== "object" || Array.isArray(form)) {
    throw new LoanInputError([{ field: "", value: form, message: "要素表应为一个对象" }]);
  }
  const date = (value: unknown, field: string, label: string, required: boolean): DayNumber | null => {
    if (value === undefined || value === null || value === "") {
      if (required) add(field, value ?? null, `缺少${label}`);
      return null;
    }
    const d = typeof value === "string" ? tryParseIsoDate(value) : undefined;
    if (d === undefined) {
      add(field, value, `${label}不是有效日期（应为形如 2021-03-01 的日期）`);
      return null;
    }
    return d;
  };
  const money = (value: unknown, field: string, label: string, allowZero = false): number | null => {
    if (typeof value !== "number" || !Number.isFinite(value) || (allowZero ? value < 0 : value <= 0)) {
      add(field, value, `${label}应为${allowZero ? "不小于0" : "大于0"}的金额（元）`);
      return null;
    }
    const fen = Math.round(value * 100);
    if (Math.abs(value * 100 - fen) > 1e-6) {
      add(field, value, `${label}最多两位小数（元、角、分）`);
      return null;
    }
    if (fen > 1e15) {
      add(field, value, `${label}过大`);
      return null;
    }
    return fen;
  };
  const rate = (value: unknown, field: string, label: string): ParsedRate | null => {
    if (value === undefined || value === null || value === "") return null;
    try {
      return parseRate(value, field, label);
    } catch (err) {
      if (err instanceof LoanInputError) problems.push(...err.problems);
      else throw err;
      return null;
    }
  };
  const list = (value: unknown, field: string, label: string): unknown[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      add(field, value, `${label}应为列表（每项含日期和金额）`);
      return [];
    }
    return value;
  };
  const dated = (items: unknown[], field: string, label: string): Dated[] => {
    const out: Dated[] = [];
    items.forEach((it, i) => {
      const at = `${field}[${i}]`;
      if (it === null || typeof it !== "object" || Array.isArray(it)) {
        add(at, it, `第${i + 1}笔${label}应含日期和金额`);
        return;
      }
      const o = it as Record<string, unknown>;
      const d = date(o.date, `${at}.date`, `第${i + 1}笔${label}的日期`, true);
      const f = money(o.amount, `${at}.amount`, `第${i + 1}笔${label}的金额`);
      if (d !== null && f !== null) out.push({ day: d, fen: f });
    });
    return out.sort((a, b) => a.day - b.day);
  };

  const asOfDay = date(asOf, "asOf", "计算截止日", true);
  const contractDay = date(form.contractDate, "contractDate", "借款合同（借条）签订日期", true);
  const statedFen = money(form.principalStated, "principalStated", "借条载明的本金");
  const deliveriesIn = list(form.deliveries, "deliveries", "实际交付");
  if (deliveriesIn.length === 0 && Array.isArray(form.deliveries)) {
    add("deliveries", form.deliveries, "至少应有一笔实际交付的借款（日期和金额）");
  } else if (form.deliveries === undefined || form.deliveries === null) {
    add("deliveries", form.deliveries ?? null, "缺少实际交付的借款（日期和金额）");
  }
  const deliveries = dated(deliveriesIn, "deliveries", "交付");
  const repayments = dated(list(form.repayments, "repayments", "还款"), "repayments", "还款");
  const termEndDay = date(form.agreedTermEnd, "agreedTermEnd", "约定的还款期限", false);
  const agreed = rate(form.agreedRate, "agreedRate", "约定的借期内利率");
  const overdue = rate(form.overdueRate, "overdueRate", "约定的逾期利率");
  const penalty = rate(form.penaltyRate, "penaltyRate", "约定的违约金（年利率）");
  const fees = rate(form.otherFeesRate, "otherFeesRate", "约定的其他费用（年利率）");
  const costsFen =
    form.costs === undefined || form.costs === null
      ? 0
      : (money(form.costs, "costs", "实现债权的费用", true) ?? 0);
  const costsDay = date(form.costsIncurredOn, "costsIncurredOn", "实现债权的费用发生日期", false);
  const filedDay = date(form.filedOn, "filedOn", "起诉日期", false);
  let order: "法定顺序" | "本金优先" = "法定顺序";
  if (form.setOffOrder !== undefined && form.setOffOrder !== null) {
    if (form.setOffOrder === "法定顺序" || form.setOffOrder === "本金优先") order = form.setOffOrder;
    else add("setOffOrder", form.setOffOrder, "抵充顺序只能是“法定顺序”或“本金优先”");
  }
  let basis: 360 | 365 = 360;
  if (form.dayBasis !== undefined && form.dayBasis !== null) {
    if (form.dayBasis === 360 || form.dayBasis === 365) basis = form.dayBasis;
    else add("dayBasis", form.dayBasis, "计息的年天数只能是360或365");
  }
  const partiesOk = (v: unknown, field: string, label: string): boolean | undefined => {
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      add(field, v, `${label}应为列表`);
      return undefined;
    }
    let all = true;
    v.forEach((p, i) => {
      const kind = (p as { kind?: unknown } | null)?.kind;
      if (kind !== "自然人" && kind !== "企业" && kind !== "其他组织") {
        add(
          `${field}[${i}].kind`,
          kind ?? null,
          `${label}第${i + 1}人的类型只能是“自然人”“企业”或“其他组织”`,
        );
      } else if (kind !== "自然人") all = false;
    });
    return v.length === 0 ? undefined : all;
  };
  const lendersNatural = partiesOk(form.lenders, "lenders", "出借人");
  const borrowersNatural = partiesOk(form.borrowers, "borrowers", "借款人");
  const naturalPersons =
    lendersNatural === undefined || borrowersNatural === undefined
      ? undefined
      : lendersNatural && borrowersNatural;

  // Cross-field checks, once each part is valid.
  if (asOfDay !== null && contractDay !== null && contractDay > asOfDay) {
    add("contractDate", form.contractDate, `借款合同签订日期晚于计算截止日 ${asOf}`);
  }
  if (statedFen !== null && deliveries.length === deliveriesIn.length && deliveries.length > 0) {
    const sum = deliveries.reduce((s, d) => s + d.fen, 0);
    if (sum > statedFen) {
      add(
        "deliveries",
        form.deliveries,
        `实际交付合计${yuanText(sum)}，超过借条载明的本金${yuanText(statedFen)}（借条金额应不少于实际出借的金额，请核对）`,
      );
    }
  }
  if (asOfDay !== null) {
    deliveriesIn.forEach((it, i) => {
      const d = tryParseIsoDate(String((it as { date?: unknown } | null)?.date ?? ""));
      if (d !== undefined && d > asOfDay)
        add(
          `deliveries[${i}].date`,
          (it as { date: unknown }).date,
          `第${i + 1}笔交付的日期晚于计算截止日 ${asOf}`,
        );
    });
  }
  const firstDelivery = deliveries[0]?.day;
  const reps = list(form.repayments, "repayments", "还款");
  reps.forEach((it, i) => {
    const d = tryParseIsoDate(String((it as { date?: unknown } | null)?.date ?? ""));
    if (d === undefined) return;
    if (firstDelivery !== undefined && d < firstDelivery) {
      add(
        `repayments[${i}].date`,
        (it as { date: unknown }).date,
        `第${i + 1}笔还款的日期早于第一笔借款交付日期`,
      );
    }
    if (asOfDay !== null && d > asOfDay) {
      add(
        `repayments[${i}].date`,
        (it as { date: unknown }).date,
        `第${i + 1}笔还款的日期晚于计算截止日 ${asOf}`,
      );
    }
  });
  if (termEndDay !== null && contractDay !== null && termEndDay < contractDay) {
    add("agreedTermEnd", form.agreedTermEnd, "约定的还款期限早于借款合同签订日期");
  }
  if (contractDay !== null && contractDay < NEW_DAY) {
    if (filedDay === null && !problems.some((p) => p.field === "filedOn")) {
      add(
        "filedOn",
        form.filedOn ?? null,
        "合同成立于2020年8月20日之前，须填写起诉日期：2020年8月20日以后的利息以起诉时一年期贷款市场报价利率的四倍为限（民间借贷司法解释第三十一条第二款）",
      );
    } else if (filedDay !== null && filedDay < NEW_DAY) {
      add(
        "filedOn",
        form.filedOn,
        "起诉日期早于2020年8月20日：本计算适用于2020年8月20日以后受理的案件（民间借贷司法解释第三十一条）",
      );
    }
  }
  if (problems.length > 0) throw new LoanInputError(problems);
  return {
    contractDay: contractDay as DayNumber,
    asOfDay: asOfDay as DayNumber,
    statedFen: statedFen as number,
    deliveries,
    repayments,
    termEndDay,
    agreed,
    overdue,
    penalty,
    fees,
    costsFen,
    costsDay,
    order,
    filedDay,
    basis,
    naturalPersons,
  };
}

/** A rate resolved to a number for the contract: LPR multiples at the LPR in force at formation. */
interface Resolved {
  annual: number;
  words: string;
}

export function computeLoanInterest(form: LoanForm, asOf: string, options: ComputeOptions = {}): LoanResult {
  const n = validate(form, asOf);
  const table = options.lpr ?? DEFAULT_LPR_TABLE;
  const lines: LoanLine[] = [];
  const warnings: string[] = [];
  const problems: LoanProblem[] = [];
  const verifiedDay = tryParseIsoDate(table.verifiedThrough) as DayNumber;
  const lprAt = (day: DayNumber, field: string, value: unknown, what: string): LprRow | undefined => {
    const row = lprOn(table, formatIsoDate(day));
    if (row === undefined) {
      problems.push({
        field,
        value,
        message: `${what}（${cn(day)}）早于2019年8月20日，当时尚未公布一年期贷款市场报价利率`,
      });
      return undefined;
    }
    if (day > verifiedDay + 27) {
      const w = `一年期贷款市场报价利率数据核实至${cn(verifiedDay)}；${cn(day)}适用的报价利率按此前最近一次公布的${bpText(row.bp)}计算，请核对此后有无新的公布，必要时以设置文件补充`;
      if (!warnings.includes(w)) warnings.push(w);
    }
    return row;
  };

  const transitional = n.contractDay < NEW_DAY;
  // The cap for the new-rules part.
  let capRate: number;
  let capBasis: string;
  let capArt: string;
  if (!transitional) {
    const row = lprAt(n.contractDay, "contractDate", form.contractDate, "合同成立日");
    capRate = row ? cleanRate(4 * bpToRate(row.bp)) : 0;
    capBasis = row
      ? `合同成立于${cn(n.contractDay)}，当时施行的一年期贷款市场报价利率为${bpText(row.bp)}（${cn(tryParseIsoDate(row.date) as DayNumber)}公布），其四倍即年利率${percentText(capRate)}为利率保护上限`
      : "";
    capArt = ART.a25;
  } else {
    const filed = n.filedDay as DayNumber;
    const row = lprAt(filed, "filedOn", form.filedOn, "起诉日");
    capRate = row ? cleanRate(4 * bpToRate(row.bp)) : 0;
    capBasis = row
      ? `合同成立于2020年8月20日之前（${cn(n.contractDay)}）：自合同成立至2020年8月19日的利息，适用当时的司法解释，以年利率24%为限；自2020年8月20日起的利息，以起诉时（${cn(filed)}）一年期贷款市场报价利率${bpText(row.bp)}的四倍即年利率${percentText(capRate)}为限`
      : "";
    capArt = `${ART.a31}；${ART.old26}`;
  }

  const resolve = (r: ParsedRate | null, field: string, value: unknown): Resolved | null => {
    if (r === null) return null;
    if (r.kind === "fixed") return { annual: r.annual, words: r.words };
    if (r.kind === "lpr") {
      const row = lprAt(n.contractDay, field, value, "合同成立日");
      if (!row) return null;
      const annual = cleanRate(r.multiple * bpToRate(row.bp));
      return { annual, words: `${r.words}（合同成立时${bpText(row.bp)}，即年利率${percentText(annual)}）` };
    }
    return null;
  };
  const term = resolve(n.agreed, "agreedRate", form.agreedRate);
  const overdueAgreed = resolve(n.overdue, "overdueRate", form.overdueRate);
  const penalty = resolve(n.penalty, "penaltyRate", form.penaltyRate);
  const fees = resolve(n.fees, "otherFeesRate", form.otherFeesRate);
  if (problems.length > 0) throw new LoanInputError(problems);

  const termRate = term?.annual ?? 0;
  const extras = cleanRate((penalty?.annual ?? 0) + (fees?.annual ?? 0));
  /** 第二十八条第二款第（一）项: neither rate agreed → overdue at the LPR of the time. */
  const overdueAtLpr = overdueAgreed === null && termRate === 0;

  // ── Principal (第二十六条) ──
  const principalFen = n.deliveries.reduce((s, d) => s + d.fen, 0);
  const deliveriesText = n.deliveries.map((d) => `${cn(d.day)}交付${yuanText(d.fen)}`).join("、");
  if (principalFen < n.statedFen) {
    lines.push({
      text: `借条载明借款本金${yuanText(n.statedFen)}，出借人实际交付${yuanText(principalFen)}（${deliveriesText}），差额${yuanText(n.statedFen - principalFen)}系预先在本金中扣除的利息，不计入本金，本金按实际出借的金额认定为${yuanText(principalFen)}`,
      basis: `${ART.a26}；${ART.cc670}`,
      topic: "本金",
      amountFen: principalFen,
    });
  } else {
    lines.push({
      text: `借条载明借款本金${yuanText(n.statedFen)}，出借人已实际交付（${deliveriesText}），本金认定为${yuanText(principalFen)}`,
      basis: ART.a26,
      amountFen: principalFen,
      topic: "本金",
    });
  }

  // ── Cap (第二十五条 / 第三十一条) ──
  lines.push({ text: capBasis, basis: capArt, topic: "上限" });

  // ── Interest during the term (第二十四条、第二十五条) ──
  const capWords = transitional
    ? `（2020年8月19日以前以年利率24%为限，2020年8月20日以后以年利率${percentText(capRate)}为限）`
    : `年利率${percentText(capRate)}`;
  if (n.agreed === null || n.agreed.kind === "none" || (n.agreed.kind === "fixed" && n.agreed.annual === 0)) {
    lines.push({
      topic: "借期内利率",
      text: "借贷双方没有约定借期内利息，出借人主张借期内利息的，不予支持",
      basis: `${ART.a24}第一款`,
    });
  } else if (n.agreed.kind === "unclear") {
    if (n.naturalPersons === false) {
      lines.push({
        topic: "借期内利率",
        text: "借贷双方对借期内利息约定不明，且非自然人之间借贷，应结合借贷合同的内容，并根据当地或者当事人的交易方式、交易习惯、市场报价利率等因素确定利息；本计算暂按无借期内利息计算",
        basis: `${ART.a24}第二款`,
      });
      warnings.push("非自然人之间借贷利息约定不明，借期内利息须由合议庭或承办法官确定后填入约定利率");
    } else {
      lines.push({
        topic: "借期内利率",
        text: "自然人之间借贷对利息约定不明，出借人主张借期内利息的，不予支持",
        basis: `${ART.a24}第二款`,
      });
      if (n.naturalPersons === undefined) warnings.push("未填写当事人类型，按自然人之间借贷处理利息约定不明");
    }
  } else if (term) {
    // For an old contract the term may lie wholly before 2020-08-20 (only the 24 % cap), wholly after,
    // or across it.
    const termLast = Math.min(n.termEndDay ?? n.asOfDay, n.asOfDay);
    const firstDay = (n.deliveries[0] as Dated).day;
    const over = transitional
      ? (firstDay < OLD_LAST_DAY && termRate > OLD_CAP) || (termLast > OLD_LAST_DAY && termRate > capRate)
      : termRate > capRate;
    lines.push({
      topic: "借期内利率",
      text: over
        ? `约定借期内${term.words}，超过利率保护上限${capWords}，超过部分的利息不予支持，借期内利息按上限计算`
        : `约定借期内${term.words}，未超过利率保护上限${capWords}，按约定利率计算借期内利息`,
      basis: transitional ? `${ART.a31}；${ART.old26}` : ART.a25,
    });
  }

  // ── Overdue (第二十八条、第二十九条) ──
  const T = n.termEndDay;
  if (T === null && (overdueAgreed !== null || extras > 0)) {
    warnings.push(
      "约定了逾期利率、违约金或其他费用，但未填写还款期限，未计算逾期利息；如借款人已逾期，请填写还款期限",
    );
  }
  if (T === null) {
    lines.push({
      topic: "逾期利率",
      text: `未约定还款期限，利息按借期内标准计算至${cn(n.asOfDay)}，不另计逾期利息（借款人可以随时返还，出借人可以催告借款人在合理期限内返还；如认定借款人自某日起逾期，可将该日前一日填作还款期限）`,
      basis: ART.cc675,
    });
  } else if (n.asOfDay > T) {
    const from = cn(T + 1);
    let text: string;
    let basis: string;
    if (overdueAgreed) {
      text = `约定逾期利率${overdueAgreed.words}，自逾期还款之日（${from}）起按约定计算逾期利息，但以利率保护上限${capWords}为限`;
      basis = ART.a28p1;
    } else if (termRate > 0 && term) {
      text = `未约定逾期利率，约定了借期内利率，自逾期还款之日（${from}）起按借期内利率${term.words}计算资金占用期间利息，但以利率保护上限${capWords}为限`;
      basis = `${ART.a28ii}`;
    } else {
      text = `既未约定借期内利率，也未约定逾期利率，自逾期还款之日（${from}）起参照当时一年期贷款市场报价利率计算逾期利息${transitional && T < OLD_LAST_DAY ? "（2020年8月19日以前按当时的司法解释以年利率6%计算）" : ""}`;
      basis = transitional && T < OLD_LAST_DAY ? `${ART.a28i}；${ART.old29}` : ART.a28i;
    }
    if (extras > 0) {
      const parts = [penalty ? `违约金${penalty.words}` : "", fees ? `其他费用${fees.words}` : ""].filter(
        (x) => x !== "",
      );
      text += `；另约定${parts.join("、")}，与逾期利息一并主张，总计超过利率保护上限${capWords}的部分不予支持`;
      basis += transitional && T < OLD_LAST_DAY ? `；${ART.a29}；${ART.old30}` : `；${ART.a29}`;
    }
    lines.push({ topic: "逾期利率", text, basis });
  }

  // ── Periods ──
  const events = new Map<DayNumber, { delivered: number; repaid: Dated[] }>();
  const at = (day: DayNumber) => {
    let e = events.get(day);
    if (!e) {
      e = { delivered: 0, repaid: [] };
      events.set(day, e);
    }
    return e;
  };
  for (const d of n.deliveries) at(d.day).delivered += d.fen;
  for (const r of n.repayments) at(r.day).repaid.push(r);
  const S = n.deliveries[0]?.day as DayNumber;
  const A = n.asOfDay;
  const bounds = new Set<DayNumber>([A]);
  for (const day of events.keys()) if (day > S && day < A) bounds.add(day);
  if (T !== null && T > S && T < A) bounds.add(T);
  if (transitional && OLD_LAST_DAY > S && OLD_LAST_DAY < A) bounds.add(OLD_LAST_DAY);
  if (overdueAtLpr && T !== null) {
    for (const row of table.rows) {
      const b = (tryParseIsoDate(row.date) as DayNumber) - 1;
      // Before 2020-08-20 an old contract's overdue days run at 6 %, not at the LPR: no split there.
      if (b > Math.max(S, T) && b < A && !(transitional && b < OLD_LAST_DAY)) bounds.add(b);
    }
  }
  const sorted = [...bounds].sort((a, b) => a - b);

  const periods: InterestPeriod[] = [];
  let principal = 0;
  let interestDue = 0;
  let costsPaid = 0;
  let supportedTotal = 0;
  let claimedTotal = 0;
  let overpaid = 0;
  let repaidPrincipalEarly: DayNumber | null = null;
  const costsFrom = n.costsDay ?? S;
  const lastDelivery = n.deliveries[n.deliveries.length - 1]?.day as DayNumber;

  const settle = (day: DayNumber) => {
    const e = events.get(day);
    if (!e) return;
    // A delivery on the day earns interest from the next day; a repayment on the day settles the
    // interest through it — so the delivery is added first, then the repayments are set off.
    principal += e.delivered;
    for (const r of e.repaid) {
      let left = r.fen;
      const costsOwed = day >= costsFrom ? n.costsFen - costsPaid : 0;
      const take = (owed: number) => {
        const x = Math.min(owed, left);
        left -= x;
        return x;
      };
      let toCosts = 0;
      let toInterest = 0;
      let toPrincipal = 0;
      if (n.order === "法定顺序") {
        toCosts = take(costsOwed);
        toInterest = take(interestDue);
        toPrincipal = take(principal);
      } else {
        toPrincipal = take(principal);
        toInterest = take(interestDue);
        toCosts = take(costsOwed);
      }
      costsPaid += toCosts;
      interestDue -= toInterest;
      principal -= toPrincipal;
      overpaid += left;
      const parts =
        n.order === "法定顺序"
          ? [
              `实现债权的费用${yuanText(toCosts)}`,
              `利息${yuanText(toInterest)}`,
              `本金${yuanText(toPrincipal)}`,
            ]
          : [
              `本金${yuanText(toPrincipal)}`,
              `利息${yuanText(toInterest)}`,
              `实现债权的费用${yuanText(toCosts)}`,
            ];
      lines.push({
        topic: "还款抵充",
        text: `${cn(day)}借款人还款${yuanText(r.fen)}，${n.order === "法定顺序" ? "依次抵充" : "按当事人约定先抵充本金，依次抵充"}${parts.join("、")}${left > 0 ? `，超出应还款项${yuanText(left)}` : ""}`,
        basis: n.order === "法定顺序" ? ART.cc561 : `${ART.cc561}（当事人另有约定）`,
        amountFen: r.fen,
      });
      if (principal === 0 && T !== null && day < T && day >= lastDelivery && repaidPrincipalEarly === null) {
        repaidPrincipalEarly = day;
      }
    }
  };

  const segment = (prev: DayNumber, b: DayNumber) => {
    const days = b - prev;
    if (days <= 0 || principal <= 0) return;
    const old = transitional && b <= OLD_LAST_DAY;
    const cap = old ? OLD_CAP : capRate;
    const overdue = T !== null && prev >= T;
    let claim: number;
    let basis: string;
    if (!overdue) {
      claim = termRate;
      basis = claim === 0 ? `${ART.a24}第一款` : old ? ART.old26 : transitional ? ART.a31 : ART.a25;
    } else {
      let base: number;
      if (overdueAgreed) {
        base = overdueAgreed.annual;
        basis = old ? ART.old29 : ART.a28p1;
      } else if (termRate > 0) {
        base = termRate;
        basis = old ? ART.old29 : ART.a28ii;
      } else if (old) {
        base = OLD_DEFAULT_OVERDUE;
        basis = ART.old29;
      } else {
        const row = lprOn(table, formatIsoDate(prev + 1)) as LprRow;
        base = bpToRate(row.bp);
        basis = ART.a28i;
      }
      claim = cleanRate(base + extras);
      if (extras > 0) basis = old ? ART.old30 : ART.a29;
    }
    const rate = Math.min(claim, cap);
    if (claim === 0) return;
    const claimedFen = interestFen(principal, claim, days, n.basis);
    const supportedFen = interestFen(principal, rate, days, n.basis);
    supportedTotal += supportedFen;
    claimedTotal += claimedFen;
    interestDue += supportedFen;
    periods.push({
      from: formatIsoDate(prev + 1),
      to: formatIsoDate(b),
      days,
      principalFen: principal,
      rate,
      interestFen: supportedFen,
      kind: overdue ? "逾期利息" : "借期内利息",
      claimedRate: claim,
      claimedInterestFen: claimedFen,
      basis,
    });
  };

  settle(S);
  let prev = S;
  for (const b of sorted) {
    if (b <= S) continue;
    segment(prev, b);
    settle(b);
    prev = b;
  }

  // ── Day count ──
  lines.push({
    topic: "计息方法",
    text: `利息按日计算：计息本金×年利率÷${n.basis}×天数，起算之日不计入，自次日起算，截止之日计入；逐段计算，各段四舍五入至分`,
    basis: ART.cc201,
  });

  // ── Totals ──
  const notSupported = claimedTotal - supportedTotal;
  lines.push({
    topic: "利息合计",
    text:
      notSupported > 0
        ? `截至${cn(A)}，按约定计算的利息${extras > 0 ? "（含违约金及其他费用）" : ""}为${yuanText(claimedTotal)}，依法支持${yuanText(supportedTotal)}，超过利率保护上限的${yuanText(notSupported)}不予支持`
        : `截至${cn(A)}，依法支持的利息${extras > 0 ? "（含违约金及其他费用）" : ""}为${yuanText(supportedTotal)}`,
    basis:
      notSupported > 0
        ? transitional
          ? `${ART.a31}；${ART.old26}`
          : extras > 0
            ? `${ART.a25}；${ART.a29}`
            : ART.a25
        : periods.length > 0
          ? [...new Set(periods.map((p) => p.basis ?? ART.a25))].join("；")
          : `${ART.a24}第一款`,
    amountFen: supportedTotal,
  });
  if (repaidPrincipalEarly !== null) {
    lines.push({
      topic: "提前还款",
      text: `借款人于${cn(repaidPrincipalEarly)}提前偿还全部本金，利息按实际借款期间计算至该日`,
      basis: ART.a30,
    });
  }
  const costsDue = n.costsFen - costsPaid;
  const dueParts = [`本金${yuanText(principal)}`, `利息${yuanText(interestDue)}`];
  if (n.costsFen > 0) dueParts.push(`实现债权的费用${yuanText(costsDue)}`);
  lines.push({
    topic: "尚欠",
    text: `截至${cn(A)}，借款人尚欠${dueParts.join("、")}${overpaid > 0 ? `；另有还款超出应还款项${yuanText(overpaid)}` : ""}`,
    basis: `${ART.cc675}；${ART.cc676}`,
    amountFen: principal + interestDue + costsDue,
  });

  return {
    principalFen,
    principal: principalFen / 100,
    capRate,
    capBasis,
    interestSupportedFen: supportedTotal,
    interestNotSupportedFen: notSupported,
    principalDueFen: principal,
    interestDueFen: interestDue,
    costsDueFen: costsDue,
    periods,
    lines,
    asOf: formatIsoDate(A),
    overpaidFen: overpaid,
    warnings,
  };
}
