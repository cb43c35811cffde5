/** assessment_schemes rows ↔ stored schemes. */
import type { Selectable } from "kysely";
import type { SchemeItem, SchemeRecord } from "../../domain/assessment/scheme.js";
import type { AssessmentSchemesTable } from "../schema.js";

export function toSchemeRecord(r: Selectable<AssessmentSchemesTable>): SchemeRecord {
  return {
    id: Number(r.id),
    name: r.name,
    version: r.version,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to ?? null,
    items: JSON.parse(r.items_json) as SchemeItem[],
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
