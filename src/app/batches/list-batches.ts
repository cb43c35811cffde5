/**
 * 并案审理 candidates: the groups of pending civil first-instance cases as of a day (default today),
 * those with a case within the reader's scope, optionally of one cause, touching one division, or
 * of one side (原告 groups: one party suing many; 被告 groups: one party sued by many).
 */

import { readPendingForBatches } from "../../db/batches/pending-cases.js";
import { readBatchProposals } from "../../db/batches/proposals.js";
import type { Db } from "../../db/connect.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { BATCH_BASIS, type BatchSettings, type BatchSide, findBatches } from "../../domain/batches/index.js";
import { tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { readBatchSettings } from "./batch-settings.js";
import { type BatchView, batchView, batchVisible, proposalOf } from "./batch-view.js";

export interface ListBatchesQuery {
  asOf?: string;
  cause?: string;
  division?: string;
  side?: BatchSide;
}

export interface BatchList {
  asOf: string;
  settings: BatchSettings;
  /** The bases a proposal cites. */
  basis: string[];
  rows: BatchView[];
  total: number;
  /** Cases in the groups listed. */
  cases: number;
}

export function checkAsOf(asOf: string | undefined): string {
  if (asOf === undefined || asOf === "") return todayInChina();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || tryParseIsoDate(asOf) === undefined)
    throw new InvalidInputError(
      "asOf",
      `截至日期应为形如 2025-06-30 的日期，不能是 ${JSON.stringify(asOf)}`,
      asOf,
    );
  return asOf;
}

export async function listBatches(
  actor: Actor,
  handle: Db,
  query: ListBatchesQuery = {},
): Promise<BatchList> {
  mustAuthorize(actor, "view-batches");
  const asOf = checkAsOf(query.asOf);
  if (query.side !== undefined && query.side !== "plaintiff" && query.side !== "defendant")
    throw new InvalidInputError(
      "side",
      `类型应为“同一原告”或“同一被告”，不能是 ${JSON.stringify(query.side)}`,
    );
  const { settings } = await readBatchSettings(handle);
  const cases = await readPendingForBatches(handle, asOf, {
    ...(query.cause ? { cause: query.cause } : {}),
    ...(dataScope(actor).courts ? { courts: dataScope(actor).courts } : {}),
  });
  const proposals = await readBatchProposals(handle);
  const rows: BatchView[] = [];
  for (const g of findBatches(cases, settings)) {
    if (query.side && g.side !== query.side) continue;
    if (query.division && !g.cases.some((c) => c.division === query.division)) continue;
    if (!batchVisible(actor, g)) continue;
    rows.push(batchView(actor, g, proposalOf(g, proposals)));
  }
  return {
    asOf,
    settings,
    basis: [...BATCH_BASIS],
    rows,
    total: rows.length,
    cases: rows.reduce((n, r) => n + r.caseCount, 0),
  };
}
