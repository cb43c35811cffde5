/**
 * What a judge (or the chief of the division, or 审管办) records on a 判后 task: a 释明, a 督促
 * contact, a 督促 outcome. Checked by src/domain/aftercare/records.ts; nothing is written when a
 * field is wrong. A 督促 task closed by a 执 case takes no more records.
 */
import { readExplanationTasks, readPerformanceCandidates } from "../../db/aftercare/read-tasks.js";
import { addContact, writeExplanation, writeOutcome } from "../../db/aftercare/write-records.js";
import type { Db } from "../../db/connect.js";
import {
  type ContactInput,
  checkContact,
  checkExplanation,
  checkOutcome,
  type ExplanationInput,
  type OutcomeInput,
  type RecordProblem,
} from "../../domain/aftercare/index.js";
import type { Actor } from "../../domain/auth/index.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getPerformance, type PerformanceDetail } from "./list-tasks.js";
import {
  type ExplanationTask,
  explanationTask,
  moneyCauses,
  type PerformanceTask,
  performanceTask,
  SETTINGS,
} from "./tasks.js";

function firstProblem(caseNumber: string, problems: RecordProblem[]): void {
  const p = problems[0];
  if (p) throw new InvalidInputError(p.field, `${caseNumber}：${p.message}`, p.value);
}

const by = (actor: Actor) => actor.name ?? actor.username;

export async function recordExplanation(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: ExplanationInput,
  today: string,
  now = new Date().toISOString(),
): Promise<ExplanationTask> {
  mustAuthorize(actor, "view-aftercare");
  const find = async () =>
    (await readExplanationTasks(handle, { types: SETTINGS.explanationTypes, caseId })).rows[0];
  const row = await find();
  if (!row) throw new NotFoundError(`案件 ${caseId} 不是判决结案的民事案件，没有判后释明任务`);
  mustAuthorize(actor, "record-aftercare", {
    courtCode: row.court_code,
    division: row.division,
    judge: row.judge,
    closedByEnforcement: false,
  });
  const x = {
    ...input,
    riskPoints: input.riskPoints.map((s) => s.trim()).filter(Boolean),
    riskNote: input.riskNote.trim(),
    guidance: input.guidance.trim(),
  };
  firstProblem(row.case_number, checkExplanation(x, row.closed_on, today));
  await writeExplanation(handle, { caseId, ...x, by: by(actor), at: now });
  const again = await find();
  return explanationTask(actor, again ?? row);
}

async function findPerformanceTask(
  actor: Actor,
  handle: Db,
  caseId: number,
  today: string,
): Promise<PerformanceTask & { courtCode: string }> {
  const [row] = await readPerformanceCandidates(handle, {
    types: SETTINGS.performanceTypes,
    causes: moneyCauses(),
    caseId,
  });
  const task = row ? performanceTask(actor, row, today) : null;
  if (!task || !row)
    throw new NotFoundError(`案件 ${caseId} 没有督促履行任务（不是金钱给付的判决、调解，或尚未生效）`);
  return { ...task, courtCode: row.court_code };
}

export async function recordContact(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: ContactInput,
  today: string,
  now = new Date().toISOString(),
): Promise<PerformanceDetail> {
  mustAuthorize(actor, "view-aftercare");
  const t = await findPerformanceTask(actor, handle, caseId, today);
  mustAuthorize(actor, "record-aftercare", {
    courtCode: t.courtCode,
    division: t.division,
    judge: t.judge,
    closedByEnforcement: t.enforcementCase !== null,
  });
  const x = { ...input, note: input.note.trim() };
  firstProblem(t.caseNumber, checkContact(x, t.closedOn, today));
  await addContact(handle, {
    caseId,
    contactedOn: x.contactedOn,
    way: x.way,
    note: x.note,
    by: by(actor),
    at: now,
  });
  return getPerformance(actor, handle, caseId, today);
}

export async function recordOutcome(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: OutcomeInput,
  today: string,
  now = new Date().toISOString(),
): Promise<PerformanceDetail> {
  mustAuthorize(actor, "view-aftercare");
  const t = await findPerformanceTask(actor, handle, caseId, today);
  mustAuthorize(actor, "record-aftercare", {
    courtCode: t.courtCode,
    division: t.division,
    judge: t.judge,
    closedByEnforcement: t.enforcementCase !== null,
  });
  const dueYuan = input.dueYuan ?? t.amountYuan;
  const performedYuan =
    input.performedYuan ?? (input.outcome === "全部履行" ? dueYuan : input.outcome === "未履行" ? 0 : null);
  const x = { ...input, dueYuan, performedYuan, note: input.note.trim() };
  firstProblem(t.caseNumber, checkOutcome(x, t.closedOn, today));
  const fen = (v: number | null) => (v === null ? null : Math.round(v * 100));
  await writeOutcome(handle, {
    caseId,
    outcome: x.outcome,
    decidedOn: x.decidedOn,
    dueFen: fen(x.dueYuan),
    performedFen: fen(x.performedYuan),
    note: x.note,
    by: by(actor),
    at: now,
  });
  return getPerformance(actor, handle, caseId, today);
}
