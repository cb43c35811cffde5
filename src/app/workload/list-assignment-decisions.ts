/** The latest 分案决定 within the reader's scope (a chief's division; the court for the office). */
import type { Db } from "../../db/connect.js";
import { listAssignmentDecisions as readDecisions } from "../../db/workload/assignment-decisions.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AssignmentDecisionView, decisionView } from "./decision-view.js";

export async function listAssignmentDecisions(
  actor: Actor,
  handle: Db,
  q: { division?: string; limit?: number },
): Promise<{ rows: AssignmentDecisionView[]; followed: number; reassigned: number }> {
  mustAuthorize(actor, "view-workload");
  const scope = dataScope(actor);
  let divisions: string[] | undefined = q.division ? [q.division] : undefined;
  if (scope.kind === "division")
    divisions = !q.division || q.division === scope.division ? [scope.division] : [];
  const rows = (
    await readDecisions(handle, {
      divisions,
      limit: Math.min(Math.max(q.limit ?? 100, 1), 500),
      ...(scope.courts ? { courts: scope.courts } : {}),
    })
  ).map(decisionView);
  return {
    rows,
    followed: rows.filter((r) => r.followed).length,
    reassigned: rows.filter((r) => !r.followed).length,
  };
}
