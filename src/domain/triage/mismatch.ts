/**
 * 程序不符: the suggested track against the procedure the case was actually given at filing — pure.
 *
 * The actual track is the 审理程序 recorded at filing (conversions are later events: a transfer back,
 * not a mismatch at filing); a 简易程序 case in a division of the 速裁团队 (the division at filing: the
 * first 变更承办部门 event's 原部门, else the case's division) is 速裁. Two kinds are listed: the
 * rules call the case simple (小额诉讼程序, 速裁, 简易程序) but it was tried under 普通程序, and the
 * reverse.
 */
import type { Track, TriageSuggestion } from "./rules.js";
import type { TriageSettings } from "./settings.js";
import type { TriageCase } from "./small-claims.js";

export type MismatchKind = "simple-as-ordinary" | "ordinary-as-simple";

export const MISMATCH_LABELS: Record<MismatchKind, string> = {
  "simple-as-ordinary": "宜简未简（规则建议简案快审，实际适用普通程序）",
  "ordinary-as-simple": "宜繁未繁（规则建议普通程序，实际适用简易类程序）",
};

export interface Mismatch {
  kind: MismatchKind;
  suggested: Track;
  actual: Track;
  /** The suggestion's reasons, then the sentence on the procedure actually applied. */
  reasons: string[];
}

/** The division a case was filed in: before its first 变更承办部门, else its division. */
export function divisionAtFiling(c: Pick<TriageCase, "division" | "events">): string {
  let first: (typeof c.events)[number] | undefined;
  for (const e of c.events)
    if (e.kind === "divisionChange" && e.priorDivision && (!first || e.from < first.from)) first = e;
  return first?.priorDivision ?? c.division;
}

/** The track the case was given at filing; null for a procedure outside the four (or none). */
export function actualTrack(c: TriageCase, s: TriageSettings): Track | null {
  switch (c.procedure) {
    case "小额诉讼程序":
      return "小额诉讼程序";
    case "速裁程序":
      return "速裁";
    case "普通程序":
      return "普通程序";
    case "简易程序":
      return s.fastTrack.divisions.includes(divisionAtFiling(c)) ? "速裁" : "简易程序";
    default:
      return null;
  }
}

const isSimple = (t: Track) => t !== "普通程序";

/** The mismatch of a case with its suggestion, or null when they agree (or the case has no track). */
export function findMismatch(
  c: TriageCase,
  suggestion: TriageSuggestion,
  s: TriageSettings,
): Mismatch | null {
  const actual = actualTrack(c, s);
  if (actual === null) return null;
  const suggested = suggestion.track;
  if (isSimple(suggested) === isSimple(actual)) return null;
  const kind: MismatchKind = isSimple(suggested) ? "simple-as-ordinary" : "ordinary-as-simple";
  const applied =
    actual === "速裁" && c.procedure === "简易程序"
      ? `立案时由${divisionAtFiling(c)}适用简易程序（速裁）`
      : `立案时适用${c.procedure}`;
  const verdict =
    kind === "simple-as-ordinary"
      ? `${applied}，而分流规则建议适用${suggested}`
      : `${applied}，而分流规则建议适用普通程序`;
  return { kind, suggested, actual, reasons: [...suggestion.reasons, verdict] };
}
