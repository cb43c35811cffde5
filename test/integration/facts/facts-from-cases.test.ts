/**
 * The parallel full refresh on SQLite writes only the derived facts columns from the workers and
 * lets SQLite copy the case attributes from `cases` (factsFromCasesWriter). Here, in-thread, the
 * rows it writes are compared with the rows the importer's refresh writes with every column
 * bound — from records read without the copied attributes, so the copies can only come from SQL.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshChainFacts } from "../../../src/app/chains/refresh-chain-facts.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { refreshTriageFacts } from "../../../src/app/triage/refresh-triage-facts.js";
import { loadTriageSettings } from "../../../src/app/triage/triage-settings.js";
import { readCasesWithEvents } from "../../../src/db/cases/read-cases-with-events.js";
import {
  derivedFactValues,
  FACT_COLUMNS,
  FACT_COPIED_COLUMNS,
  FACT_DERIVED_COLUMNS,
} from "../../../src/db/facts/columns.js";
import { factsFromCasesWriter } from "../../../src/db/facts/write-facts.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoCsv } from "../../../src/demo/write.js";
import { deriveFacts, rulesVersionOf, toTimelineEvents } from "../../../src/domain/case/derive-facts.js";
import { freshDb, type TestDb } from "../../helpers/db.js";

const AS_OF = "2026-06-30";
const derivedFor = { asOf: AS_OF, rulesVersion: rulesVersionOf(undefined) };
let h: TestDb;
let dir: string;

async function allFacts() {
  return h.db.selectFrom("case_facts").selectAll().orderBy("case_id").execute();
}

describe("facts copied from cases by SQLite", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "shenguan-copied-"));
    await writeDemoCsv(
      dir,
      generateDemoCourt({ cases: 1500, fromYear: 2025, toYear: 2026, asOf: AS_OF, seed: 5 }),
    );
    h = await freshDb("sqlite");
    const r = await importCases(systemActor(), h, [join(dir, "cases.csv"), join(dir, "events.csv")], {
      today: AS_OF,
    });
    expect(r.errors).toEqual([]);
  }, 60_000);
  afterAll(async () => {
    await h.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("splits the facts columns into copied and derived, each column once", () => {
    const both = [...FACT_COPIED_COLUMNS, ...FACT_DERIVED_COLUMNS];
    expect(new Set(both).size).toBe(both.length);
    expect([...both].sort()).toEqual([...FACT_COLUMNS].sort());
    expect(FACT_DERIVED_COLUMNS.at(-1)).toBe("case_id");
  });

  it("writes the same rows as binding every column", async () => {
    const expected = await allFacts();
    expect(expected.length).toBe(1500);
    const sqlite = h.sqlite;
    if (!sqlite) throw new Error("SQLite only");
    let withoutDivision = 0;
    const triageSettings = await loadTriageSettings(h);
    await h.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("case_facts").execute();
      const write = factsFromCasesWriter(trx, derivedFor, sqlite);
      for await (const page of readCasesWithEvents(trx, { sqlite, lean: "derived", pageSize: 400 })) {
        for (const c of page) {
          if (c.record.division === null && c.record.judge === null && c.record.courtCode === null)
            withoutDivision++;
          write(derivedFactValues(c.id, deriveFacts(c.record, toTimelineEvents(c.events), AS_OF)));
        }
      }
      // The chain and fast-track columns, as every refresh sets them after writing the rows.
      await refreshChainFacts(trx);
      await refreshTriageFacts(trx, triageSettings, AS_OF, sqlite);
    });
    // The records carried none of the copied text attributes …
    expect(withoutDivision).toBe(1500);
    // … and the rows are those of the importer's refresh, column for column.
    expect(await allFacts()).toEqual(expected);
  });

  it("refuses a row for a case that does not exist, and writes nothing", async () => {
    const sqlite = h.sqlite;
    if (!sqlite) throw new Error("SQLite only");
    const before = await allFacts();
    const [first] = before;
    if (!first) throw new Error("no facts");
    const write = factsFromCasesWriter(h.db, derivedFor, sqlite);
    const row = FACT_DERIVED_COLUMNS.map((c) => (first as Record<string, unknown>)[c] ?? null);
    row[row.length - 1] = 987654;
    expect(() => write(row)).toThrow("no case 987654");
    expect(await allFacts()).toEqual(before);
  });
});
