/**
 * The cases linked to one case, for its chain view: up through the 原审案号 links to the case that
 * names no case in the data, then down to every case that names one already found, until no new
 * case appears. A few indexed queries per level (cases.case_number, cases.origin_case_number);
 * bounded by `limit` cases, so a data error cannot make it run away.
 */
import type { Db } from "../connect.js";

export interface ChainCaseRow {
  id: number;
  caseNumber: string;
  originCaseNumber: string | null;
  typeCode: string;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  appealOutcome: string | null;
  /** The case's court (法院代字). */
  courtCode: string;
  division: string;
  judge: string;
}

function base(handle: Db) {
  return handle.db
    .selectFrom("cases")
    .select([
      "id",
      "case_number",
      "origin_case_number",
      "type_code",
      "filed_on",
      "closed_on",
      "closure_mode",
      "appeal_outcome",
      "court_code",
      "division",
      "judge",
    ]);
}

type Raw = Awaited<ReturnType<ReturnType<typeof base>["execute"]>>[number];

function map(r: Raw): ChainCaseRow {
  return {
    id: Number(r.id),
    caseNumber: r.case_number,
    originCaseNumber: r.origin_case_number,
    typeCode: r.type_code,
    filedOn: r.filed_on,
    closedOn: r.closed_on,
    closureMode: r.closure_mode,
    appealOutcome: r.appeal_outcome,
    courtCode: r.court_code,
    division: r.division,
    judge: r.judge,
  };
}

export async function readChainComponent(handle: Db, caseId: number, limit = 500): Promise<ChainCaseRow[]> {
  const start = await base(handle).where("id", "=", caseId).executeTakeFirst();
  if (!start) return [];
  const found = new Map<number, ChainCaseRow>();
  const numbers = new Set<string>();
  const add = (r: ChainCaseRow) => {
    found.set(r.id, r);
    numbers.add(r.caseNumber);
  };
  add(map(start));
  // Up: the origin of the highest case found, while it is in the data and not yet found.
  let top = map(start);
  while (top.originCaseNumber && !numbers.has(top.originCaseNumber) && found.size < limit) {
    const up = await base(handle).where("case_number", "=", top.originCaseNumber).executeTakeFirst();
    if (!up) break;
    top = map(up);
    add(top);
  }
  // Down: cases naming any case found at the previous level.
  let frontier = [...numbers];
  while (frontier.length > 0 && found.size < limit) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += 200) {
      const rows = await base(handle)
        .where("origin_case_number", "in", frontier.slice(i, i + 200))
        .orderBy("id")
        .limit(limit)
        .execute();
      for (const raw of rows) {
        const r = map(raw);
        if (found.has(r.id) || found.size >= limit) continue;
        add(r);
        next.push(r.caseNumber);
      }
    }
    frontier = next;
  }
  return [...found.values()];
}
