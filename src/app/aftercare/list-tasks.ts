/** The 释明 and 督促履行 task lists (paged), within the reader's scope and filters. */

import { readPerformanceCandidates } from "../../db/aftercare/read-tasks.js";
import type { Db } from "../../db/connect.js";
import { type Actor, inScope } from "../../domain/auth/index.js";
import { ForbiddenError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import {
  type AftercareQuery,
  type ContactView,
  contactsOf,
  type ExplanationTask,
  explanationTasks,
  moneyCauses,
  type PerformanceTask,
  performanceTask,
  performanceTasks,
  SETTINGS,
} from "./tasks.js";

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

function pageOf(q: AftercareQuery) {
  const page = Math.max(q.page ?? 1, 1);
  const pageSize = Math.min(Math.max(q.pageSize ?? 20, 1), 1000);
  return { page, pageSize };
}

export async function listExplanations(
  actor: Actor,
  handle: Db,
  q: AftercareQuery,
): Promise<Page<ExplanationTask>> {
  mustAuthorize(actor, "view-aftercare");
  const { page, pageSize } = pageOf(q);
  const r = await explanationTasks(actor, handle, q, { limit: pageSize, offset: (page - 1) * pageSize });
  return { ...r, page, pageSize };
}

export async function listPerformance(
  actor: Actor,
  handle: Db,
  q: AftercareQuery,
  today: string,
): Promise<Page<PerformanceTask>> {
  mustAuthorize(actor, "view-aftercare");
  const { page, pageSize } = pageOf(q);
  const all = await performanceTasks(actor, handle, q, today);
  return { rows: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
}

export interface PerformanceDetail {
  task: PerformanceTask;
  contacts: ContactView[];
}

/** One 督促 task with its contacts (a case outside the reader's scope is refused). */
export async function getPerformance(
  actor: Actor,
  handle: Db,
  caseId: number,
  today: string,
): Promise<PerformanceDetail> {
  mustAuthorize(actor, "view-aftercare");
  const [row] = await readPerformanceCandidates(handle, {
    types: SETTINGS.performanceTypes,
    causes: moneyCauses(),
    caseId,
  });
  const task = row ? performanceTask(actor, row, today) : null;
  if (!task)
    throw new NotFoundError(`案件 ${caseId} 没有督促履行任务（不是金钱给付的判决、调解，或尚未生效）`);
  if (!inScope(actor, { ...task, courtCode: row?.court_code }))
    throw new ForbiddenError(actor, "scope", "该案件不在您的数据范围内");
  return { task, contacts: await contactsOf(handle, caseId) };
}
