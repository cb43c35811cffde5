/**
 * The 营商环境 "解决商业纠纷" evidence pack: its figures and typical-case lists, computed from the
 * commercial first-instance cases closed in a period and the enforcement cases that name them as
 * 原审案号 — pure; the definitions decide what counts (definitions.ts).
 */
import { parseIsoDate } from "../calendar/civil-date.js";
import type { BusinessEnvironmentDefinitions } from "./definitions.js";

export interface PackCase {
  caseId: number;
  caseNumber: string;
  typeCode: string;
  division: string;
  judge: string;
  cause: string | null;
  plaintiffs: string | null;
  defendants: string | null;
  filedOn: string;
  closedOn: string;
  closureMode: string | null;
  amountFen: number | null;
  enterprise: boolean;
  /** case_facts status: closed-on-time | closed-late | no-limit. */
  status: string;
}

export interface PackEnforcement {
  caseId: number;
  caseNumber: string;
  originCaseNumber: string;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  amountFen: number | null;
  recoveredFen: number | null;
}

export interface TypicalCase {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  cause: string | null;
  parties: string;
  filedOn: string;
  closedOn: string;
  days: number;
  closureMode: string | null;
  amountFen: number | null;
}

export interface PackFigures {
  /** 商事一审结案数. */
  closed: number;
  /** 平均审理天数 (立案至结案, natural days, both days counted as the court counts: closed − filed). */
  averageDays: number | null;
  medianDays: number | null;
  /** Cases whose linked enforcement case was closed as 执行完毕 by the period's end. */
  enforcementCompleted: number;
  /** 立案至执行完毕 average days over those cases. */
  averageDaysToCompletion: number | null;
  /** Cases judged against the time limit (with a statutory limit, or every case with timeLimitDays). */
  limitCases: number;
  withinLimit: number;
  withinLimitShare: number | null;
  mediated: number;
  mediationShare: number | null;
  withdrawn: number;
  withdrawalShare: number | null;
  /** Enforcement of 涉企 judgments: linked enforcement cases (of 涉企 pack cases) closed by the period's end. */
  enforcementCases: number;
  enforcementCompletedCases: number;
  completionShare: number | null;
  enforcementAmountFen: number;
  recoveredFen: number;
  /** 执行到位率 = 执行到位金额 ÷ 申请执行标的额. */
  recoveryRate: number | null;
}

export interface Pack {
  from: string;
  to: string;
  definitions: BusinessEnvironmentDefinitions;
  figures: PackFigures;
  largest: TypicalCase[];
  fastest: TypicalCase[];
  mediatedCases: TypicalCase[];
}

/** 原告 诉 被告, as the lists show the parties. */
export function partiesText(plaintiffs: string | null, defendants: string | null): string {
  return [plaintiffs, defendants].filter((x) => x).join(" 诉 ");
}

const share = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function days(from: string, to: string): number {
  return parseIsoDate(to) - parseIsoDate(from);
}

function median(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Does a case count as a commercial first-instance case of the pack under these definitions? */
export function inPack(c: PackCase, d: BusinessEnvironmentDefinitions, from: string, to: string): boolean {
  return (
    c.closedOn >= from &&
    c.closedOn <= to &&
    d.firstInstanceTypeCodes.includes(c.typeCode) &&
    (!d.enterpriseOnly || c.enterprise) &&
    (d.causes.length === 0 || (c.cause !== null && d.causes.includes(c.cause)))
  );
}

/**
 * The first `n` items in the order of `compare` — what sorting them all and taking `n` gives when
 * `compare` is a total order (the lists break ties by the unique 案号) — in one pass over the items.
 */
export function firstOf<T>(items: readonly T[], n: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (n <= 0) return best;
  for (const x of items) {
    if (best.length === n && compare(x, best[n - 1] as T) >= 0) continue;
    let i = best.length;
    while (i > 0 && compare(x, best[i - 1] as T) < 0) i--;
    best.splice(i, 0, x);
    if (best.length > n) best.pop();
  }
  return best;
}

export function computePack(
  cases: readonly PackCase[],
  enforcements: readonly PackEnforcement[],
  d: BusinessEnvironmentDefinitions,
  from: string,
  to: string,
): Pack {
  const picked = cases.filter((c) => inPack(c, d, from, to));
  const durations = picked.map((c) => days(c.filedOn, c.closedOn));
  const daysOf = new Map(picked.map((c, i) => [c, durations[i] as number]));
  // Numeric ascending order (a typed array sorts by value).
  const sorted = Float64Array.from(durations).sort();
  const total = durations.reduce((s, x) => s + x, 0);

  let limitCases = 0;
  let withinLimit = 0;
  for (const [i, c] of picked.entries()) {
    if (d.timeLimitDays !== null) {
      limitCases++;
      if ((durations[i] as number) <= d.timeLimitDays) withinLimit++;
    } else if (c.status === "closed-on-time" || c.status === "closed-late") {
      limitCases++;
      if (c.status === "closed-on-time") withinLimit++;
    }
  }
  const mediated = picked.filter((c) => c.closureMode !== null && d.mediationModes.includes(c.closureMode));
  const withdrawn = picked.filter(
    (c) => c.closureMode !== null && d.withdrawalModes.includes(c.closureMode),
  ).length;

  // Enforcement cases naming a pack case, closed by the period's end.
  const byNumber = new Map(picked.map((c) => [c.caseNumber, c]));
  let enforcementCases = 0;
  let enforcementCompletedCases = 0;
  let enforcementAmountFen = 0;
  let recoveredFen = 0;
  const completion = new Map<string, string>();
  for (const e of enforcements) {
    const origin = byNumber.get(e.originCaseNumber);
    if (!origin || e.closedOn === null || e.closedOn > to || e.filedOn < origin.filedOn) continue;
    const completed = e.closureMode !== null && d.completionModes.includes(e.closureMode);
    // Recovery: of 涉企 judgments only (whatever enterpriseOnly says).
    if (origin.enterprise) {
      enforcementCases++;
      enforcementAmountFen += e.amountFen ?? 0;
      recoveredFen += Math.min(e.recoveredFen ?? 0, e.amountFen ?? Number.POSITIVE_INFINITY);
      if (completed) enforcementCompletedCases++;
    }
    if (completed) {
      const prev = completion.get(origin.caseNumber);
      if (prev === undefined || e.closedOn > prev) completion.set(origin.caseNumber, e.closedOn);
    }
  }
  let toCompletion = 0;
  for (const [n, closedOn] of completion)
    toCompletion += days((byNumber.get(n) as PackCase).filedOn, closedOn);

  const typical = (c: PackCase): TypicalCase => ({
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    division: c.division,
    judge: c.judge,
    cause: c.cause,
    parties: partiesText(c.plaintiffs, c.defendants),
    filedOn: c.filedOn,
    closedOn: c.closedOn,
    days: daysOf.get(c) ?? days(c.filedOn, c.closedOn),
    closureMode: c.closureMode,
    amountFen: c.amountFen,
  });
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const byAmount = (a: PackCase, b: PackCase) =>
    (b.amountFen ?? -1) - (a.amountFen ?? -1) || cmp(a.caseNumber, b.caseNumber);
  const n = d.typicalCount;
  return {
    from,
    to,
    definitions: d,
    figures: {
      closed: picked.length,
      averageDays: picked.length === 0 ? null : total / picked.length,
      medianDays: median(sorted),
      enforcementCompleted: completion.size,
      averageDaysToCompletion: completion.size === 0 ? null : toCompletion / completion.size,
      limitCases,
      withinLimit,
      withinLimitShare: share(withinLimit, limitCases),
      mediated: mediated.length,
      mediationShare: share(mediated.length, picked.length),
      withdrawn,
      withdrawalShare: share(withdrawn, picked.length),
      enforcementCases,
      enforcementCompletedCases,
      completionShare: share(enforcementCompletedCases, enforcementCases),
      enforcementAmountFen,
      recoveredFen,
      recoveryRate: share(recoveredFen, enforcementAmountFen),
    },
    largest: firstOf(
      picked.filter((c) => c.amountFen !== null),
      n,
      byAmount,
    ).map(typical),
    fastest: firstOf(
      picked,
      n,
      (a, b) => (daysOf.get(a) as number) - (daysOf.get(b) as number) || cmp(a.caseNumber, b.caseNumber),
    ).map(typical),
    mediatedCases: firstOf(mediated, n, byAmount).map(typical),
  };
}
