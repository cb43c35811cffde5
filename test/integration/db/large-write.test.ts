/**
 * largeWrite: a big transaction on SQLite runs with the automatic WAL checkpoint off and, when the
 * caller vouches for its references, without per-row foreign-key checks — and the connection gets
 * both settings back afterwards, whether the transaction commits or fails.
 */
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { largeWrite } from "../../../src/db/large-write.js";
import { freshDb, type TestDb } from "../../helpers/db.js";

let h: TestDb | undefined;
afterEach(async () => {
  await h?.drop();
  h = undefined;
});

const pragma = (db: TestDb, name: string) => Number(db.sqlite?.pragma(name, { simple: true }));
const orphanEvent = sql`insert into case_events (case_id, kind, from_on, event_key, recorded_at)
  values (424242, 'extension', '2026-01-01', 'k', '2026-01-01T00:00:00Z')`;

describe("largeWrite on SQLite", () => {
  it("skips foreign-key checks only inside, and restores the connection's settings", async () => {
    h = await freshDb("sqlite");
    const db = h;
    expect(pragma(db, "foreign_keys")).toBe(1);
    expect(pragma(db, "wal_autocheckpoint")).toBe(1000);
    const seen: number[] = [];
    await largeWrite(db, { trustedReferences: true }, async (trx) => {
      seen.push(pragma(db, "foreign_keys"), pragma(db, "wal_autocheckpoint"));
      // An event of a case that does not exist: accepted, because the caller vouched for it.
      await orphanEvent.execute(trx);
    });
    expect(seen).toEqual([0, 0]);
    expect(pragma(db, "foreign_keys")).toBe(1);
    expect(pragma(db, "wal_autocheckpoint")).toBe(1000);
  });

  it("restores the settings when the transaction fails, and rolls it back", async () => {
    h = await freshDb("sqlite");
    const db = h;
    await expect(
      largeWrite(db, { trustedReferences: true }, async (trx) => {
        await sql`insert into divisions (name, created_at) values ('速裁团队', '2026-01-01')`.execute(trx);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(pragma(db, "foreign_keys")).toBe(1);
    expect(pragma(db, "wal_autocheckpoint")).toBe(1000);
    const n = await db.db
      .selectFrom("divisions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    expect(Number(n?.n)).toBe(0);
  });

  it("keeps checking references when the caller does not vouch for them", async () => {
    h = await freshDb("sqlite");
    const db = h;
    await expect(
      largeWrite(db, {}, async (trx) => {
        await orphanEvent.execute(trx);
      }),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
