/** Filters on case columns from a request's query (court, division, judge, category). */
import type { Filter } from "../../app/shared/scope.js";

export function filtersOf(q: {
  division?: string;
  judge?: string;
  category?: string;
  court?: string;
}): Filter[] {
  const f: Filter[] = [];
  if (q.court) f.push({ field: "court_code", values: [q.court] });
  if (q.division) f.push({ field: "division", values: [q.division] });
  if (q.judge) f.push({ field: "judge", values: [q.judge] });
  if (q.category) f.push({ field: "category", values: [q.category] });
  return f;
}
