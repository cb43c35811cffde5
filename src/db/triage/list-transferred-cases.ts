/**
 * 退案流转 lists: the civil first-instance cases whose facts say they left the fast track
 * (case_facts.transferred_back = 1), within the reader's scope and a division, with the events
 * the transfer rules read (程序转换, 变更承办部门). A court's transfers are few (hundreds to a few
 * thousand a year), so the whole list is read and the page cut by the caller.
 */
import type { Kysely } from "kysely";
import type { StoredEvent } from "../../domain/case/derive-facts.js";
import type { Filter } from "../indicators/compile.js";
import type { Database } from "../schema.js";

export interface TransferredCaseRow {
  id: number;
  caseNumber: string;
  typeCode: string;
  cause: string | null;
  /** The procedure recorded at filing (cases.procedure). */
  procedure: string | null;
  /** The procedure in force (after conversions). */
  currentProcedure: string;
  division: string;
  judge: string;
  filedOn: string;
  closedOn: string | null;
  fastTrack: number;
  events: StoredEvent[];
}

const CHUNK = 1000;

export async function listTransferredCases(
  db: Kysely<Database>,
  scope: readonly Filter[],
  division: string | undefined,
): Promise<TransferredCaseRow[]> {
  let q = db
    .selectFrom("case_facts as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .select([
      "c.id",
      "c.case_number",
      "c.type_code",
      "c.cause",
      "c.procedure",
      "f.procedure as current_procedure",
      "f.division",
      "f.judge",
      "c.filed_on",
      "f.closed_on",
      "f.fast_track",
    ])
    .where("f.transferred_back", "=", 1)
    .where("f.type_code", "=", "民初");
  for (const s of scope) {
    if (s.values.length === 0) continue;
    if (s.field === "division") q = q.where("f.division", "in", s.values);
    else if (s.field === "judge") q = q.where("f.judge", "in", s.values);
    else if (s.field === "court_code") q = q.where("f.court_code", "in", s.values);
  }
  if (division) q = q.where("f.division", "=", division);
  const rows = await q.orderBy("c.id").execute();
  const events = new Map<number, StoredEvent[]>();
  const ids = rows.map((r) => Number(r.id));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const evs = await db
      .selectFrom("case_events")
      .select([
        "id",
        "case_id",
        "kind",
        "reason",
        "from_on",
        "new_procedure",
        "note",
        "prior_division",
        "new_division",
      ])
      .where("case_id", "in", ids.slice(i, i + CHUNK))
      .where("kind", "in", ["procedureChange", "divisionChange"])
      .orderBy("case_id")
      .orderBy("id")
      .execute();
    for (const e of evs) {
      const caseId = Number(e.case_id);
      let list = events.get(caseId);
      if (!list) {
        list = [];
        events.set(caseId, list);
      }
      list.push({
        id: Number(e.id),
        kind: e.kind,
        reason: e.reason,
        from: e.from_on,
        to: null,
        lengthMonths: null,
        lengthDays: null,
        newProcedure: e.new_procedure,
        approvedBy: null,
        note: e.note,
        ...(e.kind === "divisionChange"
          ? { priorDivision: e.prior_division, newDivision: e.new_division }
          : {}),
      });
    }
  }
  return rows.map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    typeCode: r.type_code,
    cause: r.cause,
    procedure: r.procedure,
    currentProcedure: r.current_procedure,
    division: r.division,
    judge: r.judge,
    filedOn: r.filed_on,
    closedOn: r.closed_on,
    fastTrack: Number(r.fast_track),
    events: events.get(Number(r.id)) ?? [],
  }));
}
