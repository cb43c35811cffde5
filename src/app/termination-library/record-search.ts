/**
 * Recording a property search of an entry (date, 无财产 / 发现财产, note): the date is a real date,
 * not before the 终本 nor after today; the entry must not have been resumed. The rule
 * termination-search-overdue is merged again at once so the alert clears.
 */
import type { Db } from "../../db/connect.js";
import {
  findTerminatedCase,
  insertSearch,
  readProposals,
  readResumptions,
  readSearches,
} from "../../db/termination-library/library.js";
import type { Actor } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/index.js";
import {
  buildEntries,
  type LibraryEntry,
  SEARCH_RESULTS,
  type SearchResult,
} from "../../domain/termination-library/index.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { type TerminationRow, toRow } from "./list-termination-library.js";
import { recomputeTerminationAlerts } from "./termination-alerts.js";

export interface SearchInput {
  searchedOn: string;
  result: string;
  note?: string;
}

/** One entry as of asOf, with its cause and parties (404 when the case is not in the library). */
export async function entryOf(handle: Db, caseId: number, asOf: string): Promise<LibraryEntry> {
  const c = await findTerminatedCase(handle, caseId);
  if (!c) throw new NotFoundError(`执行不能案件库中没有该案件（编号 ${caseId}）`);
  const [searches, proposals, resumptions] = await Promise.all([
    readSearches(handle, [caseId]),
    readProposals(handle, [caseId]),
    readResumptions(handle, [c.caseNumber]),
  ]);
  const entry = buildEntries([c], searches, proposals, resumptions, asOf)[0];
  if (!entry) throw new NotFoundError(`案件 ${c.caseNumber} 的终本日期晚于 ${asOf}，尚不在执行不能案件库中`);
  return entry;
}

export async function recordTerminationSearch(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: SearchInput,
): Promise<TerminationRow> {
  const today = todayInChina();
  const entry = await entryOf(handle, caseId, today);
  mustAuthorize(actor, "record-termination-search", entry);
  if (tryParseIsoDate(input.searchedOn) === undefined)
    throw InvalidInputError.of("searchedOn", input.searchedOn, "查询日期应为 YYYY-MM-DD 格式的日期");
  if (input.searchedOn < entry.closedOn)
    throw InvalidInputError.of("searchedOn", input.searchedOn, `查询日期不能早于终本日期 ${entry.closedOn}`);
  if (input.searchedOn > today)
    throw InvalidInputError.of("searchedOn", input.searchedOn, `查询日期不能晚于今天 ${today}`);
  if (!(SEARCH_RESULTS as readonly string[]).includes(input.result))
    throw InvalidInputError.of("result", input.result, "查询结果应为“无财产”或“发现财产”");
  const note = (input.note ?? "").trim();
  if (note.length > 500) throw InvalidInputError.of("note", `${note.slice(0, 20)}…`, "说明不能超过 500 字");
  if (input.result === "发现财产" && note === "")
    throw new InvalidInputError("note", "发现财产的，请在说明中写明财产线索（种类、所在、价值）");
  const at = new Date().toISOString();
  await insertSearch(
    handle,
    {
      caseId,
      searchedOn: input.searchedOn,
      result: input.result as SearchResult,
      note,
      by: actor.username,
      at,
    },
    {
      user: actor.username,
      action: "record-termination-search",
      entity: "termination_search",
      entityId: "",
      after: {
        caseId,
        caseNumber: entry.caseNumber,
        searchedOn: input.searchedOn,
        result: input.result,
        note,
      },
    },
  );
  await recomputeTerminationAlerts(handle, today);
  return toRow(actor, await entryOf(handle, caseId, today));
}
