/**
 * Two sibling courts in one database, on SQLite and PostgreSQL: the importer enters each court it
 * meets into the register, and an account of one court reads only that court's cases, alerts and
 * workflow matters (the court is filtered inside the SQL); the 中院 reads both.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAlerts } from "../../../src/app/alerts/list-alerts.js";
import { listCases } from "../../../src/app/cases/list-cases.js";
import { listVisibleCourts } from "../../../src/app/courts/list-courts.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { listCourtCodes } from "../../../src/db/courts/courts.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoCsv } from "../../../src/demo/write.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const TODAY = "2026-11-27";
const PER_COURT = 60;
const office = (court: string, courts: string[]): Actor => ({
  username: `o-${court}`,
  role: "office",
  court,
  courts,
});
const chief0602: Actor = {
  username: "c",
  role: "chief",
  division: "民事审判第一庭",
  court: "内0602",
  courts: ["内0602"],
};
const courtOf = (n: string) => /）([^\d]\d{2}(?:\d{2})?)/.exec(n)?.[1];

describe.each(TEST_DIALECTS)("courts in one database (%s)", (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(dialect);
    for (const court of ["内0602", "内0603"]) {
      const dir = await mkdtemp(join(tmpdir(), "shenguan-courts-"));
      await writeDemoCsv(
        dir,
        generateDemoCourt({ fromYear: 2026, toYear: 2026, asOf: TODAY, seed: 3, court, cases: PER_COURT }),
      );
      const r = await importCases(
        systemActor("test"),
        db,
        [join(dir, "cases.csv"), join(dir, "events.csv")],
        {
          today: TODAY,
          demo: true,
        },
      );
      await rm(dir, { recursive: true, force: true });
      expect(r.ok, JSON.stringify(r.errors.slice(0, 2))).toBe(true);
    }
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
  });

  it("enters every imported case's court into the register", async () => {
    expect(await listCourtCodes(db)).toEqual(["内0602", "内0603"]);
    const mid = await listVisibleCourts(office("内06", ["内06", "内0602", "内0603"]), db);
    expect(mid.rows.map((r) => [r.code, r.parentCode])).toEqual([
      ["内06", "内"],
      ["内0602", "内06"],
      ["内0603", "内06"],
    ]);
  });

  it("lists each court's cases to its own accounts, both to the 中院", async () => {
    const of = async (a: Actor) => (await listCases(a, db, { pageSize: 1000 })).rows.map((r) => r.caseNumber);
    const a = await of(office("内0602", ["内0602"]));
    const b = await of(office("内0603", ["内0603"]));
    expect(a).toHaveLength(PER_COURT);
    expect(b).toHaveLength(PER_COURT);
    expect(new Set(a.map(courtOf))).toEqual(new Set(["内0602"]));
    expect(new Set(b.map(courtOf))).toEqual(new Set(["内0603"]));
    expect(await of(office("内06", ["内06", "内0602", "内0603"]))).toHaveLength(2 * PER_COURT);
    const chief = await of(chief0602);
    expect(chief.length).toBeGreaterThan(0);
    expect(chief.every((n) => courtOf(n) === "内0602")).toBe(true);
  });

  it("filters alerts by their cases' court inside the query (the totals add up)", async () => {
    const total = async (a: Actor) => (await listAlerts(a, db, { pageSize: 1 })).total;
    const a = await total(office("内0602", ["内0602"]));
    const b = await total(office("内0603", ["内0603"]));
    const all = await total({ username: "x", role: "office" });
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(a + b).toBe(all);
    const rows = (await listAlerts(office("内0603", ["内0603"]), db, { pageSize: 500 })).rows;
    expect(rows.every((r) => courtOf(r.caseNumber) === "内0603")).toBe(true);
  });
});
