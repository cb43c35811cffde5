/**
 * Migration 0004 drops seven case_facts columns no query reads: on SQLite by rewriting the table
 * once. The facts already stored survive with every other column, the indexes come back, and the
 * foreign key to cases still holds.
 */
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { migrate } from "../../../src/db/migrate.js";
import * as m0001 from "../../../src/db/migrations/0001-initial.js";
import * as m0002 from "../../../src/db/migrations/0002-sessions-alerts.js";
import * as m0003 from "../../../src/db/migrations/0003-lean-case-indexes.js";

describe("migration 0004-lean-facts (SQLite)", () => {
  it("keeps the stored facts and indexes without the dropped columns", async () => {
    const sqlite = new SQLite(":memory:");
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    await m0001.up(db, "sqlite");
    await m0002.up(db, "sqlite");
    await m0003.up(db);
    await sql`create table schema_migrations (name text primary key, applied_at text not null)`.execute(db);
    for (const n of ["0001-initial", "0002-sessions-alerts", "0003-lean-case-indexes"])
      await sql`insert into schema_migrations values (${n}, '2026-01-01')`.execute(db);
    sqlite.exec(`insert into cases (id, case_number, court_code, year, type_code, category, instance,
      division, judge, filed_on, created_at, updated_at) values (7, '（2026）内0602民初1号', '内0602', 2026,
      '民初', 'civil', 'first', '民一庭', '张三', '2026-01-05', 'x', 'x')`);
    const info = sqlite.prepare("select name, type from pragma_table_info('case_facts')").all() as {
      name: string;
      type: string;
    }[];
    const old = info.map((c) => c.name);
    const values = info.map((c, i) => (c.name === "case_id" ? 7 : /text/i.test(c.type) ? `v-${c.name}` : i));
    sqlite
      .prepare(`insert into case_facts (${old.join(",")}) values (${old.map(() => "?").join(",")})`)
      .run(values);

    // 0004 runs first (later migrations follow it).
    expect((await migrate(db, "sqlite"))[0]).toBe("0004-lean-facts");

    const row = sqlite.prepare("select * from case_facts").get() as Record<string, unknown>;
    const dropped = [
      "filed_month",
      "closed_month",
      "procedure_inferred",
      "open_intervals",
      "extension_days",
      "period_days",
      "limit_rule",
    ];
    // Added by later migrations, with their defaults: 0005 base_end_day (null), 0018 the chain of an
    // unlinked case (its own root, one case, no enforcement case naming it), 0022 a case that never
    // entered the fast track.
    const added: Record<string, unknown> = {
      base_end_day: null,
      chain_root: 1,
      chain_cases: 1,
      enforced_by_case: 0,
      fast_track: 0,
      small_claims_eligible: 0,
      transferred_back: 0,
      transfer_day: null,
    };
    expect(Object.keys(row)).toEqual([...old.filter((c) => !dropped.includes(c)), ...Object.keys(added)]);
    for (const [c, v] of Object.entries(row))
      expect(v, c).toBe(c in added ? added[c] : values[old.indexOf(c)]);
    const indexes = sqlite
      .prepare(
        "select name from sqlite_master where type = 'index' and tbl_name = 'case_facts' order by name",
      )
      .pluck()
      .all();
    expect(indexes).toEqual([
      "case_facts_chained",
      "case_facts_closed",
      "case_facts_closure_closed",
      "case_facts_court",
      "case_facts_division",
      "case_facts_filed",
      "case_facts_type_closed",
    ]);
    expect(() => sqlite.prepare("insert into case_facts (case_id) values (8)").run()).toThrow(
      /NOT NULL|FOREIGN KEY/,
    );
    expect(sqlite.prepare("select * from pragma_foreign_key_list('case_facts')").all()).toMatchObject([
      { table: "cases", to: "id" },
    ]);
    await db.destroy();
  });
});
