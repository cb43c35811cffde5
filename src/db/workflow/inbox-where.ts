/**
 * Which open tasks are someone's (我的待办): those addressed to their account, to them as the judge
 * of a division (承办人 and 承办部门), or to a position they hold — court-wide (no division) or in
 * their own division (for a position or a judge by name, within the holder's court, when they have
 * one). Each way is one equality lookup on a tasks index of migration 0010
 * (tasks_user, tasks_judge, tasks_position: the assignee columns, state, due_on), so a branch reads
 * its tasks from the index already in due order.
 */
import type { Params } from "../sql.js";

/** Whoever's tasks are asked for, as the query needs them. */
export interface TaskHolder {
  username: string;
  /** The name used in 承办人 (a judge), else null. */
  judgeName: string | null;
  /** The division they sit in or lead (null: the whole court). */
  division: string | null;
  /** Positions (职务) held, as stored in tasks.assignee_position. */
  positions: readonly string[];
  /**
   * The account's court (法院代字) in a database of several courts: a task for a position or for a
   * judge by name is theirs only when its matter lies in that court (every court has an office and
   * a 民一庭). Null or absent: every court (a one-court installation's account).
   */
  court?: string | null;
}

/**
 * The task's matter lies in `court`, or in none: its case's court, else its opener's (as
 * db/courts/matter-court.ts reads it), the holder's own when neither says.
 */
function inCourt(p: Params, court: string): string {
  const c = p.add(court);
  return `COALESCE(
      (SELECT cc.court_code FROM matters mc JOIN cases cc ON cc.id = mc.case_id WHERE mc.id = t.matter_id),
      (SELECT uc.court_code FROM matters mc JOIN users uc ON uc.username = mc.initiator WHERE mc.id = t.matter_id),
      ${c}) = ${p.add(court)}`;
}

/** One way a task can be the holder's: writes its condition (on `tasks t`), adding its values. */
export type TaskBranch = (params: Params) => string;

/**
 * The ways a task can be the holder's, each matching an index's leading columns. A placeholder
 * stands for one value on SQLite (`?`), so each use of a branch adds its values anew.
 */
export function taskHolderBranches(holder: TaskHolder, state = "open"): TaskBranch[] {
  const branches: TaskBranch[] = [
    (p) => `t.assignee_user = ${p.add(holder.username)} AND t.state = ${p.add(state)}`,
  ];
  const { judgeName, division, court } = holder;
  // The position and judge branches, within the holder's court when they have one.
  const own = (branch: TaskBranch): TaskBranch =>
    court ? (p) => `${branch(p)} AND ${inCourt(p, court)}` : branch;
  if (judgeName && division)
    branches.push(
      own(
        (p) =>
          `t.assignee_judge = ${p.add(judgeName)} AND t.assignee_division = ${p.add(division)} AND t.state = ${p.add(state)}`,
      ),
    );
  for (const position of new Set(holder.positions)) {
    branches.push(
      own(
        (p) =>
          `t.assignee_position = ${p.add(position)} AND t.assignee_division IS NULL AND t.state = ${p.add(state)}`,
      ),
    );
    if (division)
      branches.push(
        own(
          (p) =>
            `t.assignee_position = ${p.add(position)} AND t.assignee_division = ${p.add(division)} AND t.state = ${p.add(state)}`,
        ),
      );
  }
  return branches;
}
