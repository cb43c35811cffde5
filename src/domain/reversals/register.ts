/**
 * 发改案件台账: every first-instance case of the court that was reversed (改判) or remanded (发回重审)
 * on appeal is one entry — the case, its judge and division, the outcome and the day of the
 * appellate result. Derived from the case data alone, so it is never out of step with it:
 *
 * (a) the first-instance case's own columns 二审结果 (改判 / 发回重审) and 二审结案日期;
 * (b) an appellate case (民终, 刑终, 行终 … imported from the 中级人民法院) whose 原审案号 is the
 *     first-instance case's number and whose 结案方式 is 改判 or 发回重审, with its 结案日期.
 *
 * Both for one case make one entry: the appellate case's outcome and date are preferred (it is the
 * appellate court's own record), and a difference between the two is noted on the entry. An
 * appellate case whose 原审案号 names no case in the data is not an entry (no judge to attribute it
 * to); it is counted apart so that the office can see it.
 *
 * Basis: 《中华人民共和国民事诉讼法》第一百七十七条, 《中华人民共和国刑事诉讼法》第二百三十六条,
 * 《中华人民共和国行政诉讼法》第八十九条 (what a second-instance court may decide: 维持, 改判,
 * 发回重审); the register itself is local practice (发改案件评查).
 */

export const REVERSAL_OUTCOMES = ["改判", "发回重审"] as const;
export type ReversalOutcome = (typeof REVERSAL_OUTCOMES)[number];

export function isReversalOutcome(v: string | null | undefined): v is ReversalOutcome {
  return v === "改判" || v === "发回重审";
}

/** A case as the register reads it (first-instance cases and appellate cases alike). */
export interface RegisterSourceRow {
  id: number;
  caseNumber: string;
  /** The court (法院代字) of the case; absent where the caller does not say. */
  courtCode?: string;
  /** first | second | … (審级, from the type code). */
  instance: string;
  division: string;
  judge: string;
  cause: string | null;
  closedOn: string | null;
  /** 结案方式 (for an appellate case: 维持, 改判, 发回重审 …). */
  closureMode: string | null;
  /** 二审结果 of a first-instance case. */
  appealOutcome: string | null;
  /** 二审结案日期 of a first-instance case. */
  appealClosedOn: string | null;
  /** 原审案号 of an appellate case (normalised), else null. */
  originCaseNumber: string | null;
}

export interface ReversalEntry {
  caseId: number;
  caseNumber: string;
  /** The first-instance case's court (法院代字), when the source rows give it. */
  courtCode?: string;
  division: string;
  judge: string;
  cause: string | null;
  outcome: ReversalOutcome;
  /** The day of the appellate result; null when neither source gives one. */
  decidedOn: string | null;
  /** Where the entry comes from: the first-instance case's columns, an appellate case, or both. */
  source: "first-instance" | "appellate" | "both";
  /** The appellate case's number, when one is in the data. */
  appellateCaseNumber: string | null;
  /** How the two sources disagree (Chinese, for the reader), or null. */
  disagreement: string | null;
}

export interface Register {
  entries: ReversalEntry[];
  /** Appellate cases (改判 / 发回重审) whose 原审案号 names no first-instance case in the data. */
  unmatched: {
    caseNumber: string;
    originCaseNumber: string;
    outcome: ReversalOutcome;
    decidedOn: string | null;
  }[];
}

function appellateOf(rows: readonly RegisterSourceRow[]): Map<string, RegisterSourceRow[]> {
  const out = new Map<string, RegisterSourceRow[]>();
  for (const r of rows) {
    // Only second-instance cases: a 再审 or an enforcement case names its origin too, but is no appeal.
    if (r.instance !== "second" || !r.originCaseNumber) continue;
    const list = out.get(r.originCaseNumber) ?? [];
    list.push(r);
    out.set(r.originCaseNumber, list);
  }
  return out;
}

/** The appellate case that decides: a reversing one, the latest by closing day (then by number). */
function decidingAppeal(list: readonly RegisterSourceRow[]): RegisterSourceRow | undefined {
  let best: RegisterSourceRow | undefined;
  for (const r of list) {
    if (!isReversalOutcome(r.closureMode)) continue;
    if (
      !best ||
      (r.closedOn ?? "") > (best.closedOn ?? "") ||
      ((r.closedOn ?? "") === (best.closedOn ?? "") && r.caseNumber > best.caseNumber)
    )
      best = r;
  }
  return best;
}

/** The register of the given cases, ordered by the day of the result (newest first), then case number. */
export function buildRegister(rows: readonly RegisterSourceRow[]): Register {
  const appeals = appellateOf(rows);
  const entries: ReversalEntry[] = [];
  const matched = new Set<string>();
  for (const c of rows) {
    if (c.instance !== "first") continue;
    const list = appeals.get(c.caseNumber) ?? [];
    if (list.length > 0) matched.add(c.caseNumber);
    const appeal = decidingAppeal(list);
    const own = isReversalOutcome(c.appealOutcome) ? c.appealOutcome : null;
    if (!appeal && !own) continue;
    const base = {
      caseId: c.id,
      caseNumber: c.caseNumber,
      ...(c.courtCode !== undefined ? { courtCode: c.courtCode } : {}),
      division: c.division,
      judge: c.judge,
      cause: c.cause,
    };
    if (appeal && isReversalOutcome(appeal.closureMode)) {
      const notes: string[] = [];
      if (!own) {
        notes.push(
          c.appealOutcome
            ? `一审案件记录的二审结果为“${c.appealOutcome}”，二审案件 ${appeal.caseNumber} 的结案方式为“${appeal.closureMode}”`
            : `一审案件未记录二审结果，二审案件 ${appeal.caseNumber} 的结案方式为“${appeal.closureMode}”`,
        );
      } else if (own !== appeal.closureMode) {
        notes.push(
          `一审案件记录的二审结果为“${own}”，二审案件 ${appeal.caseNumber} 的结案方式为“${appeal.closureMode}”`,
        );
      }
      if (own && c.appealClosedOn && appeal.closedOn && c.appealClosedOn !== appeal.closedOn)
        notes.push(
          `一审案件记录的二审结案日期为 ${c.appealClosedOn}，二审案件的结案日期为 ${appeal.closedOn}`,
        );
      entries.push({
        ...base,
        outcome: appeal.closureMode,
        decidedOn: appeal.closedOn ?? (own ? c.appealClosedOn : null),
        source: own ? "both" : "appellate",
        appellateCaseNumber: appeal.caseNumber,
        disagreement: notes.length > 0 ? `${notes.join("；")}（以二审案件为准）` : null,
      });
    } else if (own) {
      // The first-instance case says reversed; an appellate case in the data may say otherwise.
      const other = list.find((r) => r.closureMode);
      entries.push({
        ...base,
        outcome: own,
        decidedOn: c.appealClosedOn,
        source: "first-instance",
        appellateCaseNumber: other?.caseNumber ?? null,
        disagreement: other
          ? `二审案件 ${other.caseNumber} 的结案方式为“${other.closureMode}”，与一审案件记录的二审结果“${own}”不一致，请核对`
          : null,
      });
    }
  }
  const unmatched: Register["unmatched"] = [];
  for (const [origin, list] of appeals) {
    if (matched.has(origin)) continue;
    for (const r of list)
      if (isReversalOutcome(r.closureMode))
        unmatched.push({
          caseNumber: r.caseNumber,
          originCaseNumber: origin,
          outcome: r.closureMode,
          decidedOn: r.closedOn,
        });
  }
  entries.sort(compareEntries);
  unmatched.sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
  return { entries, unmatched };
}

export function compareEntries(a: ReversalEntry, b: ReversalEntry): number {
  const da = a.decidedOn ?? "";
  const db = b.decidedOn ?? "";
  if (da !== db) return da < db ? 1 : -1;
  return a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;
}

/** Entries whose appellate result falls in [from, to] (both inclusive, YYYY-MM-DD); undated ones are out. */
export function inPeriod(entries: readonly ReversalEntry[], from: string, to: string): ReversalEntry[] {
  return entries.filter((e) => e.decidedOn !== null && e.decidedOn >= from && e.decidedOn <= to);
}
