/**
 * Ends the supervised-case matters whose case has closed (a system step, after each
 * identification): a case under supervision is closed with it (close-with-case, the outcome — the
 * closing date and mode — recorded in the trace); a candidate nobody confirmed lapses
 * (lapse-with-case, to 已撤销). Each through the workflow's own step, so the trace and audit are real.
 */
import type { Db } from "../../db/connect.js";
import { findMattersOfClosedCases } from "../../db/supervision/supervised-matters.js";
import type { Actor } from "../../domain/auth/index.js";
import { ConflictError } from "../shared/errors.js";
import { actOnMatter } from "../workflow/act-on-matter.js";

export const SUPERVISION_SYSTEM_ACTOR: Actor = { username: "system", role: "admin", name: "系统" };

export async function closeSupervisedCases(
  handle: Db,
  asOf: string,
): Promise<{ closed: number; lapsed: number }> {
  let closed = 0;
  let lapsed = 0;
  for (const m of await findMattersOfClosedCases(handle.db, asOf)) {
    const supervised = m.state === "supervised";
    const note = `案件已于 ${m.closedOn} ${m.closureMode ? `以${m.closureMode}` : ""}审结${supervised ? "，监管随案结束" : "，候选未经确认，自动失效"}`;
    try {
      await actOnMatter(
        SUPERVISION_SYSTEM_ACTOR,
        handle,
        m.id,
        supervised ? "close-with-case" : "lapse-with-case",
        m.version,
        { closedOn: m.closedOn, closureMode: m.closureMode ?? "", note },
        asOf,
        { system: true },
      );
      if (supervised) closed++;
      else lapsed++;
    } catch (err) {
      // Someone acted on it meanwhile: the next run ends it.
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return { closed, lapsed };
}
