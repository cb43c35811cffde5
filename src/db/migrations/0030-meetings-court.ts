import { type Kysely, sql } from "kysely";

/**
 * Meetings (专业法官会议, 审委会) belong to a court: meetings.court_code, the court of the account that
 * planned the meeting (users.court_code of created_by). Existing meetings take it from their
 * creator's account where that account has a court; the others (a one-court installation's) keep
 * null and stay visible to every reader, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table meetings add column court_code text`.execute(db);
  await sql`update meetings set court_code = (
    select u.court_code from users u where u.username = meetings.created_by
  )`.execute(db);
  await sql`create index meetings_court on meetings (court_code, scheduled_on)`.execute(db);
}
