/**
 * Writing a workflow step: the matter's new state (only if it still has the version the step was
 * taken on — optimistic concurrency), the trace entry, the tasks it closes and opens, and the
 * audit entry, in one transaction. Opening a matter is the step from nothing.
 */
import type { Kysely, Transaction } from "kysely";
import { appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";
import type { Database } from "../schema.js";

export interface StepTask {
  title: string;
  dueOn: string | null;
  username?: string;
  judge?: string;
  position?: string;
  division?: string | null;
}

export interface StepTrace {
  action: string;
  label: string;
  from: string | null;
  to: string;
  by: string;
  byName: string;
  on: string;
  note: string;
  input: Record<string, unknown>;
}

export interface Step {
  state: string;
  data: Record<string, unknown>;
  trace: StepTrace;
  opens: readonly StepTask[];
  /** "all", "none", or the titles of the open tasks to close. */
  closes: "all" | "none" | readonly string[];
  /** The matter ends with this step (closed_on set). */
  terminal: boolean;
  at: string;
}

export interface NewMatter {
  kind: string;
  title: string;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  initiator: string;
  links: readonly { entity: string; id: number }[];
}

async function writeTrace(trx: Kysely<Database>, matterId: number, seq: number, t: StepTrace, at: string) {
  await trx
    .insertInto("matter_trace")
    .values({
      matter_id: matterId,
      seq,
      action: t.action,
      label: t.label,
      from_state: t.from,
      to_state: t.to,
      by_user: t.by,
      by_name: t.byName,
      on_day: t.on,
      at,
      note: t.note,
      input_json: JSON.stringify(t.input),
    })
    .execute();
}

async function openTasks(
  trx: Kysely<Database>,
  matterId: number,
  tasks: readonly StepTask[],
  on: string,
  at: string,
) {
  if (tasks.length === 0) return;
  await trx
    .insertInto("tasks")
    .values(
      tasks.map((t) => ({
        matter_id: matterId,
        title: t.title,
        state: "open",
        assignee_user: t.username ?? null,
        assignee_judge: t.judge ?? null,
        assignee_position: t.position ?? null,
        assignee_division: t.division ?? null,
        due_on: t.dueOn,
        opened_on: on,
        opened_at: at,
        closed_at: null,
        closed_by: null,
        closed_state: null,
      })),
    )
    .execute();
}

async function closeTasks(trx: Transaction<Database>, matterId: number, step: Step) {
  if (step.closes === "none") return;
  let q = trx
    .updateTable("tasks")
    .set({
      state: step.terminal ? "done" : "done",
      closed_at: step.at,
      closed_by: step.trace.by,
      closed_state: step.state,
    })
    .where("matter_id", "=", matterId)
    .where("state", "=", "open");
  if (step.closes !== "all") {
    if (step.closes.length === 0) return;
    q = q.where("title", "in", [...step.closes]);
  }
  await q.execute();
}

/** Opens a matter with its first step; returns its id. */
export async function insertMatter(handle: Db, m: NewMatter, step: Step): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("matters")
      .values({
        kind: m.kind,
        state: step.state,
        version: 1,
        title: m.title,
        case_id: m.caseId,
        case_number: m.caseNumber,
        division: m.division,
        judge: m.judge,
        initiator: m.initiator,
        data_json: JSON.stringify(step.data),
        opened_on: step.trace.on,
        opened_at: step.at,
        closed_on: step.terminal ? step.trace.on : null,
        updated_at: step.at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const id = Number(row.id);
    const links = new Map<string, { entity: string; id: number }>();
    for (const l of m.links) links.set(`${l.entity}:${l.id}`, l);
    if (m.caseId !== null) links.set(`case:${m.caseId}`, { entity: "case", id: m.caseId });
    if (links.size > 0)
      await trx
        .insertInto("matter_links")
        .values([...links.values()].map((l) => ({ matter_id: id, entity: l.entity, entity_id: l.id })))
        .execute();
    await writeTrace(trx, id, 1, step.trace, step.at);
    await openTasks(trx, id, step.opens, step.trace.on, step.at);
    await appendAudit(trx, {
      at: step.at,
      user: step.trace.by,
      action: `matter.${step.trace.action}`,
      entity: "matters",
      entityId: String(id),
      after: { kind: m.kind, state: step.state, title: m.title, data: step.data },
    });
    return id;
  });
}

/**
 * Applies a step to a matter that still has `version`; false (and nothing written) when someone
 * else has taken a step on it since.
 */
export async function writeStep(
  handle: Db,
  matter: { id: number; version: number; state: string; data: Record<string, unknown> },
  step: Step,
): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable("matters")
      .set({
        state: step.state,
        version: matter.version + 1,
        data_json: JSON.stringify(step.data),
        closed_on: step.terminal ? step.trace.on : null,
        updated_at: step.at,
      })
      .where("id", "=", matter.id)
      .where("version", "=", matter.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    await writeTrace(trx, matter.id, matter.version + 1, step.trace, step.at);
    await closeTasks(trx, matter.id, step);
    if (step.terminal)
      await trx
        .updateTable("tasks")
        .set({ state: "cancelled", closed_at: step.at, closed_by: step.trace.by, closed_state: step.state })
        .where("matter_id", "=", matter.id)
        .where("state", "=", "open")
        .execute();
    await openTasks(trx, matter.id, step.terminal ? [] : step.opens, step.trace.on, step.at);
    await appendAudit(trx, {
      at: step.at,
      user: step.trace.by,
      action: `matter.${step.trace.action}`,
      entity: "matters",
      entityId: String(matter.id),
      before: { state: matter.state, version: matter.version, data: matter.data },
      after: { state: step.state, version: matter.version + 1, data: step.data, note: step.trace.note },
    });
    return true;
  });
}
