/**
 * The list's figures and order are worked out from light rows whose latest search and resumption
 * the database picks (readLightEntries); the domain (buildEntries over every search and resumption)
 * stays the source of truth. On the hand-made court of fixture.ts, with searches added by hand
 * (two on one day — the later id counts —, one after asOf, one found property), both must agree on
 * every entry, every figure and the order, at several dates, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allEntries } from "../../../src/app/termination-library/library.js";
import {
  listTerminationLibrary,
  withDetails,
} from "../../../src/app/termination-library/list-termination-library.js";
import { readLightEntries } from "../../../src/db/termination-library/library.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { parseIsoDate } from "../../../src/domain/calendar/index.js";
import {
  type LibraryEntry,
  libraryFigures,
  lightEntry,
} from "../../../src/domain/termination-library/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { seedFixture } from "./fixture.js";

const office: Actor = { username: "office", role: "office" };
const C = "内0602";
const N501 = `（2023）${C}执501号`;
const N402 = `（2025）${C}执402号`;

const ORDER = { overdue: 0, due: 1, resumed: 2, "watch-ended": 3 } as const;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The list's documented order: overdue first (longest first), by due date, then newest closing. */
const urgency = (a: LibraryEntry, b: LibraryEntry) =>
  ORDER[a.state] - ORDER[b.state] ||
  b.overdueDays - a.overdueDays ||
  cmp(a.nextDueOn ?? "", b.nextDueOn ?? "") ||
  cmp(b.closedOn, a.closedOn) ||
  cmp(a.caseNumber, b.caseNumber);

for (const dialect of TEST_DIALECTS) {
  describe(`执行不能案件库: SQL-picked rows equal the domain's entries on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const ids = await seedFixture(db, "2025-06-30");
      const s = (n: string, on: string, result: string) => ({
        case_id: ids.get(n) as number,
        searched_on: on,
        result,
        note: "",
        recorded_by: "office",
        recorded_at: "2025-09-01T00:00:00.000Z",
      });
      await db.db
        .insertInto("termination_searches")
        .values([
          // 501 (closed 2024-01-31): 2024-07-20 无财产, then 2024-07-20 发现财产 (later id: counts).
          s(N501, "2024-07-20", "无财产"),
          s(N501, "2024-07-20", "发现财产"),
          // 402 (closed 2025-06-30): a search after 2025-06-30 counts only from its day.
          s(N402, "2025-08-01", "无财产"),
        ])
        .execute();
    });
    afterAll(async () => {
      await db?.drop();
    });

    for (const asOf of ["2024-08-01", "2025-02-01", "2025-06-30", "2025-09-01", "2026-03-01"])
      it(`as of ${asOf}`, async () => {
        // The domain's entries of the whole library, with their cause and parties as the old list read them.
        const domain = await withDetails(db, await allEntries(db, asOf));
        const light = (await readLightEntries(db, asOf)).map((c) => lightEntry(c, parseIsoDate(asOf)));
        const pick = (e: {
          caseId: number;
          state: string;
          nextDueOn: string | null;
          overdueDays: number;
          outstandingFen: number | null;
          propertyFound: boolean;
        }) => ({
          caseId: e.caseId,
          state: e.state,
          nextDueOn: e.nextDueOn,
          overdueDays: e.overdueDays,
          outstandingFen: e.outstandingFen,
          propertyFound: e.propertyFound,
        });
        const byId = (a: { caseId: number }, b: { caseId: number }) => a.caseId - b.caseId;
        expect(light.map(pick).sort(byId)).toEqual(domain.map(pick).sort(byId));
        const r = await listTerminationLibrary(office, db, { asOf });
        expect(r.figures).toEqual(libraryFigures(domain, asOf));
        expect(r.rows.map((e) => e.caseNumber)).toEqual([...domain].sort(urgency).map((e) => e.caseNumber));
        expect(r.rows.map(({ stateName, actions, ...e }) => e)).toEqual(
          [...domain]
            .sort(urgency)
            .map((e) => ({ ...e, searches: e.searches.map(({ caseId, recordedAt, ...s }) => s) })),
        );
      });

    it("the latest search of one day is the later one recorded: 501 found property as of 2024-08-01", async () => {
      // 2024-07-20 发现财产 (id after the 无财产 of the same day) → next due 2025-01-20, 发现财产.
      const r = await listTerminationLibrary(office, db, { asOf: "2024-08-01" });
      expect(r.rows.find((e) => e.caseNumber === N501)).toMatchObject({
        nextDueOn: "2025-01-20",
        propertyFound: true,
      });
      expect(r.figures.propertyFound).toBe(1);
    });
  });
}
