/**
 * 本庭与全院对比: a division against the court on every indicator of the catalogue for a period —
 * the division's figure, the court's (its mean per division for counts), the difference, and the
 * reference-range assessment; weak ones (outside 合理区间) and those on the bad side of the court
 * are marked (src/domain/workload/comparison.ts). A chief sees their own division; the office and
 * 院领导 choose one.
 */
import type { Db } from "../../db/connect.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { selectCatalogue } from "../../domain/indicators/index.js";
import { type ComparisonRow, compareWithCourt } from "../../domain/workload/index.js";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { validatePeriod } from "../indicators/validate-query.js";
import { withinOwnCourt } from "../shared/actor.js";
import { ForbiddenError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";

export interface DivisionComparison {
  division: string;
  from: string;
  to: string;
  catalogueVersion: string;
  /** Divisions with cases in the period (the divisor of the court's mean per division). */
  divisions: string[];
  rows: ComparisonRow[];
  weak: number;
  worse: number;
}

export async function compareDivision(
  actor: Actor,
  handle: Db,
  q: { division?: string; from: string; to: string },
): Promise<DivisionComparison> {
  mustAuthorize(actor, "view-workload");
  validatePeriod(q.from, q.to);
  const scope = dataScope(actor);
  let division = q.division?.trim() || "";
  if (scope.kind === "division") {
    if (division && division !== scope.division)
      throw new ForbiddenError(actor, "view-workload", "无权查看其他部门的对比：庭长只能查看本庭");
    division = scope.division;
  }
  if (!division) throw new InvalidInputError("division", "请选择部门");
  const defs = selectCatalogue(q.to).indicators;
  const ids = defs.map((d) => d.id);
  // Figures of every division and of the court (the policy above allowed the comparison).
  const asCourt: Actor = withinOwnCourt(actor, { username: actor.username, role: "office" });
  const [byDivision, court] = await Promise.all([
    computeIndicators(asCourt, handle, { from: q.from, to: q.to, by: "division", ids }),
    computeIndicators(asCourt, handle, { from: q.from, to: q.to, by: "all", ids }),
  ]);
  const own = byDivision.groups.find((g) => g.key === division)?.indicators ?? {};
  const rows = compareWithCourt(defs, own, court.groups[0]?.indicators ?? {}, byDivision.groups.length);
  return {
    division,
    from: q.from,
    to: q.to,
    catalogueVersion: byDivision.catalogueVersion,
    divisions: byDivision.groups.map((g) => g.key),
    rows,
    weak: rows.filter((r) => r.assessment === "weak").length,
    worse: rows.filter((r) => r.worse).length,
  };
}
