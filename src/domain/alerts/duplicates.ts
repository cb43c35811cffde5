/**
 * 疑似重复立案（案号重复） — cross-case data-quality check.
 *
 * Stored case numbers are unique after the parser's normalisation (full-width brackets, ASCII
 * digits, no spaces, no leading zeros in the serial, 〔〕 → （）, 字第 for legacy numbers), so an
 * exact collision can only come from input that bypassed it. A statistician calls two records a
 * duplicate registration when they are one case counted twice; by number, that shows as:
 *
 *   1. the same number with and without a 之N suffix — （2024）内0602民初12号 and …12号之一: the
 *      suffix numbers a further document (裁定书) in the same case, not another case;
 *   2. the same number written in the 2016 transition form and the new form — （2016）辽0106刑初
 *      字第70号 and （2016）辽0106刑初70号;
 *   3. the same number twice (only possible in raw input): also the leading-zero variant 民初01号
 *      vs 民初1号 and bracket/width variants, when the input is not yet normalised.
 *
 * The stricter key drops the 之N suffix and the "字第" of a legacy designator. 知 (the IP special
 * code) is NOT dropped: （2019）京73知民初1号 and （2019）京73民初1号 are different sequences (案号
 * 规定 art. 10 numbers per court, special code, type and year). Every member of a colliding group
 * gets an alert naming the others.
 *
 * One pass, O(n) time; memory O(n) for the key map (a plain normalised number is its own key, so
 * no string is allocated for it).
 */
import { normalizeCaseNumberText, parseCaseNumber } from "../case-number/parse.js";
import { RULE_IDS } from "./rules.js";
import { type AlertSettings, type CompiledAlertSettings, resolveAlertSettings } from "./settings.js";
import type { Alert } from "./types.js";
import { isDisabled, makeAlert } from "./util.js";

export interface CaseNumberEntry {
  caseNumber: string;
  /** The parser's normalised text, when the caller has it (stored numbers are already normalised). */
  normalized?: string;
}

const HAO = "号";
const ZHI = "之".charCodeAt(0);
const LEGACY_MARK = "字第";

/** The normalised text of a number: `normalized` if given, else the parser's, else the cleaned text. */
function normalizedOf(e: CaseNumberEntry): string {
  if (e.normalized !== undefined) return e.normalized;
  const parsed = parseCaseNumber(e.caseNumber);
  return parsed.ok ? parsed.value.normalized : normalizeCaseNumberText(e.caseNumber);
}

/** The stricter key: the normalised number without its 之N suffix and without a legacy "字第". */
export function duplicateKey(normalized: string): string {
  let s = normalized;
  const hao = s.lastIndexOf(HAO);
  if (hao >= 0 && hao + 1 < s.length && s.charCodeAt(hao + 1) === ZHI) s = s.slice(0, hao + 1);
  const z = s.indexOf(LEGACY_MARK);
  if (z >= 0) s = s.slice(0, z) + s.slice(z + LEGACY_MARK.length);
  return s;
}

function relation(a: string, b: string): string {
  if (a === b) return "案号相同";
  if (a.includes(LEGACY_MARK) || b.includes(LEGACY_MARK)) return "是同一案号的旧式与新式写法";
  return "仅相差“之…”后缀";
}

interface Member {
  caseNumber: string;
  normalized: string;
}

export function detectDuplicates(
  entries: Iterable<CaseNumberEntry>,
  asOf: string,
  settings?: Partial<AlertSettings> | CompiledAlertSettings,
): Alert[] {
  const cs = resolveAlertSettings(settings);
  if (isDisabled(cs, RULE_IDS.duplicateCaseNumber)) return [];
  // key → the first entry, or all entries once it collides.
  const groups = new Map<string, CaseNumberEntry | Member[]>();
  const collided: string[] = [];
  for (const e of entries) {
    const n = normalizedOf(e);
    const key = duplicateKey(n);
    const g = groups.get(key);
    if (g === undefined) {
      groups.set(key, e.normalized === n ? e : { caseNumber: e.caseNumber, normalized: n });
    } else if (Array.isArray(g)) g.push({ caseNumber: e.caseNumber, normalized: n });
    else {
      groups.set(key, [
        { caseNumber: g.caseNumber, normalized: normalizedOf(g) },
        { caseNumber: e.caseNumber, normalized: n },
      ]);
      collided.push(key);
    }
  }
  const alerts: Alert[] = [];
  for (const key of collided) {
    const members = groups.get(key) as Member[];
    for (const m of members) {
      const others = members.filter((o) => o !== m);
      const first = others[0]!;
      const names = others
        .slice(0, 3)
        .map((o) => o.caseNumber)
        .join("、");
      const more = others.length > 3 ? ` 等 ${others.length} 件` : "";
      alerts.push(
        makeAlert(
          RULE_IDS.duplicateCaseNumber,
          m.caseNumber,
          asOf,
          `与${names}${more}${relation(m.normalized, first.normalized)}，疑似同一案件重复登记`,
          {
            duplicateKey: key,
            groupSize: members.length,
            others: others.map((o) => o.caseNumber).join("、"),
          },
          key,
        ),
      );
    }
  }
  return alerts;
}
