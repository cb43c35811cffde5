/** One stored scheme by id, or by name and version. */
import type { SchemeRecord } from "../../domain/assessment/scheme.js";
import type { Db } from "../connect.js";
import { toSchemeRecord } from "./mapper.js";

export async function findSchemeById(handle: Db, id: number): Promise<SchemeRecord | undefined> {
  const r = await handle.db
    .selectFrom("assessment_schemes")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toSchemeRecord(r) : undefined;
}

export async function findSchemeByVersion(
  handle: Db,
  name: string,
  version: string,
): Promise<SchemeRecord | undefined> {
  const r = await handle.db
    .selectFrom("assessment_schemes")
    .selectAll()
    .where("name", "=", name)
    .where("version", "=", version)
    .executeTakeFirst();
  return r ? toSchemeRecord(r) : undefined;
}
