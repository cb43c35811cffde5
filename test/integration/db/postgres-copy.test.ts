/**
 * PostgreSQL's bulk paths (COPY): the import copies its cases straight into `cases` (a first load
 * through one open COPY, with the table's secondary indexes dropped and built again) and its events
 * into a staging table moved with INSERT … SELECT, and the full facts refresh copies facts from worker threads into a staging
 * table swapped in by one transaction. They must store exactly what the SQLite path and the
 * single-thread refresh store. The refresh's workers are compiled code: that part runs the built
 * command line (`npm run build` after changes).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshFactsUnchecked } from "../../../src/app/facts/refresh-facts.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import type { Db } from "../../../src/db/connect.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoCsv } from "../../../src/demo/write.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const TODAY = "2026-06-30";
const onPostgres = TEST_DIALECTS.includes("postgres");

async function storedRows(h: Db) {
  // Everything but the import's clock (created_at, updated_at, recorded_at: "now" of each run).
  const cases = await h.db
    .selectFrom("cases")
    .selectAll()
    .orderBy("id")
    .execute()
    .then((rows) => rows.map(({ created_at, updated_at, ...rest }) => rest));
  const events = await h.db
    .selectFrom("case_events")
    .selectAll()
    .orderBy("id")
    .execute()
    .then((rows) => rows.map(({ recorded_at, ...rest }) => rest));
  return { cases, events };
}

describe.runIf(onPostgres)("PostgreSQL COPY paths", () => {
  const dir = mkdtempSync(join(tmpdir(), "shenguan-pgcopy-"));
  const files = [join(dir, "cases.csv"), join(dir, "events.csv")];
  const dbs: TestDb[] = [];
  const fresh = async (d: "sqlite" | "postgres") => {
    const h = await freshDb(d);
    dbs.push(h);
    return h;
  };

  beforeAll(async () => {
    await writeDemoCsv(
      dir,
      generateDemoCourt({ cases: 3000, fromYear: 2025, toYear: 2026, asOf: TODAY, seed: 21 }),
    );
  }, 60_000);
  afterAll(async () => {
    for (const h of dbs) await h.drop();
  });

  it("the COPY import stores exactly the rows of the SQLite import, also when the file comes again", async () => {
    const lite = await fresh("sqlite");
    const pg = await fresh("postgres");
    const opts = { today: TODAY, refresh: false };
    const a = await importCases(systemActor(), lite, files, opts);
    const b = await importCases(systemActor(), pg, files, opts);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(b.cases).toEqual(a.cases);
    expect(b.events).toEqual(a.events);
    // 3,000 cases in the file, all new; the demo gives some of them events.
    expect(b.cases.inserted).toBe(3000);
    expect(b.events.inserted).toBeGreaterThan(100);
    const want = await storedRows(lite);
    const got = await storedRows(pg);
    expect(got.cases.length).toBe(3000);
    expect(got.cases).toEqual(want.cases);
    expect(got.events).toEqual(want.events);

    // The same file again: nothing new (every event's key is stored: ON CONFLICT DO NOTHING).
    const again = await importCases(systemActor(), pg, files, opts);
    expect(again.status).toBe("unchanged");
    expect(again.events.inserted).toBe(0);
    expect(again.events.alreadyStored).toBe(b.events.inserted);
    expect((await storedRows(pg)).events).toEqual(got.events);
  }, 60_000);

  it("a first load gives the indexes of cases back, and the next import's ids follow on from it", async () => {
    const pg = await fresh("postgres");
    const indexes = async () =>
      (
        await sql<{
          indexdef: string;
        }>`select indexdef from pg_indexes where tablename = 'cases' order by indexname`.execute(pg.db)
      ).rows.map((r) => r.indexdef);
    const before = await indexes();
    // The migrated schema's secondary indexes (besides the primary key and the unique case number).
    expect(before.length).toBeGreaterThan(2);
    const r = await importCases(systemActor(), pg, files, { today: TODAY, refresh: false });
    expect(r.cases.inserted).toBe(3000);
    expect(await indexes()).toEqual(before);
    // A fresh sequence starts at 1: the first load's 3,000 cases are ids 1…3000 in file order.
    const ids = await pg.db.selectFrom("cases").select(["id"]).orderBy("id").execute();
    expect(ids.map((x) => Number(x.id))).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
    // The next import (cases are stored: no first load) takes 3001 and 3002.
    const more = join(dir, "more.csv");
    writeFileSync(
      more,
      [
        "案号,案由,立案日期,审理程序,承办部门,承办人",
        "（2026）内0602民初90001号,民间借贷纠纷,2026-05-01,简易程序,民事审判第一庭,张三",
        "（2026）内0602民初90002号,民间借贷纠纷,2026-05-02,简易程序,民事审判第一庭,张三",
      ].join("\n"),
    );
    const m = await importCases(systemActor(), pg, [more], { today: TODAY, refresh: false });
    expect(m.errors).toEqual([]);
    const added = await pg.db
      .selectFrom("cases")
      .select(["id", "case_number"])
      .where("id", ">", 3000)
      .orderBy("id")
      .execute();
    expect(added.map((x) => [Number(x.id), x.case_number])).toEqual([
      [3001, "（2026）内0602民初90001号"],
      [3002, "（2026）内0602民初90002号"],
    ]);
  }, 60_000);

  it("a bad row after a batch already copied leaves nothing stored, and the error names it", async () => {
    // 10,000 rows go per COPY batch: the bad row is in the second batch, so the first batch is
    // already in `cases` (inside the transaction) when it is met.
    const big = mkdtempSync(join(tmpdir(), "shenguan-pgcopy-bad-"));
    await writeDemoCsv(
      big,
      generateDemoCourt({ cases: 10_200, fromYear: 2025, toYear: 2026, asOf: TODAY, seed: 22 }),
    );
    const casesCsv = join(big, "cases.csv");
    const lines = readFileSync(casesCsv, "utf8").split("\n");
    const header = (lines[0] as string).split(",");
    const filedAt = header.indexOf("立案日期");
    expect(filedAt).toBeGreaterThan(-1);
    // Line 10,101 of the file (header = line 1): the 10,100th case.
    const cells = (lines[10_100] as string).split(",");
    cells[filedAt] = "2026-13-45";
    lines[10_100] = cells.join(",");
    writeFileSync(casesCsv, lines.join("\n"));
    const pg = await fresh("postgres");
    const r = await importCases(systemActor(), pg, [casesCsv], { today: TODAY, refresh: false });
    expect(r.ok).toBe(false);
    expect(r.status).toBe("rejected");
    expect(r.errors[0]).toMatchObject({ row: 10_101, column: "立案日期", value: "2026-13-45" });
    const n = await pg.db
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
    const e = await pg.db
      .selectFrom("case_events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(e.n)).toBe(0);
  }, 60_000);

  it("the parallel refresh (workers COPY into a staging table) writes the single-thread facts", async () => {
    expect(
      existsSync(join(root, "dist", "app", "runtime", "case-pass-worker.js")),
      "run `npm run build` first",
    ).toBe(true);
    const pg = await fresh("postgres");
    const r = await importCases(systemActor(), pg, files, { today: TODAY, refresh: false });
    expect(r.errors).toEqual([]);
    // From the sources the workers are not available: the single-thread refresh.
    await refreshFactsUnchecked(pg, { asOf: TODAY });
    const facts = () => pg.db.selectFrom("case_facts").selectAll().orderBy("case_id").execute();
    const single = await facts();
    expect(single.length).toBe(3000);
    // Old facts, marked: a refresh killed midway must leave them exactly so.
    await sql`update case_facts set status = 'stale'`.execute(pg.db);
    const refresh = (): ChildProcess =>
      spawn(
        process.execPath,
        [join(root, "bin", "shenguan.js"), "refresh", "--db", pg.url, "--as-of", TODAY],
        {
          env: { ...process.env, SHENGUAN_CASE_WORKERS: "2" },
          stdio: "ignore",
        },
      );
    // kill -9 once the workers have copied rows into the staging table.
    const child = refresh();
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    let staged = 0;
    for (let i = 0; i < 600 && staged === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const exists = await sql<{ n: number }>`select count(*)::int as n from pg_class
        where relname = 'case_facts_next'`.execute(pg.db);
      if (exists.rows[0]?.n === 1) {
        const c = await sql<{ n: number }>`select count(*)::int as n from case_facts_next`.execute(pg.db);
        staged = c.rows[0]?.n ?? 0;
      }
    }
    expect(staged).toBeGreaterThan(0);
    child.kill("SIGKILL");
    await exited;
    const stale = await sql<{ n: number }>`select count(*)::int as n from case_facts
      where status = 'stale'`.execute(pg.db);
    expect(stale.rows[0]?.n).toBe(3000);
    // The next refresh drops the staging table left over and swaps in the whole new facts.
    const again = refresh();
    const code = await new Promise<number | null>((resolve) => again.on("exit", (c) => resolve(c)));
    expect(code).toBe(0);
    const parallel = await facts();
    expect(parallel.length).toBe(3000);
    expect(parallel).toEqual(single);
    const left = await sql<{ n: number }>`select count(*)::int as n from pg_class
      where relname = 'case_facts_next'`.execute(pg.db);
    expect(left.rows[0]?.n).toBe(0);
    const indexes = await sql<{ indexname: string }>`select indexname from pg_indexes
      where tablename = 'case_facts' order by indexname`.execute(pg.db);
    expect(indexes.rows.map((x) => x.indexname)).toEqual([
      "case_facts_chained",
      "case_facts_closed",
      "case_facts_closure_closed",
      "case_facts_court",
      "case_facts_division",
      "case_facts_filed",
      "case_facts_pkey",
      "case_facts_type_closed",
    ]);
  }, 120_000);
});
