/**
 * The demo's intermediate court (中级人民法院) for a multi-court demo (`shenguan demo --courts
 * 内0602,内0603,内06`): its roster (its own divisions and judges, none sharing a name with the
 * basic courts' judges) and its cases —
 *   - the appeals (民终, 刑终, 行终) of its basic courts' first-instance cases that the demo shows as
 *     appealed (上诉 = 是), filed 5–15 days after the first instance closed, with 原审案号 = the
 *     first-instance 案号 and, once the appeal is decided, the same 二审结案日期 and outcome the
 *     first-instance row shows (《民事诉讼法》（2021年修正）第一百七十一条、第一百八十三条);
 *   - its own first-instance cases (民初 of large amounts, 刑初 of serious crimes — 《民事诉讼法》
 *     第十九条, 《刑事诉讼法》第二十一条): a tenth of the per-court volume when basic courts are in
 *     the demo, the whole volume when none is (no appeals to make then).
 * Pure and deterministic (its own random stream of the seed); numbered per type and year in filing
 * order.
 */
import { type DayNumber, daysFromCivil, tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { legalCalendar } from "../domain/calendar/legal-calendar.js";
import { formatCaseNumber, lookupCourt } from "../domain/case-number/index.js";
import { iso, nextWorking } from "./dates.js";
import { personName } from "./names.js";
import { createRng, type Rng } from "./rng.js";
import type { DemoCase, DemoCaseRow } from "./types.js";

/** The intermediate court's divisions: name, judges, what they hear. */
export const INTERMEDIATE_DIVISIONS = [
  { key: "civil1", name: "民事审判第一庭", judges: 6 },
  { key: "civil2", name: "民事审判第二庭", judges: 6 },
  { key: "criminal", name: "刑事审判第一庭", judges: 5 },
  { key: "administrative", name: "行政审判庭", judges: 3 },
] as const;

export interface IntermediateRoster {
  code: string;
  divisions: { key: string; name: string; judges: { name: string; role: string }[] }[];
}

/** The roster: names drawn from the court's own stream, none in `taken` (the basic courts' judges). */
export function intermediateRoster(code: string, seed: number, taken: Set<string>): IntermediateRoster {
  const rng = createRng(seed, 0x7a6f); // "zo" — 中院
  return {
    code,
    divisions: INTERMEDIATE_DIVISIONS.map((d) => {
      const judges: { name: string; role: "庭长" | "审判员" }[] = [];
      let guard = 0;
      while (judges.length < d.judges && guard++ < 1000) {
        const n = personName(rng);
        if (taken.has(n)) continue;
        taken.add(n);
        judges.push({ name: n, role: judges.length === 0 ? "庭长" : "审判员" });
      }
      return { key: d.key, name: d.name, judges };
    }),
  };
}

/** What the intermediate court needs of an appealed first-instance case (its row, as imported). */
export type AppealSource = Pick<
  DemoCaseRow,
  | "caseNumber"
  | "cause"
  | "closedOn"
  | "appealOutcome"
  | "appealClosedOn"
  | "amount"
  | "plaintiffs"
  | "defendants"
  | "enterprise"
> & { typeCode: string };

const APPEAL_TYPE: Readonly<Record<string, string>> = {
  民初: "民终",
  民撤: "民终",
  刑初: "刑终",
  行初: "行终",
};

/** 二审结果 on the first-instance row → 结案方式 of the appeal case. */
const APPEAL_MODE: Readonly<Record<string, string>> = {
  维持: "维持",
  改判: "改判",
  发回重审: "发回重审",
  撤回上诉: "准予撤回上诉",
  调解: "调解",
};

export function appealTypeOf(firstInstanceType: string): string | undefined {
  return APPEAL_TYPE[firstInstanceType];
}

interface Planned {
  filed: DayNumber;
  typeCode: string;
  row: Omit<DemoCaseRow, "caseNumber">;
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(xs.length)] as T;
}

function judgeOf(rng: Rng, roster: IntermediateRoster, key: string): { division: string; judge: string } {
  const d =
    roster.divisions.find((x) => x.key === key) ??
    (roster.divisions[0] as IntermediateRoster["divisions"][0]);
  return { division: d.name, judge: pick(rng, d.judges).name };
}

const OWN_CIVIL_CAUSES = ["建设工程施工合同纠纷", "股权转让纠纷", "金融借款合同纠纷", "买卖合同纠纷"];
const OWN_CRIMINAL_CAUSES = ["故意杀人罪", "贩卖毒品罪", "集资诈骗罪"];

/**
 * The intermediate court's cases, in filing order. `appeals`: the appealed first-instance cases of
 * its basic courts in the demo; `ownCases`: how many first-instance cases of its own.
 */
export function intermediateCases(o: {
  roster: IntermediateRoster;
  appeals: readonly AppealSource[];
  ownCases: number;
  fromYear: number;
  asOf: string;
  seed: number;
}): DemoCase[] {
  const rng = createRng(o.seed, 0x7a70);
  const cal = legalCalendar();
  const asOf = tryParseIsoDate(o.asOf) as DayNumber;
  const planned: Planned[] = [];
  for (const a of o.appeals) {
    const typeCode = APPEAL_TYPE[a.typeCode];
    const closed = a.closedOn ? tryParseIsoDate(a.closedOn) : undefined;
    if (!typeCode || closed === undefined) continue;
    const filed = nextWorking(cal, closed + rng.between(5, 15));
    const decided = a.appealClosedOn ? tryParseIsoDate(a.appealClosedOn) : undefined;
    if (filed > asOf || (decided !== undefined && decided < filed)) continue;
    const mode = decided !== undefined ? (APPEAL_MODE[a.appealOutcome ?? ""] ?? "维持") : null;
    const key =
      typeCode === "刑终"
        ? "criminal"
        : typeCode === "行终"
          ? "administrative"
          : rng.chance(0.5)
            ? "civil1"
            : "civil2";
    const archived = decided !== undefined ? nextWorking(cal, decided + rng.between(20, 60)) : undefined;
    planned.push({
      filed,
      typeCode,
      row: {
        ...emptyRow(),
        cause: a.cause,
        filedOn: iso(filed),
        procedure: "第二审程序",
        ...judgeOf(rng, o.roster, key),
        closedOn: decided !== undefined ? iso(decided) : null,
        closureMode: mode,
        amount: a.amount,
        plaintiffs: a.plaintiffs,
        defendants: a.defendants,
        enterprise: a.enterprise,
        archivedOn: archived !== undefined && archived <= asOf ? iso(archived) : null,
        originCaseNumber: a.caseNumber,
        effectiveOn: decided !== undefined && mode !== "发回重审" ? iso(decided) : null,
      },
    });
  }
  const start = daysFromCivil(o.fromYear, 1, 1);
  const span = Math.max(1, asOf - start + 1);
  for (let i = 0; i < o.ownCases; i++) {
    const filed = nextWorking(cal, start + rng.int(span));
    if (filed > asOf) continue;
    const criminal = rng.chance(0.3);
    const typeCode = criminal ? "刑初" : "民初";
    const closing = nextWorking(cal, filed + rng.between(60, 240));
    const closed = closing <= asOf;
    const mode = closed ? (criminal ? "判决" : pick(rng, ["判决", "判决", "调解", "撤诉"])) : null;
    const archived = closed ? nextWorking(cal, closing + rng.between(20, 60)) : undefined;
    planned.push({
      filed,
      typeCode,
      row: {
        ...emptyRow(),
        cause: criminal ? pick(rng, OWN_CRIMINAL_CAUSES) : pick(rng, OWN_CIVIL_CAUSES),
        filedOn: iso(filed),
        procedure: "普通程序",
        ...judgeOf(rng, o.roster, criminal ? "criminal" : rng.chance(0.5) ? "civil1" : "civil2"),
        closedOn: closed ? iso(closing) : null,
        closureMode: mode,
        amount: criminal ? null : `${(rng.between(5_000, 80_000) * 1000).toFixed(2)}`,
        plaintiffs: criminal ? procuratorateOf(o.roster.code) : personName(rng),
        defendants: personName(rng),
        enterprise: "否",
        appealed: closed && mode === "判决" ? "否" : null,
        archivedOn: archived !== undefined && archived <= asOf ? iso(archived) : null,
      },
    });
  }
  planned.sort((a, b) => a.filed - b.filed);
  const seq = new Map<string, number>();
  return planned.map((p) => {
    const year = Number(p.row.filedOn?.slice(0, 4));
    const key = `${p.typeCode}|${year}`;
    const sequence = (seq.get(key) ?? 0) + 1;
    seq.set(key, sequence);
    const caseNumber = formatCaseNumber({ year, courtCode: o.roster.code, typeCode: p.typeCode, sequence });
    return { case: { caseNumber, ...p.row }, events: [], labels: [] };
  });
}

/** 鄂尔多斯市中级人民法院 → 鄂尔多斯市人民检察院 (the procuratorate of the same level). */
function procuratorateOf(code: string): string {
  const name = lookupCourt(code)?.name;
  return name ? name.replace(/中级人民法院$/, "人民检察院") : "人民检察院";
}

function emptyRow(): Omit<DemoCaseRow, "caseNumber"> {
  return {
    cause: null,
    filedOn: null,
    procedure: null,
    division: null,
    judge: null,
    closedOn: null,
    closureMode: null,
    amount: null,
    plaintiffs: null,
    defendants: null,
    enterprise: null,
    appealed: null,
    appealOutcome: null,
    appealClosedOn: null,
    enforcementApplied: null,
    recoveredAmount: null,
    archivedOn: null,
    originCaseNumber: null,
    effectiveOn: null,
    foreignRelated: null,
    counterclaim: null,
    smallClaimsConsent: null,
  };
}
