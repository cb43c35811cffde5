import type { Db } from "../connect.js";
import { type ArchivedReport, toArchivedReport } from "./mapper.js";

export async function findArchivedReport(handle: Db, id: number): Promise<ArchivedReport | undefined> {
  const r = await handle.db.selectFrom("report_archive").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toArchivedReport(r) : undefined;
}
