/** The first line of every use case: ask the policy, and stop with its reason when it says no. */
import { type Action, type ActionRecords, type Actor, authorize } from "../../domain/auth/index.js";
import { ForbiddenError } from "./errors.js";

type RecordArg<A extends Action> = ActionRecords[A] extends undefined ? [] : [record: ActionRecords[A]];

export function mustAuthorize<A extends Action>(actor: Actor, action: A, ...record: RecordArg<A>): void {
  const d = authorize(actor, action, ...record);
  if (!d.allowed) throw new ForbiddenError(actor, action, `${actor.username}：${d.reason}`);
}
