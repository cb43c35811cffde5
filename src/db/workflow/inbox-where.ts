/**
 * Which open tasks are someone's (我的待办): those addressed to their account, to them as the judge
 * of a division (承办人 and 承办部门), or to a position they hold — court-wide (no division) or in
 * their own division. Written as a flat OR of index-shaped terms (each matches one of the tasks
 * indexes of migration 0010 on its leading columns), so that both databases answer from the
 * indexes rather than a scan of every task.
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

/** The WHERE condition (on `tasks t`) of the holder's tasks in `state` (default open). */
export function taskHolderWhere(holder: TaskHolder, params: Params, state = "open"): string {
  // A placeholder stands for one value on SQLite (`?`): each use of a value is added anew.
  const s = () => params.add(state);
  const terms = [`(t.assignee_user = ${params.add(holder.username)} AND t.state = ${s()})`];
  if (holder.judgeName && holder.division) {
    terms.push(
      `(t.assignee_judge = ${params.add(holder.judgeName)} AND t.assignee_division = ${params.add(
        holder.division,
      )} AND t.state = ${s()})`,
    );
  }
  for (const position of new Set(holder.positions)) {
    terms.push(
      `(t.assignee_position = ${params.add(position)} AND t.assignee_division IS NULL AND t.state = ${s()})`,
    );
    if (holder.division)
      terms.push(
        `(t.assignee_position = ${params.add(position)} AND t.assignee_division = ${params.add(holder.division)} AND t.state = ${s()})`,
      );
  }
  return `(${terms.join(" OR ")})`;
}
