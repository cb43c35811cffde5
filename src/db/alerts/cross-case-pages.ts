/**
 * The second passes of the cross-case detectors (app/alerts/detect-alerts.ts), read again from
 * `cases` in pages by id instead of kept in memory from the first pass: every stored case number
 * (疑似重复立案), and the 民初 cases' filing and parties (撤诉后再起诉).
 */
import type { RefileCandidate } from "../../domain/alerts/index.js";
import type { Db } from "../connect.js";
import { pagesById } from "../id-pages.js";
import { placeholderFor, readRows } from "../sql.js";

/** A stored case as the cross-case detectors' alerts name it. */
export interface CaseRef {
  id: number;
  caseNumber: string;
  division: string;
  judge: string;
}

async function* pagesOf<T>(
  handle: Db,
  columns: string,
  where: string,
  map: (r: Record<string, unknown>) => T,
): AsyncGenerator<T[]> {
  const p = placeholderFor(handle);
  for await (const rows of pagesById((after, limit) =>
    readRows<Record<string, unknown> & { id: unknown }>(
      handle,
      `SELECT id, ${columns} FROM cases WHERE ${where} id > ${p(1)} ORDER BY id LIMIT ${limit}`,
      [after],
    ),
  ))
    yield rows.map(map);
}

/** Every stored case number (stored numbers are the parser's normalised text), in id order. */
export function caseNumberPages(handle: Db): AsyncGenerator<CaseRef[]> {
  return pagesOf(handle, "case_number, division, judge", "", (r) => ({
    id: Number(r.id),
    caseNumber: String(r.case_number),
    division: String(r.division ?? ""),
    judge: String(r.judge ?? ""),
  }));
}

const REFILE_COLUMNS =
  "case_number, type_code, cause, plaintiffs, defendants, filed_on, closed_on, closure_mode, division, judge";

type StoredCandidate = RefileCandidate & { id: number };

/** A stored 民初 row as the detector reads it on `asOf` (a later closing is not yet known). */
function candidateOf(r: Record<string, unknown>, asOf: string): StoredCandidate {
  const closedOn = (r.closed_on as string | null) ?? null;
  const closed = closedOn !== null && closedOn <= asOf;
  return {
    id: Number(r.id),
    caseNumber: String(r.case_number),
    typeCode: String(r.type_code),
    cause: (r.cause as string | null) ?? null,
    plaintiffs: (r.plaintiffs as string | null) ?? null,
    defendants: (r.defendants as string | null) ?? null,
    filedOn: String(r.filed_on),
    closedOn: closed ? closedOn : null,
    closureMode: closed ? ((r.closure_mode as string | null) ?? null) : null,
    division: String(r.division ?? ""),
    judge: String(r.judge ?? ""),
  };
}

/**
 * The 民初 cases as the withdraw-and-refile detector reads them on `asOf`, in id order: a closing
 * after that day is not yet known (closedOn and closureMode null), as in the per-case pass.
 */
export function refileCandidatePages(handle: Db, asOf: string): AsyncGenerator<StoredCandidate[]> {
  return pagesOf(handle, REFILE_COLUMNS, "type_code = '民初' AND", (r) => candidateOf(r, asOf));
}

/** The given cases (ids in increasing order) as refile candidates, in id order. */
export async function readRefileCandidates(
  handle: Db,
  asOf: string,
  ids: ArrayLike<number>,
): Promise<StoredCandidate[]> {
  const out: StoredCandidate[] = [];
  const p = placeholderFor(handle);
  const CHUNK = 1_000;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk: number[] = [];
    for (let j = i; j < Math.min(ids.length, i + CHUNK); j++) chunk.push(ids[j] as number);
    const rows = await readRows<Record<string, unknown>>(
      handle,
      `SELECT id, ${REFILE_COLUMNS} FROM cases WHERE id IN (${chunk.map((_, k) => p(k + 1)).join(", ")}) ORDER BY id`,
      chunk,
    );
    for (const r of rows) out.push(candidateOf(r, asOf));
  }
  return out;
}
