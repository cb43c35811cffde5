/** 四类案件 lists: 待确认 / 监管中 / 已结束, within the reader's scope, by division and category. */

import type { Db } from "../../db/connect.js";
import {
  countSupervisedMatters,
  findingsOfMatters,
  listSupervisedMatters,
} from "../../db/supervision/list-supervised.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import {
  parseCategory,
  parseTab,
  SUPERVISION_TABS,
  type SupervisedCaseRow,
  supervisedCaseRow,
} from "./supervised-case-row.js";

export interface SupervisedListQuery {
  tab?: string;
  division?: string;
  category?: number | string;
  page?: number;
  pageSize?: number;
}

export interface SupervisedList {
  tab: string;
  total: number;
  page: number;
  pageSize: number;
  rows: SupervisedCaseRow[];
}

export async function listSupervisedCases(
  actor: Actor,
  handle: Db,
  q: SupervisedListQuery,
): Promise<SupervisedList> {
  mustAuthorize(actor, "view-cases");
  const scope = scopeFilters(actor);
  const tab = parseTab(q.tab);
  const filters = {
    states: SUPERVISION_TABS[tab],
    division: q.division || undefined,
    category: parseCategory(q.category),
  };
  const page = Math.max(1, Math.floor(q.page ?? 1));
  const pageSize = Math.min(1000, Math.max(1, Math.floor(q.pageSize ?? 50)));
  const total = await countSupervisedMatters(handle.db, scope, filters);
  const matters = await listSupervisedMatters(handle.db, scope, filters, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const findings = await findingsOfMatters(
    handle.db,
    matters.map((m) => m.id),
  );
  return {
    tab,
    total,
    page,
    pageSize,
    rows: matters.map((m) => supervisedCaseRow(m, findings.get(m.id) ?? [])),
  };
}
