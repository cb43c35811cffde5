/** Every stored scheme version, the newest start first (a court keeps a handful). */
import type { SchemeRecord } from "../../domain/assessment/scheme.js";
import type { Db } from "../connect.js";
import { toSchemeRecord } from "./mapper.js";

export async function listSchemes(handle: Db): Promise<SchemeRecord[]> {
  const rows = await handle.db
    .selectFrom("assessment_schemes")
    .selectAll()
    .orderBy("effective_from", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toSchemeRecord);
}
