/** The WHERE clause of alert lists and counts: the reader's scope, the filters, open alerts by default. */
import { caseInCourts, scopeCourts } from "../courts/court-where.js";
import type { Filter } from "../indicators/compile.js";
import type { Params } from "../sql.js";

export interface AlertFilters {
  family?: string;
  rule?: string;
  division?: string;
  judge?: string;
  severity?: string;
  state?: string;
  /** First found on or after this day (the detection's as-of date): 本期新发现 with foundTo. */
  foundFrom?: string;
  /** First found on or before this day. */
  foundTo?: string;
}

export function alertWhere(scope: readonly Filter[], f: AlertFilters, params: Params): string {
  const parts: string[] = [];
  const add = (col: string, v: string | undefined | null) => {
    if (v === undefined || v === null) return;
    parts.push(`${col} = ${params.add(v)}`);
  };
  // An alert lies in its case's court (division names repeat from court to court).
  const courts = scopeCourts(scope);
  if (courts) parts.push(caseInCourts("a.case_id", courts, params));
  for (const s of scope) {
    if (s.field === "division") add("a.division", s.values[0]);
    if (s.field === "judge") add("a.judge", s.values[0]);
  }
  add("a.family", f.family);
  add("a.rule_id", f.rule);
  add("a.division", f.division);
  add("a.judge", f.judge);
  add("a.severity", f.severity);
  if (f.foundFrom) parts.push(`a.found_on >= ${params.add(f.foundFrom)}`);
  if (f.foundTo) parts.push(`a.found_on <= ${params.add(f.foundTo)}`);
  if (f.state) add("a.state", f.state);
  else parts.push("a.state <> 'resolved'");
  return parts.length > 0 ? parts.join(" AND ") : "1 = 1";
}
