/**
 * data-quality.judge-unknown: a case whose 承办人 is no member of the staff register in its
 * division of its court (members of no particular court count for every court) — or, while the
 * case is pending, a member no longer in post. Checked only against a
 * register that is not empty: an empty register means the court has not loaded one.
 */
import type { StaffIndex } from "../people/resolve.js";
import { PLACEHOLDER_NAMES } from "./data-quality.js";
import { RULE_IDS } from "./rules.js";
import type { Alert } from "./types.js";
import { makeAlert } from "./util.js";

/** What is wrong with a 承办人: nobody of that name in the division, or a member who left. */
export type JudgeProblem = "unknown" | "inactive";

/**
 * The problem with a 承办人 of a division (of `court`, when given), or undefined when the register
 * names them (an empty or placeholder 承办人 such as 待定 is missing-judge-or-division's, and an
 * empty register is no register).
 */
export function judgeProblem(
  index: StaffIndex<{ name: string; division: string; active: boolean; courtCode?: string | null }>,
  division: string,
  judge: string,
  pending: boolean,
  court?: string | null,
): JudgeProblem | undefined {
  if (index.size === 0) return undefined;
  const j = judge.trim();
  const d = division.trim();
  if (j === "" || d === "" || PLACEHOLDER_NAMES.has(j) || PLACEHOLDER_NAMES.has(d)) return undefined;
  const r = index.resolve(division, judge, court);
  if (r.kind === "none") return "unknown";
  // Two of one name in a division cannot be stored (registerProblems); if they are, do not guess.
  if (r.kind === "ambiguous") return undefined;
  return pending && !r.member.active ? "inactive" : undefined;
}

/** The alert for a case whose 承办人 has a problem. */
export function unknownJudgeAlert(
  c: { caseNumber: string; division: string; judge: string },
  problem: JudgeProblem,
  asOf: string,
): Alert {
  const reason =
    problem === "unknown"
      ? `承办人“${c.judge}”不在“${c.division}”的人员名册中`
      : `承办人“${c.judge}”在人员名册中已不在岗，案件尚未审结`;
  return makeAlert(
    RULE_IDS.judgeUnknown,
    c.caseNumber,
    asOf,
    reason,
    { judge: c.judge, division: c.division, problem },
    problem,
  );
}
