/**
 * 四类案件 identification — the rule library (supervised-rules.ts) over every case as of a date.
 * Pure: "today" is `asOf`.
 *
 * One streaming pass: `SupervisionIdentifier.add` checks one case's own rules (parties per side,
 * amounts, 涉企, cause lists, natural age) and keeps, for the two cross-case rules, only what they
 * need — the pending first-instance cases with their dispute key, and the remanded originals.
 * `finish` then groups by key (as the withdraw-and-refile and duplicate-number detectors do: one
 * Map, O(n)): a pending case whose dispute had an earlier case remanded is a 发回重审 retrial; a
 * dispute with two or more pending cases flags every one but the first filed.
 *
 * Only cases pending as of `asOf` (filed on or before it, not closed by it) are candidates: a
 * supervised case is one still being tried.
 *
 * The dispute key: the cause, and the two sides' party sets (each split on 、；; and line breaks,
 * trimmed, de-duplicated, sorted) in either order — an appeal may list the parties the other way
 * round (上诉人 / 被上诉人), and a counter-suit between the same parties is the same dispute.
 */
import { addMonths, type DayNumber, formatIsoDate, parseIsoDate } from "../calendar/civil-date.js";
import {
  SUPERVISION_RULE_IDS as R,
  resolveSupervisionSettings,
  SUPERVISION_RULES_BY_ID,
  type SupervisionCategory,
  type SupervisionRuleId,
  type SupervisionSettings,
} from "./supervised-rules.js";

/** The few case fields identification reads. */
export interface SupervisionCaseInput {
  caseNumber: string;
  typeCode: string;
  cause: string | null;
  plaintiffs: string | null;
  defendants: string | null;
  amountFen: number | null;
  enterprise: boolean | null;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  appealOutcome: string | null;
}

export type SupervisionFactValue = string | number | boolean | null;

/** A candidate: a case, the rule it meets, the reason with its numbers, and the facts used. */
export interface SupervisionFinding {
  caseNumber: string;
  rule: SupervisionRuleId;
  category: SupervisionCategory;
  reason: string;
  facts: Record<string, SupervisionFactValue>;
}

/** First-instance cases with parties on both sides (原告 / 被告): the cross-case rules compare these. */
const DISPUTE_TYPES = new Set(["民初", "行初"]);
/** Second-instance cases whose 发回重审 closing remands a first-instance case. */
const APPEAL_TYPES = new Set(["民终", "行终"]);
const REMAND = "发回重审";

const SEPARATORS = /[、;；\n]/;

/** The distinct names of one side. */
export function partyNames(text: string | null): string[] {
  if (text === null || text.length === 0) return [];
  const names = new Set<string>();
  for (const part of text.split(SEPARATORS)) {
    const n = part.trim();
    if (n.length > 0) names.add(n);
  }
  return [...names];
}

/** The dispute key (cause + both sides in either order); undefined without a cause or a side. */
export function disputeKey(
  c: Pick<SupervisionCaseInput, "cause" | "plaintiffs" | "defendants">,
): string | undefined {
  const cause = c.cause?.trim();
  if (!cause) return undefined;
  const p = partyNames(c.plaintiffs).sort().join("、");
  const d = partyNames(c.defendants).sort().join("、");
  if (p === "" || d === "") return undefined;
  return p < d ? `${cause}\u0001${p}\u0001${d}` : `${cause}\u0001${d}\u0001${p}`;
}

/** Yuan with thousands separators and two decimals: 1000000000 fen → "10,000,000.00". */
export function formatYuanGrouped(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return `${yuan.toLocaleString("en-US")}.${cents < 10 ? `0${cents}` : cents}`;
}

function yuanText(yuan: number): string {
  return yuan.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

interface PendingDispute {
  caseNumber: string;
  filedOn: string;
}

interface RemandedOrigin {
  caseNumber: string;
  filedOn: string;
  /** How it was remanded: 二审结果 of a first-instance case, or a second-instance closing. */
  how: "appeal-outcome" | "appeal-closing";
}

function finding(
  caseNumber: string,
  rule: SupervisionRuleId,
  reason: string,
  facts: Record<string, SupervisionFactValue>,
): SupervisionFinding {
  const r = SUPERVISION_RULES_BY_ID.get(rule);
  return { caseNumber, rule, category: r?.category ?? 1, reason, facts };
}

/** Identification over a stream of cases: `add` each case, then `finish` once. */
export class SupervisionIdentifier {
  readonly asOf: string;
  readonly settings: SupervisionSettings;
  private readonly asOfDay: DayNumber;
  private readonly on: (id: SupervisionRuleId) => boolean;
  private readonly listed: ReadonlySet<string>;
  private readonly mass: ReadonlySet<string>;
  private readonly largeFen: number;
  private readonly enterpriseFen: number;
  private readonly pending = new Map<string, PendingDispute | PendingDispute[]>();
  private readonly origins = new Map<string, RemandedOrigin[]>();
  private readonly crossNeeded: boolean;
  /** filed day → the day it is N months old (many cases share a filing day). */
  private readonly ageCache = new Map<string, DayNumber>();

  constructor(asOf: string, settings?: Partial<SupervisionSettings>) {
    this.asOf = asOf;
    this.asOfDay = parseIsoDate(asOf);
    this.settings = resolveSupervisionSettings(settings);
    const disabled = new Set(this.settings.disabled);
    this.on = (id) => !disabled.has(id);
    this.listed = new Set(this.settings.listedCauses);
    this.mass = new Set(this.settings.massCauses);
    this.largeFen = Math.round(this.settings.largeAmountYuan * 100);
    this.enterpriseFen = Math.round(this.settings.enterpriseAmountYuan * 100);
    this.crossNeeded = this.on(R.remandRetrial) || this.on(R.parallelDispute);
  }

  /** One case: its own findings now (in rule order); what the cross-case rules need is kept. */
  add(c: SupervisionCaseInput, out: SupervisionFinding[] = []): SupervisionFinding[] {
    const asOf = this.asOf;
    // A remanded original (closed or not) is remembered whatever its state.
    if (this.crossNeeded && this.on(R.remandRetrial)) {
      const how =
        DISPUTE_TYPES.has(c.typeCode) && c.appealOutcome === REMAND
          ? "appeal-outcome"
          : APPEAL_TYPES.has(c.typeCode) &&
              c.closureMode === REMAND &&
              c.closedOn !== null &&
              c.closedOn <= asOf
            ? "appeal-closing"
            : undefined;
      if (how !== undefined) {
        const key = disputeKey(c);
        if (key !== undefined) {
          const o: RemandedOrigin = { caseNumber: c.caseNumber, filedOn: c.filedOn, how };
          const list = this.origins.get(key);
          if (list) list.push(o);
          else this.origins.set(key, [o]);
        }
      }
    }
    if (c.filedOn > asOf || (c.closedOn !== null && c.closedOn <= asOf)) return out;

    const n = c.caseNumber;
    if (this.on(R.massParty)) {
      const min = this.settings.massPartyMin;
      const p = partyNames(c.plaintiffs).length;
      const d = partyNames(c.defendants).length;
      if (p >= min || d >= min) {
        const sides = [p >= min ? `原告 ${p} 人` : "", d >= min ? `被告 ${d} 人` : ""].filter((s) => s);
        out.push(
          finding(n, R.massParty, `${sides.join("、")}，一方当事人达到 ${min} 人`, {
            plaintiffCount: p,
            defendantCount: d,
            massPartyMin: min,
          }),
        );
      }
    }
    const cause = c.cause?.trim() ?? "";
    if (this.on(R.massCause) && cause !== "" && this.mass.has(cause)) {
      out.push(finding(n, R.massCause, `案由“${cause}”属于涉众型案由`, { cause }));
    }
    if (c.amountFen !== null) {
      if (this.on(R.largeAmount) && c.amountFen >= this.largeFen) {
        out.push(
          finding(
            n,
            R.largeAmount,
            `标的额 ${formatYuanGrouped(c.amountFen)} 元，不低于 ${yuanText(this.settings.largeAmountYuan)} 元`,
            { amountFen: c.amountFen, largeAmountYuan: this.settings.largeAmountYuan },
          ),
        );
      }
      if (this.on(R.enterpriseAmount) && c.enterprise === true && c.amountFen >= this.enterpriseFen) {
        out.push(
          finding(
            n,
            R.enterpriseAmount,
            `涉企案件，标的额 ${formatYuanGrouped(c.amountFen)} 元，不低于 ${yuanText(this.settings.enterpriseAmountYuan)} 元`,
            {
              enterprise: true,
              amountFen: c.amountFen,
              enterpriseAmountYuan: this.settings.enterpriseAmountYuan,
            },
          ),
        );
      }
    }
    if (this.on(R.listedCause) && cause !== "" && this.listed.has(cause)) {
      out.push(finding(n, R.listedCause, `案由“${cause}”属于新类型、涉公共利益案由`, { cause }));
    }
    if (this.on(R.longPending)) {
      let reached = this.ageCache.get(c.filedOn);
      if (reached === undefined) {
        reached = addMonths(parseIsoDate(c.filedOn), this.settings.longPendingMonths);
        this.ageCache.set(c.filedOn, reached);
      }
      if (this.asOfDay >= reached) {
        const days = this.asOfDay - parseIsoDate(c.filedOn);
        out.push(
          finding(
            n,
            R.longPending,
            `${c.filedOn} 立案，至 ${asOf} 已满 ${this.settings.longPendingMonths} 个月（${days} 天）仍未审结`,
            {
              filedOn: c.filedOn,
              naturalDays: days,
              longPendingMonths: this.settings.longPendingMonths,
              reachedOn: formatIsoDate(reached),
            },
          ),
        );
      }
    }
    if (this.crossNeeded && DISPUTE_TYPES.has(c.typeCode)) {
      const key = disputeKey(c);
      if (key !== undefined) {
        const e: PendingDispute = { caseNumber: n, filedOn: c.filedOn };
        const g = this.pending.get(key);
        if (g === undefined) this.pending.set(key, e);
        else if (Array.isArray(g)) g.push(e);
        else this.pending.set(key, [g, e]);
      }
    }
    return out;
  }

  /** The cross-case findings (发回重审, 同案另案未结), once every case has been added. */
  finish(): SupervisionFinding[] {
    const out: SupervisionFinding[] = [];
    const byFiling = (a: PendingDispute, b: PendingDispute) =>
      a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : a.caseNumber < b.caseNumber ? -1 : 1;
    if (this.on(R.remandRetrial) && this.origins.size > 0) {
      for (const [key, origins] of this.origins) {
        const g = this.pending.get(key);
        if (g === undefined) continue;
        for (const c of Array.isArray(g) ? g : [g]) {
          // The latest original filed before this case (the one it retries).
          let best: RemandedOrigin | undefined;
          for (const o of origins) {
            if (o.caseNumber === c.caseNumber || o.filedOn >= c.filedOn) continue;
            if (!best || o.filedOn > best.filedOn) best = o;
          }
          if (!best) continue;
          const how = best.how === "appeal-outcome" ? "经二审发回重审" : "二审以发回重审结案";
          out.push(
            finding(
              c.caseNumber,
              R.remandRetrial,
              `原审${best.caseNumber}${how}；本案原告、被告、案由与之相同，${c.filedOn} 立案`,
              { originalCaseNumber: best.caseNumber, originalFiledOn: best.filedOn, filedOn: c.filedOn },
            ),
          );
        }
      }
    }
    if (this.on(R.parallelDispute)) {
      for (const g of this.pending.values()) {
        if (!Array.isArray(g)) continue;
        const sorted = [...g].sort(byFiling);
        const first = sorted[0] as PendingDispute;
        for (const c of sorted.slice(1)) {
          out.push(
            finding(
              c.caseNumber,
              R.parallelDispute,
              `与${first.caseNumber}（${first.filedOn} 立案，尚未审结）原告、被告、案由相同`,
              {
                earlierCaseNumber: first.caseNumber,
                earlierFiledOn: first.filedOn,
                filedOn: c.filedOn,
                pendingInGroup: sorted.length,
              },
            ),
          );
        }
      }
    }
    this.pending.clear();
    this.origins.clear();
    return out;
  }
}

/** Rule order of the library, then case number: the order lists and the command line show. */
export function compareFindings(a: SupervisionFinding, b: SupervisionFinding): number {
  if (a.caseNumber !== b.caseNumber) return a.caseNumber < b.caseNumber ? -1 : 1;
  return RULE_ORDER(a.rule) - RULE_ORDER(b.rule);
}

const RULE_INDEX = new Map([...SUPERVISION_RULES_BY_ID.keys()].map((id, i) => [id, i]));
function RULE_ORDER(id: string): number {
  return RULE_INDEX.get(id) ?? 99;
}

/** Every candidate among `cases` as of `asOf`: one finding per case and rule, sorted. */
export function identifyCandidates(
  cases: Iterable<SupervisionCaseInput>,
  asOf: string,
  settings?: Partial<SupervisionSettings>,
): SupervisionFinding[] {
  const id = new SupervisionIdentifier(asOf, settings);
  const out: SupervisionFinding[] = [];
  for (const c of cases) id.add(c, out);
  out.push(...id.finish());
  return out.sort(compareFindings);
}
