/**
 * The register's figures for a period (docs/indicators.md, 发改案件台账的统计): per division or per
 * judge, the entries by outcome, by 发改原因 and by 责任认定, and 差错占比 — within the reader's
 * scope, the same entries the list shows; each group drills to its entries with the list's filters.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { type TallyRow, tallyEntries } from "../../domain/reversals/tally.js";
import { mustAuthorize } from "../shared/policy.js";
import { listReversals, type ReversalQuery } from "./list-reversals.js";

export interface ReversalStatistics {
  by: "division" | "judge";
  from: string | null;
  to: string | null;
  rows: TallyRow[];
  total: TallyRow;
}

export async function reversalStatistics(
  actor: Actor,
  handle: Db,
  q: ReversalQuery & { by?: "division" | "judge" },
): Promise<ReversalStatistics> {
  mustAuthorize(actor, "view-reversals");
  const by = q.by ?? "division";
  const { rows } = await listReversals(actor, handle, q);
  const { rows: groups, total } = tallyEntries(rows, by);
  return { by, from: q.from ?? null, to: q.to ?? null, rows: groups, total };
}
