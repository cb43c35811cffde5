/**
 * 程序不符: cases whose procedure at filing disagrees with the suggestion — the rules call them
 * simple but they were tried under 普通程序, or the reverse — among the pending 民初 cases and those
 * closed within a period (default: the previous quarter), within the reader's scope.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { MismatchKind } from "../../domain/triage/mismatch.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { runTriage } from "./run-triage.js";
import { type MismatchRow, mismatchRow, pageOf, scopedFilters } from "./triage-rows.js";

export const MISMATCH_STATUSES = ["all", "pending", "closed"] as const;
export type MismatchStatus = (typeof MISMATCH_STATUSES)[number];

export interface MismatchListQuery {
  /** The period of closed cases (default: the previous quarter). */
  from?: string;
  to?: string;
  /** Pending ones, closed ones of the period, or both (default). */
  status?: string;
  kind?: string;
  division?: string;
  judge?: string;
  page?: number;
  pageSize?: number;
}

export interface MismatchList {
  asOf: string;
  from: string;
  to: string;
  status: MismatchStatus;
  counts: { kind: MismatchKind; count: number }[];
  total: number;
  page: number;
  pageSize: number;
  rows: MismatchRow[];
}

/** The quarter before the one `today` falls in. */
export function previousQuarter(today: string): { from: string; to: string } {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const [py, pq] = q === 0 ? [y - 1, 3] : [y, q - 1];
  const m1 = pq * 3 + 1;
  const m3 = m1 + 2;
  const last = new Date(Date.UTC(py, m3, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, "0");
  return { from: `${py}-${mm(m1)}-01`, to: `${py}-${mm(m3)}-${last}` };
}

const KINDS: MismatchKind[] = ["simple-as-ordinary", "ordinary-as-simple"];

export async function allMismatches(
  actor: Actor,
  handle: Db,
  q: MismatchListQuery,
  today: string = todayInChina(),
): Promise<Omit<MismatchList, "total" | "page" | "pageSize">> {
  mustAuthorize(actor, "view-triage");
  const status = (q.status || "all") as MismatchStatus;
  if (!MISMATCH_STATUSES.includes(status))
    throw InvalidInputError.of("status", q.status, "应为 all、pending、closed 之一");
  const kind = q.kind || undefined;
  if (kind !== undefined && !KINDS.includes(kind as MismatchKind))
    throw InvalidInputError.of("kind", q.kind, `应为 ${KINDS.join("、")} 之一`);
  const period = q.from && q.to ? { from: q.from, to: q.to } : previousQuarter(today);
  if (period.from > period.to) throw InvalidInputError.of("from", q.from, "统计期间首日不能晚于末日");
  const counts = new Map<MismatchKind, number>(KINDS.map((k) => [k, 0]));
  const scope = scopedFilters(actor, q);
  const asOf = today;
  const base = { asOf, from: period.from, to: period.to, status };
  if (!scope) return { ...base, counts: [...counts].map(([k, count]) => ({ kind: k, count })), rows: [] };
  const r = await runTriage(handle, {
    asOf,
    ...scope,
    ...(status === "pending" ? {} : { closedFrom: period.from, closedTo: period.to }),
    closedOnly: status === "closed",
    keep: (t) => t.mismatch !== null,
  });
  const rows: MismatchRow[] = [];
  for (const t of r.cases) {
    const row = mismatchRow(t, r.settings);
    if (!row) continue;
    counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
    if (!kind || row.kind === kind) rows.push(row);
  }
  rows.sort((a, b) => (a.filedOn !== b.filedOn ? (a.filedOn < b.filedOn ? 1 : -1) : b.caseId - a.caseId));
  return { ...base, counts: [...counts].map(([k, count]) => ({ kind: k, count })), rows };
}

export async function listMismatches(
  actor: Actor,
  handle: Db,
  q: MismatchListQuery,
  today?: string,
): Promise<MismatchList> {
  const { page, pageSize } = pageOf(q);
  const all = await allMismatches(actor, handle, q, today);
  return {
    ...all,
    total: all.rows.length,
    page,
    pageSize,
    rows: all.rows.slice((page - 1) * pageSize, page * pageSize),
  };
}
