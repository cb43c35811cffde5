/**
 * Forward-only migrations, run automatically when a database is opened. Each migration is a
 * module in ./migrations, applied once, in order, inside a transaction, and recorded in
 * `schema_migrations`.
 */
import { type Kysely, sql } from "kysely";
import type { DialectName } from "./dialect.js";
import * as m0001 from "./migrations/0001-initial.js";
import * as m0002 from "./migrations/0002-sessions-alerts.js";
import * as m0003 from "./migrations/0003-lean-case-indexes.js";
import * as m0004 from "./migrations/0004-lean-facts.js";
import * as m0005 from "./migrations/0005-base-end-day.js";
import * as m0006 from "./migrations/0006-alert-weight.js";
import * as m0007 from "./migrations/0007-import-completion.js";
import * as m0008 from "./migrations/0008-alert-found-on.js";
import * as m0009 from "./migrations/0009-people.js";
import * as m0010 from "./migrations/0010-workflow.js";
import * as m0011 from "./migrations/0011-supervised-cases.js";
import * as m0012 from "./migrations/0012-sign-off-files.js";
import * as m0013 from "./migrations/0013-trace-by-user.js";
import * as m0014 from "./migrations/0014-case-origin.js";
import * as m0015 from "./migrations/0015-assessment-schemes.js";
import * as m0016 from "./migrations/0016-assignment-suggestions.js";
import * as m0017 from "./migrations/0017-scheduled-reports.js";
import * as m0018 from "./migrations/0018-case-chains.js";
import * as m0019 from "./migrations/0019-meetings.js";
import * as m0020 from "./migrations/0020-reversals.js";
import * as m0021 from "./migrations/0021-review.js";
import * as m0022 from "./migrations/0022-triage.js";
import * as m0023 from "./migrations/0023-aftercare.js";
import * as m0024 from "./migrations/0024-appraisals.js";
import * as m0025 from "./migrations/0025-termination-library.js";
import * as m0026 from "./migrations/0026-pack-index.js";
import * as m0027 from "./migrations/0027-courts.js";
import * as m0028 from "./migrations/0028-rollup.js";
import * as m0029 from "./migrations/0029-facts-court.js";
import * as m0030 from "./migrations/0030-meetings-court.js";
import * as m0031 from "./migrations/0031-review-court.js";
import * as m0032 from "./migrations/0032-rules-imports-court.js";
import * as m0033 from "./migrations/0033-staff-court.js";

interface Migration {
  name: string;
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  { name: "0001-initial", up: m0001.up },
  { name: "0002-sessions-alerts", up: m0002.up },
  { name: "0003-lean-case-indexes", up: m0003.up },
  { name: "0004-lean-facts", up: m0004.up },
  { name: "0005-base-end-day", up: m0005.up },
  { name: "0006-alert-weight", up: m0006.up },
  { name: "0007-import-completion", up: m0007.up },
  { name: "0008-alert-found-on", up: m0008.up },
  { name: "0009-people", up: m0009.up },
  { name: "0010-workflow", up: m0010.up },
  { name: "0011-supervised-cases", up: m0011.up },
  { name: "0012-sign-off-files", up: m0012.up },
  { name: "0013-trace-by-user", up: m0013.up },
  { name: "0014-case-origin", up: m0014.up },
  { name: "0015-assessment-schemes", up: m0015.up },
  { name: "0016-assignment-suggestions", up: m0016.up },
  { name: "0017-scheduled-reports", up: m0017.up },
  { name: "0018-case-chains", up: m0018.up },
  { name: "0019-meetings", up: m0019.up },
  { name: "0020-reversals", up: m0020.up },
  { name: "0021-review", up: m0021.up },
  { name: "0022-triage", up: m0022.up },
  { name: "0023-aftercare", up: m0023.up },
  { name: "0024-appraisals", up: m0024.up },
  { name: "0025-termination-library", up: m0025.up },
  { name: "0026-pack-index", up: m0026.up },
  { name: "0027-courts", up: m0027.up },
  { name: "0028-rollup", up: m0028.up },
  { name: "0029-facts-court", up: m0029.up },
  { name: "0030-meetings-court", up: m0030.up },
  { name: "0031-review-court", up: m0031.up },
  { name: "0032-rules-imports-court", up: m0032.up },
  { name: "0033-staff-court", up: m0033.up },
];

export async function migrate(db: Kysely<unknown>, dialect: DialectName): Promise<string[]> {
  await sql`create table if not exists schema_migrations (name text primary key, applied_at text not null)`.execute(
    db,
  );
  const applied = new Set(
    (await sql<{ name: string }>`select name from schema_migrations`.execute(db)).rows.map((r) => r.name),
  );
  const ran: string[] = [];
  for (const m of MIGRATIONS) {
    if (applied.has(m.name)) continue;
    await db.transaction().execute(async (trx) => {
      if (dialect === "postgres") await sql`select pg_advisory_xact_lock(4242)`.execute(trx);
      const again = await sql<{
        name: string;
      }>`select name from schema_migrations where name = ${m.name}`.execute(trx);
      if (again.rows.length > 0) return;
      await m.up(trx, dialect);
      await sql`insert into schema_migrations (name, applied_at) values (${m.name}, ${new Date().toISOString()})`.execute(
        trx,
      );
      ran.push(m.name);
    });
  }
  return ran;
}
