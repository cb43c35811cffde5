/**
 * 发现财产 → 恢复执行 proposal (法〔2016〕373号第九条: 符合恢复执行条件的，执行法院应当及时恢复执行):
 * recorded on the entry (date and note); the entry leaves the library when a 执恢 case naming it as
 * 原审案号 is filed.
 */
import type { Db } from "../../db/connect.js";
import { upsertProposal } from "../../db/termination-library/library.js";
import type { Actor } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/index.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { type TerminationRow, toRow } from "./list-termination-library.js";
import { entryOf } from "./record-search.js";

export async function proposeResumption(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: { proposedOn: string; note?: string },
): Promise<TerminationRow> {
  const today = todayInChina();
  const entry = await entryOf(handle, caseId, today);
  mustAuthorize(actor, "propose-resumption", entry);
  if (tryParseIsoDate(input.proposedOn) === undefined)
    throw InvalidInputError.of("proposedOn", input.proposedOn, "建议日期应为 YYYY-MM-DD 格式的日期");
  const lastSearch = entry.searches[0]?.searchedOn ?? entry.closedOn;
  if (input.proposedOn < lastSearch || input.proposedOn > today)
    throw InvalidInputError.of(
      "proposedOn",
      input.proposedOn,
      `建议日期应在发现财产的查询日期 ${lastSearch} 与今天 ${today} 之间`,
    );
  const note = (input.note ?? "").trim();
  if (note.length > 500) throw InvalidInputError.of("note", `${note.slice(0, 20)}…`, "说明不能超过 500 字");
  await upsertProposal(
    handle,
    { caseId, proposedOn: input.proposedOn, note, by: actor.username, at: new Date().toISOString() },
    {
      user: actor.username,
      action: "propose-resumption",
      entity: "termination_proposal",
      entityId: String(caseId),
      before: entry.proposal,
      after: { caseNumber: entry.caseNumber, proposedOn: input.proposedOn, note },
    },
  );
  return toRow(actor, await entryOf(handle, caseId, today));
}
