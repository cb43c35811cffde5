import type { Db } from "../connect.js";

/** Is there a facts row derived by other rules than `rulesVersion` (or a case without facts)? */
export async function factsOutOfDate(handle: Db, rulesVersion: string): Promise<boolean> {
  const other = await handle.db
    .selectFrom("case_facts")
    .select("case_id")
    .where("rules_version", "<>", rulesVersion)
    .limit(1)
    .executeTakeFirst();
  if (other) return true;
  const missing = await handle.db
    .selectFrom("cases")
    .select("id")
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("case_facts").select("case_id").whereRef("case_facts.case_id", "=", "cases.id"))),
    )
    .limit(1)
    .executeTakeFirst();
  return missing !== undefined;
}
