/**
 * Many exports at once, and clients that go away: the built server with an export pool of one
 * running and two waiting, reading 5 rows a query (so that an export of a few thousand rows takes
 * seconds and is still under way when the next requests arrive).
 * - Asked for more exports than the pool holds, the extra ones are refused at once with 503, a
 *   Chinese message and Retry-After; the others complete.
 * - A client that disconnects: its export is dropped from the queue or its worker stopped, the
 *   pool's counts return to 0, its temporary file is gone, and the server keeps answering.
 * On the code before the pool (27e35c1) every export is built, whatever the number asked or
 * whether the client is still there: these tests fail there (every answer 200; no pool to count).
 */
import { readdirSync } from "node:fs";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/app.js";
import { freshDb, type TestDb } from "../helpers/db.js";
import { type BuiltApp, startBuiltApp, until, xlsxRows } from "./exports-app.js";

const DRILL = "/api/indicators/drill/export?indicator=filed&part=numerator&from=2025-01-01&to=2026-11-27";

describe("the export pool under load (sqlite)", () => {
  let db: TestDb;
  let app: BuiltApp;
  let office: ApiClient;
  let cookie: string;
  let total: number;

  beforeAll(async () => {
    db = await freshDb("sqlite");
    app = await startBuiltApp({
      db: db.url,
      env: { SHENGUAN_EXPORT_WORKERS: "1", SHENGUAN_EXPORT_QUEUE: "2", SHENGUAN_EXPORT_PAGE_ROWS: "5" },
    });
    const a = app.accounts.find((x) => x.role === "office");
    if (!a) throw new Error("no demo office account");
    office = new ApiClient(app.url);
    const login = await office.login(a.username, a.password);
    cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const list = (await (
      await office.get("/api/indicators/drill?indicator=filed&part=numerator&from=2025-01-01&to=2026-11-27")
    ).json()) as { total: number };
    total = list.total;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const idle = () => {
    const s = app.pool().stats;
    return s.running === 0 && s.waiting === 0;
  };

  it("refuses the exports beyond one running and two waiting with 503 and Retry-After; the others complete", async () => {
    expect(total).toBeGreaterThan(1000);
    const answers = await Promise.all(Array.from({ length: 6 }, () => office.get(DRILL)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 503)).toHaveLength(3);
    for (const r of answers) {
      if (r.status === 503) {
        expect(Number(r.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
        const body = (await r.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("busy");
        expect(body.error.message).toMatch(/^导出任务较多，请稍后再试/);
      } else {
        // Complete workbooks: every row of the list.
        expect((await xlsxRows(r)).rows).toHaveLength(total);
      }
    }
    // The first exports of this server: three built by the pool's workers, three refused.
    expect(app.pool().usesWorkers, "npm run build").toBe(true);
    expect(app.pool().stats).toMatchObject({ running: 0, waiting: 0, done: 3, refused: 3, cancelled: 0 });
    expect(readdirSync(app.pool().tempDir)).toEqual([]);
  }, 120_000);

  /**
   * A client that asks for the drill-down export and then disconnects (node:http, so that its
   * socket really closes): `gone()` closes its connection; `firstBytes` resolves when the answer's
   * first bytes arrive.
   */
  function leavingClient(): { gone(): void; firstBytes: Promise<number> } {
    const u = new URL(`${app.url}${DRILL}`);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, headers: { cookie } });
    const firstBytes = new Promise<number>((resolve) => {
      req.on("response", (res) => res.once("data", () => resolve(res.statusCode ?? 0)));
    });
    req.on("error", () => undefined);
    req.end();
    return { gone: () => req.destroy(), firstBytes };
  }

  it("stops the exports of clients that went away, removes their files, and keeps answering", async () => {
    const before = app.pool().stats;
    const clients = Array.from({ length: 3 }, () => leavingClient());
    // One building (its file being written), two waiting.
    expect(await until(() => app.pool().stats.running === 1 && app.pool().stats.waiting === 2, 10_000)).toBe(
      true,
    );
    expect(await until(() => readdirSync(app.pool().tempDir).length === 1, 10_000)).toBe(true);
    for (const c of clients) c.gone();

    expect(await until(idle, 2_000)).toBe(true);
    const after = app.pool().stats;
    expect(after.cancelled - before.cancelled).toBe(3);
    // None of them ran to its end: the running one was stopped, not finished.
    expect(after.done - before.done).toBe(0);
    expect(await until(() => readdirSync(app.pool().tempDir).length === 0, 2_000)).toBe(true);

    // The server answers, and the next export is built.
    expect((await office.get("/api/auth/me")).status).toBe(200);
    const res = await office.get(DRILL);
    expect(res.status).toBe(200);
    expect((await xlsxRows(res)).rows).toHaveLength(total);
    expect(app.pool().stats.done - after.done).toBe(1);
  }, 120_000);

  it("removes the file of an export whose client goes away while downloading it", async () => {
    const c = leavingClient();
    expect(await c.firstBytes).toBe(200);
    c.gone();
    expect(await until(() => readdirSync(app.pool().tempDir).length === 0, 5_000)).toBe(true);
    expect(idle()).toBe(true);
    expect((await office.get("/api/auth/me")).status).toBe(200);
  }, 120_000);
});
