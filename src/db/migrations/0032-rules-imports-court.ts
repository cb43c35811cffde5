import { type Kysely, sql } from "kysely";

/**
 * 类案裁判规则 and the import history belong to a court:
 * - case_rules.court_code, the court of the account that wrote the rule. created_by holds the
 *   writer's name as people know it, so existing rules take the court of the account their
 *   creation was audited under (audit_log, entity case-rule, the same instant), else of an account
 *   whose user name is created_by;
 * - imports.court_code, the court of the importing account (users.court_code of user_name).
 * Rows whose account has no court (a one-court installation's, or the command line's) keep null and
 * stay visible to every reader, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_rules add column court_code text`.execute(db);
  await sql`update case_rules set court_code = coalesce(
    (select u.court_code from audit_log a join users u on u.username = a.user_name
      where a.at = case_rules.created_at and a.entity = 'case-rule' and a.action = 'create'
        and a.entity_id = cast(case_rules.id as text)
      order by a.id limit 1),
    (select u.court_code from users u where u.username = case_rules.created_by)
  )`.execute(db);
  await sql`alter table imports add column court_code text`.execute(db);
  await sql`update imports set court_code = (
    select u.court_code from users u where u.username = imports.user_name
  )`.execute(db);
  await sql`create index imports_court on imports (court_code, id)`.execute(db);
}
