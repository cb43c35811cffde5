/**
 * A list export holds exactly the rows of the list, in its order, within the reader's scope — on
 * SQLite and PostgreSQL, through the built server whose export workers read page by page (7 rows
 * a query here, so that every export crosses many page boundaries, NULLs of the sort column
 * included).
 *
 * On the code before the export pool (27e35c1) the rows were the same, built in one piece on the
 * server's thread: there each test fails where it checks that the pool built the export (the
 * pool's `done` count; there is no pool).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysLeftText } from "../../src/domain/bulletin/dates.js";
import { STATUS_NAMES, type TimeLimitStatus } from "../../src/domain/time-limit/index.js";
import { ApiClient } from "../helpers/app.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../helpers/db.js";
import { type BuiltApp, type Cell, startBuiltApp, xlsxRows } from "./exports-app.js";

interface CaseRow {
  caseNumber: string;
  status: string;
  division: string;
  judge: string;
  cause: string | null;
  procedure: string;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  deadline: string | null;
  daysLeft: number | null;
  durationDays: number | null;
  naturalDays: number;
  extensionCount: number;
  excludedDays: number;
  appealOutcome: string | null;
}

interface AlertRow {
  title: string;
  caseNumber: string;
  division: string;
  judge: string;
  reason: string;
  asOf: string;
}

/**
 * A case list's export columns, written out here from docs/api.md's DrillRow and the workbook's
 * headers: 案号, 审限状态, 剩余/超期天数 (in words: 已超 N 天), 承办部门, 承办人, 案由, 审理程序,
 * 立案日期, 结案日期, 结案方式, 审限届满日, 审理天数 (duration, else natural days), 延长次数,
 * 扣除天数, 二审结果.
 */
const CASE_HEADERS = [
  "案号",
  "审限状态",
  "剩余/超期天数",
  "承办部门",
  "承办人",
  "案由",
  "审理程序",
  "立案日期",
  "结案日期",
  "结案方式",
  "审限届满日",
  "审理天数",
  "延长次数",
  "扣除天数",
  "二审结果",
];
const caseCells = (r: CaseRow): Cell[] => [
  r.caseNumber,
  STATUS_NAMES[r.status as TimeLimitStatus] ?? r.status,
  daysLeftText(r.daysLeft) || null,
  r.division,
  r.judge,
  r.cause,
  r.procedure,
  r.filedOn,
  r.closedOn,
  r.closureMode,
  r.deadline,
  r.durationDays ?? r.naturalDays,
  r.extensionCount,
  r.excludedDays,
  r.appealOutcome,
];

/** The alert export's columns 1, 3–6 and 10: 预警 (title), 案号, 承办部门, 承办人, 说明, 基准日. */
const alertCells = (r: AlertRow): Cell[] => [r.title, r.caseNumber, r.division, r.judge, r.reason, r.asOf];
const pickAlertCells = (row: Cell[]): Cell[] => [row[0], row[2], row[3], row[4], row[5], row[9]] as Cell[];

/** Every row of a list, page by page (1,000 rows at most a page). */
async function allRows<T>(c: ApiClient, path: string): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const res = await c.get(`${path}&page=${page}&pageSize=1000`);
    expect(res.status, path).toBe(200);
    const body = (await res.json()) as { total: number; rows: T[] };
    rows.push(...body.rows);
    if (rows.length >= body.total || body.rows.length === 0) return rows;
  }
}

const PERIOD = "from=2025-01-01&to=2026-11-27";

describe.each(TEST_DIALECTS)("list exports hold the list's rows (%s)", (dialect) => {
  let db: TestDb;
  let app: BuiltApp;
  const clients: Record<string, ApiClient> = {};

  beforeAll(async () => {
    db = await freshDb(dialect);
    app = await startBuiltApp({ db: db.url, env: { SHENGUAN_EXPORT_PAGE_ROWS: "7" } });
    for (const role of ["chief", "judge"] as const) {
      const a = app.accounts.find((x) => x.role === role);
      if (!a) throw new Error(`no demo ${role}`);
      const c = new ApiClient(app.url);
      expect((await c.login(a.username, a.password)).status).toBe(200);
      clients[role] = c;
    }
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("a chief's drill-down export, sorted by closing date (open cases: no date), is the whole list", async () => {
    const chief = clients.chief as ApiClient;
    const division = app.accounts.find((x) => x.role === "chief")?.division;
    for (const order of ["asc", "desc"]) {
      const q = `indicator=filed&part=numerator&${PERIOD}&sort=closed_on&order=${order}`;
      const list = await allRows<CaseRow>(chief, `/api/indicators/drill?${q}`);
      // Both kinds of rows, so that the NULLs' place in the order is exercised.
      expect(list.some((r) => r.closedOn === null)).toBe(true);
      expect(list.some((r) => r.closedOn !== null)).toBe(true);
      expect(list.length).toBeGreaterThan(100);
      const res = await chief.get(`/api/indicators/drill/export?${q}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent("新收案件数_明细.xlsx")}`,
      );
      const x = await xlsxRows(res);
      expect(x.title).toBe("新收案件数（分子）2025-01-01 至 2026-11-27");
      expect(x.headers).toEqual(CASE_HEADERS);
      expect(x.rows).toEqual(list.map(caseCells));
      expect(new Set(x.rows.map((r) => r[3]))).toEqual(new Set([division])); // 承办部门
    }
    // Built by the pool's worker threads.
    expect(app.pool().usesWorkers, "npm run build").toBe(true);
    expect(app.pool().stats.done).toBeGreaterThanOrEqual(2);
  });

  it("a drill-down export of one page is that page of the list", async () => {
    const chief = clients.chief as ApiClient;
    const q = `indicator=filed&part=numerator&${PERIOD}&sort=days_left&order=desc`;
    const page = (await (await chief.get(`/api/indicators/drill?${q}&page=3&pageSize=40`)).json()) as {
      rows: CaseRow[];
    };
    expect(page.rows.length).toBe(40);
    const done = app.pool().stats.done;
    const x = await xlsxRows(await chief.get(`/api/indicators/drill/export?${q}&page=3&pageSize=40`));
    expect(x.rows).toEqual(page.rows.map(caseCells));
    expect(app.pool().stats.done).toBe(done + 1);
  });

  it("a chief's case search export is the page of the list, sorted by a column with NULLs", async () => {
    const chief = clients.chief as ApiClient;
    const done = app.pool().stats.done;
    for (const order of ["asc", "desc"]) {
      // Every case of the division on one page, sorted by closing date: open cases have none.
      const q = `sort=closed_on&order=${order}&pageSize=1000`;
      const page = (await (await chief.get(`/api/cases?${q}`)).json()) as { rows: CaseRow[]; total: number };
      expect(page.rows.length).toBe(page.total);
      expect(page.rows.some((r) => r.closedOn === null)).toBe(true);
      expect(page.rows.some((r) => r.closedOn !== null)).toBe(true);
      const res = await chief.get(`/api/cases/export?${q}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("案件列表.xlsx"));
      const x = await xlsxRows(res);
      expect(x.title).toBe("案件列表");
      expect(x.rows).toEqual(page.rows.map(caseCells));
    }
    const q = "sort=deadline&order=asc&page=2&pageSize=100";
    const second = (await (await chief.get(`/api/cases?${q}`)).json()) as { rows: CaseRow[] };
    expect(second.rows.length).toBe(100);
    expect((await xlsxRows(await chief.get(`/api/cases/export?${q}`))).rows).toEqual(
      second.rows.map(caseCells),
    );
    // Without page or pageSize: the first 1,000 rows, newest filing first.
    const first = (await (await chief.get("/api/cases?pageSize=1000")).json()) as { rows: CaseRow[] };
    const x = await xlsxRows(await chief.get("/api/cases/export"));
    expect(x.rows).toEqual(first.rows.map(caseCells));
    expect(app.pool().stats.done).toBe(done + 4);
  });

  it("a judge's drill-down export is their own cases, as listed", async () => {
    const judge = clients.judge as ApiClient;
    const name = app.accounts.find((x) => x.role === "judge")?.judgeName;
    const q = `indicator=closed&part=numerator&${PERIOD}&sort=duration_days`;
    const done = app.pool().stats.done;
    const list = await allRows<CaseRow>(judge, `/api/indicators/drill?${q}`);
    expect(list.length).toBeGreaterThan(7);
    const x = await xlsxRows(await judge.get(`/api/indicators/drill/export?${q}`));
    expect(x.rows).toEqual(list.map(caseCells));
    expect(new Set(x.rows.map((r) => r[4]))).toEqual(new Set([name])); // 承办人
    expect(app.pool().stats.done).toBe(done + 1);
  });

  it("a chief's alert export is every alert of the list; with page, that page", async () => {
    const chief = clients.chief as ApiClient;
    const division = app.accounts.find((x) => x.role === "chief")?.division;
    const done = app.pool().stats.done;
    const list = await allRows<AlertRow>(chief, "/api/alerts?sort=case_number&order=desc");
    expect(list.length).toBeGreaterThan(7);
    expect(list.every((r) => r.division === division)).toBe(true);
    const res = await chief.get("/api/alerts/export?sort=case_number&order=desc");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("预警清单.xlsx"));
    const x = await xlsxRows(res);
    expect(x.title).toBe("预警清单");
    expect(x.rows.map(pickAlertCells)).toEqual(list.map(alertCells));

    const bySeverity = await allRows<AlertRow>(chief, "/api/alerts?sort=severity");
    const all = await xlsxRows(await chief.get("/api/alerts/export?sort=severity"));
    expect(all.rows.map(pickAlertCells)).toEqual(bySeverity.map(alertCells));

    const page = (await (await chief.get("/api/alerts?page=2&pageSize=5")).json()) as { rows: AlertRow[] };
    const one = await xlsxRows(await chief.get("/api/alerts/export?page=2&pageSize=5"));
    expect(one.rows.map(pickAlertCells)).toEqual(page.rows.map(alertCells));
    expect(app.pool().stats.done).toBe(done + 3);
  });
});
