/**
 * The 营商环境 "解决商业纠纷" evidence pack for a period: its figures and typical-case lists under the
 * court's definitions (within the reader's scope: the whole court for the office and 院领导, one
 * division for its chief), and its files (.xlsx: figures and case lists, one sheet each; .docx: the
 * narrative with the figures).
 */
import { type PackScope, readDetails, readPackRows } from "../../db/business-environment/read-pack-rows.js";
import type { Db } from "../../db/connect.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { computePack, type Pack, partiesText } from "../../domain/business-environment/index.js";
import { tryParseIsoDate } from "../../domain/calendar/index.js";
import { lookupCourt } from "../../domain/case-number/index.js";
import { packDocx, packXlsx } from "../../io/business-environment-files.js";
import { courtCode } from "../meta/court-code.js";
import { InvalidInputError } from "../shared/errors.js";
import { DOCX_TYPE, type FileResult, xlsxFile } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { readDefinitions } from "./definitions.js";

export interface PackQuery {
  from: string;
  to: string;
}

export function checkPackPeriod(q: PackQuery): void {
  if (tryParseIsoDate(q.from ?? "") === undefined)
    throw InvalidInputError.of("from", q.from, "统计期间首日应为形如 2025-01-01 的日期");
  if (tryParseIsoDate(q.to ?? "") === undefined)
    throw InvalidInputError.of("to", q.to, "统计期间末日应为形如 2025-12-31 的日期");
  if (q.to < q.from) throw InvalidInputError.of("to", q.to, `统计期间末日早于首日 ${q.from}`);
}

export async function computeScopedPack(actor: Actor, handle: Db, q: PackQuery): Promise<Pack> {
  checkPackPeriod(q);
  const { definitions } = await readDefinitions(handle);
  // The reader's scope (withinScope: the division, or the judge of it) applied in the query.
  const scope = dataScope(actor);
  const only: PackScope = {
    ...(scope.courts ? { courts: scope.courts } : {}),
    ...(scope.kind === "division"
      ? { division: scope.division }
      : scope.kind === "judge"
        ? { division: scope.division, judge: scope.judge }
        : {}),
  };
  const { cases, enforcements } =
    scope.kind === "none"
      ? { cases: [], enforcements: [] }
      : await readPackRows(handle, definitions, q.from, q.to, only);
  const pack = computePack(cases, enforcements, definitions, q.from, q.to);
  // The division, judge, cause and parties of the typical cases only (the year's rows are read
  // without them).
  const lists = [pack.largest, pack.fastest, pack.mediatedCases];
  const details = await readDetails(handle, [...new Set(lists.flat().map((c) => c.caseId))]);
  for (const list of lists)
    for (const c of list) {
      const p = details.get(c.caseId);
      c.division = p?.division ?? c.division;
      c.judge = p?.judge ?? c.judge;
      c.cause = p?.cause ?? null;
      c.parties = partiesText(p?.plaintiffs ?? null, p?.defendants ?? null);
    }
  return pack;
}

export async function getPack(actor: Actor, handle: Db, q: PackQuery): Promise<Pack> {
  mustAuthorize(actor, "view-business-environment");
  return computeScopedPack(actor, handle, q);
}

export async function downloadPack(
  actor: Actor,
  handle: Db,
  q: PackQuery & { format: "xlsx" | "docx" },
): Promise<FileResult> {
  mustAuthorize(actor, "view-business-environment");
  const pack = await computeScopedPack(actor, handle, q);
  const code = await courtCode(handle);
  const court = lookupCourt(code)?.name ?? "本院";
  const stem = `${court}-解决商业纠纷佐证材料-${q.from}至${q.to}`.replace(/[\\/:*?"<>|]/g, "_");
  if (q.format === "xlsx") return xlsxFile(`${stem}.xlsx`, await packXlsx(court, pack));
  return { fileName: `${stem}.docx`, mediaType: DOCX_TYPE, content: await packDocx(court, pack) };
}
