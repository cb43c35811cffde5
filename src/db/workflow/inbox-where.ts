/**
 * Which open tasks are someone's (我的待办): those addressed to their account, to them as the judge
 * of a division (承办人 and 承办部门), or to a position they hold — court-wide (no division) or in
 * their own division. Each way is one equality lookup on a tasks index of migration 0010
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
  const { judgeName, division } = holder;
  if (judgeName && division)
    branches.push(
      (p) =>
        `t.assignee_judge = ${p.add(judgeName)} AND t.assignee_division = ${p.add(division)} AND t.state = ${p.add(state)}`,
    );
  for (const position of new Set(holder.positions)) {
    branches.push(
      (p) =>
        `t.assignee_position = ${p.add(position)} AND t.assignee_division IS NULL AND t.state = ${p.add(state)}`,
    );
    if (division)
      branches.push(
        (p) =>
          `t.assignee_position = ${p.add(position)} AND t.assignee_division = ${p.add(division)} AND t.state = ${p.add(state)}`,
      );
  }
  return branches;
}

/** All of the holder's tasks in `state` (default open), as one condition on `tasks t`. */
export function taskHolderWhere(holder: TaskHolder, params: Params, state = "open"): string {
  return `(${taskHolderBranches(holder, state)
    .map((b) => `(${b(params)})`)
    .join(" OR ")})`;
}
