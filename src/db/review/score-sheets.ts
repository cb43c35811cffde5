/** 评查表 versions: read one, the latest, and save a new one. */
import type { Kysely } from "kysely";
import type { ScoreSheet, ScoreSheetContent } from "../../domain/review/score-sheet.js";
import type { Db } from "../connect.js";
import type { Database } from "../schema.js";

function toSheet(r: { version: number; name: string; content_json: string }): ScoreSheet {
  const content = JSON.parse(r.content_json) as ScoreSheetContent;
  return { ...content, name: r.name, version: Number(r.version) };
}

export async function findScoreSheet(handle: Db, version: number): Promise<ScoreSheet | undefined> {
  const r = await handle.db
    .selectFrom("score_sheets")
    .selectAll()
    .where("version", "=", version)
    .executeTakeFirst();
  return r ? toSheet(r) : undefined;
}

export async function latestScoreSheet(handle: Db): Promise<ScoreSheet | undefined> {
  const r = await handle.db
    .selectFrom("score_sheets")
    .selectAll()
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return r ? toSheet(r) : undefined;
}

export async function listScoreSheets(handle: Db): Promise<ScoreSheet[]> {
  const rows = await handle.db.selectFrom("score_sheets").selectAll().orderBy("version").execute();
  return rows.map(toSheet);
}

export async function insertScoreSheet(
  db: Kysely<Database>,
  sheet: ScoreSheetContent & { version: number },
  by: string,
  at: string,
): Promise<void> {
  await db
    .insertInto("score_sheets")
    .values({
      version: sheet.version,
      name: sheet.name,
      content_json: JSON.stringify({ name: sheet.name, sections: sheet.sections }),
      created_by: by,
      created_at: at,
    })
    .execute();
}
