/**
 * idBounds: the lowest and highest id of cases and case_facts, on SQLite and PostgreSQL, read from
 * the ends of the primary key (on SQLite a single `min(id), max(id)` scans the whole table).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { idBounds } from "../../../src/db/sql.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoCsv } from "../../../src/demo/write.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

let h: TestDb | undefined;
afterEach(async () => {
  await h?.drop();
  h = undefined;
});

describe.each(TEST_DIALECTS)("idBounds on %s", (dialect) => {
  it("is 0 and −1 for an empty table", async () => {
    h = await freshDb(dialect);
    expect(await idBounds(h.db, "cases")).toEqual({ lo: 0, hi: -1 });
    expect(await idBounds(h.db, "case_facts")).toEqual({ lo: 0, hi: -1 });
  });

  it("gives the first and last id after an import", async () => {
    h = await freshDb(dialect);
    const dir = mkdtempSync(join(tmpdir(), "shenguan-bounds-"));
    try {
      await writeDemoCsv(
        dir,
        generateDemoCourt({ cases: 120, fromYear: 2026, toYear: 2026, asOf: "2026-06-30", seed: 3 }),
      );
      const r = await importCases(systemActor(), h, [join(dir, "cases.csv"), join(dir, "events.csv")], {
        today: "2026-06-30",
      });
      expect(r.errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // 120 cases imported into empty tables: ids 1…120 (SQLite autoincrement, PostgreSQL identity).
    expect(await idBounds(h.db, "cases")).toEqual({ lo: 1, hi: 120 });
    expect(await idBounds(h.db, "case_facts")).toEqual({ lo: 1, hi: 120 });
    // Ids with a gap at both ends still give the ends.
    await sql`delete from case_facts where case_id in (1, 120)`.execute(h.db);
    expect(await idBounds(h.db, "case_facts")).toEqual({ lo: 2, hi: 119 });
  });
});
