/**
 * Case lists in a real browser: the search box in the header (案号, party, judge) and its results
 * page, a judge's 我的在办案件, a figure's case list as a page of its own. Every list puts 审限状态
 * and 剩余/超期天数 right after 案号, reads overdue days as "已超 N 天", is the most urgent first by
 * default, and its export has the same column order.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDaysLeft } from "../../web/src/shared/format.js";
import { ApiClient } from "../helpers/app.js";
import {
  apiSignIn,
  columnTexts,
  type E2E,
  getJson,
  headerTexts,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface Row {
  id: number;
  caseNumber: string;
  judge: string;
  division: string;
  daysLeft: number | null;
  alerts: { open: number; bySeverity: Record<string, number> };
}
interface CaseList {
  total: number;
  rows: Row[];
}

interface Chain {
  caseCount: number;
  cases: { id: number; caseNumber: string; current: boolean }[];
}

const DAYS = /^(已超 \d+ 天|剩余 \d+ 天|今日届满|—)$/;

let e2e: E2E;
let office: Session;

beforeAll(async () => {
  e2e = await startE2E();
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
});

afterAll(async () => {
  await e2e?.close();
});

/** Most urgent first, by the rule: pending cases by days left ascending, then those without a clock. */
function urgentFirst(rows: Row[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]?.daysLeft ?? null;
    const b = rows[i]?.daysLeft ?? null;
    if (a === null && b !== null) return false;
    if (a !== null && b !== null && a > b) return false;
  }
  return true;
}

describe("case search from the header", () => {
  it("finds a judge's cases by name from any page; the most urgent first; every column", async () => {
    const { page, errors } = office;
    const judge = e2e.app.accounts.find((a) => a.username === "demo-judge-1")?.judgeName as string;
    await page.goto("/alerts/time-limit");
    await page.getByTestId("page-alerts-time-limit").waitFor();
    await page.getByTestId("header-search").locator("input").fill(judge);
    await page.getByTestId("header-search").locator("input").press("Enter");
    await page.waitForURL((u) => u.pathname === "/cases" && u.searchParams.get("q") === judge);
    await page.getByTestId("page-case-search").waitFor();

    const api = await getJson<CaseList>(
      page.request,
      `/api/cases?q=${encodeURIComponent(judge)}&pageSize=50`,
    );
    const judges = await getJson<CaseList>(
      page.request,
      `/api/cases?judge=${encodeURIComponent(judge)}&pageSize=1`,
    );
    // Every case the judge handles is found by the judge's name (and any whose party bears it).
    expect(judges.total).toBeGreaterThan(0);
    expect(api.total).toBeGreaterThanOrEqual(judges.total);
    await expect.poll(() => textOf(page, "case-search-total")).toBe(api.total.toLocaleString("zh-CN"));
    expect(urgentFirst(api.rows)).toBe(true);

    const headers = await headerTexts(page, "case-search-table");
    expect(headers.slice(0, 5)).toEqual(["案号", "审限状态", "剩余/超期天数", "预警", "承办部门"]);
    expect(headers).toEqual(expect.arrayContaining(["承办人", "立案日期", "审限届满日", "二审结果"]));
    await expect
      .poll(() => columnTexts(page, "case-search-table", "案号"))
      .toEqual(api.rows.map((r) => r.caseNumber));
    const days = await columnTexts(page, "case-search-table", "剩余/超期天数");
    expect(days).toEqual(api.rows.map((r) => formatDaysLeft(r.daysLeft)));
    expect(days.every((d) => DAYS.test(d))).toBe(true);

    // The export has the same columns first, in words.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("case-search-export-page").click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path()) as string);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect((ws.getRow(2).values as unknown[]).slice(1, 4)).toEqual(["案号", "审限状态", "剩余/超期天数"]);
    expect(ws.getRow(3).getCell(1).value).toBe(api.rows[0]?.caseNumber);
    expect(ws.getRow(3).getCell(3).value).toBe(formatDaysLeft(api.rows[0]?.daysLeft ?? null));

    // Overdue cases read "已超 N 天", the longest overdue first.
    await page.goto("/cases?status=overdue");
    const overdue = await getJson<CaseList>(page.request, "/api/cases?status=overdue&pageSize=50");
    expect(overdue.total).toBeGreaterThan(0);
    await expect
      .poll(() => columnTexts(page, "case-search-table", "案号"))
      .toEqual(overdue.rows.map((r) => r.caseNumber));
    const late = await columnTexts(page, "case-search-table", "剩余/超期天数");
    expect(late.every((d) => /^已超 \d+ 天$/.test(d))).toBe(true);
    const n = late.map((d) => Number(d.replace(/\D/g, "")));
    expect(n).toEqual([...n].sort((a, b) => b - a));
    await screenshot(page, "10-case-search");

    // A row opens its case.
    await page.getByTestId("case-search-table-case-link").first().click();
    await page.getByTestId("page-case").waitFor();
    expect(await textOf(page, "case-number")).toBe(overdue.rows[0]?.caseNumber);
    expect(errors).toEqual([]);
  });
});

describe("我的在办案件", () => {
  it("a judge lands on their pending cases, the most urgent first, with their alerts", async () => {
    // A demo judge whose pending cases carry alerts (the demo court draws them at random).
    let username = "";
    for (const j of e2e.app.accounts.filter((x) => x.role === "judge")) {
      const c = new ApiClient(e2e.app.url);
      await c.login(j.username, j.password);
      const rows = ((await (await c.get("/api/cases?status=pending&pageSize=50")).json()) as CaseList).rows;
      if (rows.some((r) => r.alerts.open > 0)) {
        username = j.username;
        break;
      }
    }
    expect(username).not.toBe("");
    const { page, context, errors } = await openSession(e2e);
    await signIn(page, e2e, username);
    expect(new URL(page.url()).pathname).toBe("/my-cases");
    await page.getByTestId("page-my-cases").waitFor();
    const api = await getJson<CaseList>(page.request, "/api/cases?status=pending&pageSize=50");
    const judge = e2e.app.accounts.find((a) => a.username === username)?.judgeName;
    expect(api.total).toBeGreaterThan(0);
    expect(api.rows.every((r) => r.judge === judge)).toBe(true);
    expect(urgentFirst(api.rows)).toBe(true);
    await expect.poll(() => textOf(page, "my-cases-total")).toContain(String(api.total));
    await expect
      .poll(() => columnTexts(page, "my-cases-table", "案号"))
      .toEqual(api.rows.map((r) => r.caseNumber));
    const days = await columnTexts(page, "my-cases-table", "剩余/超期天数");
    expect(days).toEqual(api.rows.map((r) => formatDaysLeft(r.daysLeft)));

    // Each row's alerts: a tag per level, 一级 first, with the count.
    const badges = await columnTexts(page, "my-cases-table", "预警");
    api.rows.forEach((r, i) => {
      if (r.alerts.open === 0) expect(badges[i]).toBe("无");
      else if (r.alerts.bySeverity.critical)
        expect(badges[i]).toMatch(new RegExp(`^一级 ${r.alerts.bySeverity.critical}`));
    });
    expect(api.rows.some((r) => r.alerts.open > 0)).toBe(true);
    await screenshot(page, "11-my-cases");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a figure's case list as a page", () => {
  it("opens from the dialog with the query in the address; every column reachable, 案号 fixed", async () => {
    const { page, errors } = office;
    await page.goto("/");
    await page.getByTestId("kpi-grid").waitFor();
    await expect.poll(() => textOf(page, "kpi-pending_end")).not.toBe("—");
    const shown = await textOf(page, "kpi-pending_end");
    await page.getByTestId("kpi-pending_end").click();
    await page.getByTestId("drill-modal").waitFor();
    await page.getByTestId("drill-open-page").click();
    await page.waitForURL((u) => u.pathname === "/indicators/cases");
    const url = new URL(page.url());
    expect(url.searchParams.get("indicator")).toBe("pending_end");
    expect(url.searchParams.get("part")).toBe("numerator");
    await page.getByTestId("page-drill").waitFor();
    await expect.poll(() => textOf(page, "drill-total")).toBe(shown);

    // The most urgent first, as the API lists it by default.
    const from = url.searchParams.get("from");
    const to = url.searchParams.get("to");
    const api = await getJson<CaseList>(
      page.request,
      `/api/indicators/drill?indicator=pending_end&part=numerator&from=${from}&to=${to}&page=1&pageSize=50`,
    );
    expect(urgentFirst(api.rows)).toBe(true);
    await expect
      .poll(() => columnTexts(page, "drill-table", "案号"))
      .toEqual(api.rows.map((r) => r.caseNumber));
    const days = await columnTexts(page, "drill-table", "剩余/超期天数");
    expect(days[0]).toMatch(/^已超 \d+ 天$/);
    expect(days.every((d) => DAYS.test(d))).toBe(true);

    // Scrolled to the far right, the last column shows and 案号 stays in place.
    const body = page.getByTestId("drill-table").locator(".ant-table-body");
    const sizes = await body.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const firstCell = page.getByTestId("drill-table-case-link").first();
    const before = await firstCell.boundingBox();
    await body.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const lastHeader = page.getByTestId("drill-table").locator("th", { hasText: "二审结果" });
    await expect.poll(async () => (await lastHeader.boundingBox())?.x ?? -1).toBeGreaterThan(0);
    const after = await firstCell.boundingBox();
    expect(after?.x).toBe(before?.x);
    await screenshot(page, "12-drill-page");

    // A reload shows the same list; sorting goes to the address.
    await page.reload();
    await page.getByTestId("page-drill").waitFor();
    await expect.poll(() => textOf(page, "drill-total")).toBe(shown);
    await page.getByTestId("drill-table").locator("th", { hasText: "立案日期" }).click();
    await page.waitForURL((u) => u.searchParams.get("sort") === "filed_on");
    expect(errors).toEqual([]);
  });

  it("a chief's page lists their division only", async () => {
    const chief = await openSession(e2e);
    await apiSignIn(chief.context.request, e2e, "demo-chief-1");
    const division = e2e.app.accounts.find((a) => a.username === "demo-chief-1")?.division;
    const meta = await getJson<{ today: string }>(chief.page.request, "/api/meta");
    await chief.page.goto(
      `/indicators/cases?indicator=pending_end&part=numerator&from=${meta.today.slice(0, 4)}-01-01&to=${meta.today}`,
    );
    await chief.page.getByTestId("page-drill").waitFor();
    await expect
      .poll(async () => (await columnTexts(chief.page, "drill-table", "承办部门")).length)
      .toBeGreaterThan(0);
    expect(new Set(await columnTexts(chief.page, "drill-table", "承办部门"))).toEqual(new Set([division]));
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });
});

describe("linked cases on the case page", () => {
  it("an enforcement case shows its dispute's chain, the judgment first and linked", async () => {
    const { page, errors } = office;
    const list = await getJson<CaseList>(
      page.request,
      `/api/cases?q=${encodeURIComponent("执")}&pageSize=100`,
    );
    let found: (Chain & { id: number }) | null = null;
    for (const r of list.rows) {
      const chain = await getJson<Chain>(page.request, `/api/cases/${r.id}/chain`);
      if (chain.caseCount > 1 && !chain.cases[0]?.current) {
        found = { ...chain, id: r.id };
        break;
      }
    }
    if (!found) throw new Error("the demo court has no enforcement case linked to its judgment");
    await page.goto(`/cases/${found.id}`);
    await page.getByTestId("case-chain").waitFor();
    await expect.poll(() => page.getByTestId("chain-case").count()).toBe(found.caseCount);
    const root = found.cases[0] as { id: number; caseNumber: string };
    // The judgment (the root) is listed first and opens its own page.
    await expect.poll(() => page.getByTestId("chain-case").first().textContent()).toContain(root.caseNumber);
    await screenshot(page, "13-case-chain");
    await page.getByTestId("case-chain").getByRole("link", { name: root.caseNumber }).click();
    await page.waitForURL((u) => u.pathname === `/cases/${root.id}`);
    await expect.poll(() => textOf(page, "case-number")).toBe(root.caseNumber);
    await expect.poll(() => page.getByTestId("chain-case").count()).toBe(found.caseCount);
    expect(errors).toEqual([]);
  });

  it("案-件比's case list opens each dispute to its chain of cases", async () => {
    const { page, errors } = office;
    const meta = await getJson<{ today: string }>(page.request, "/api/meta");
    const year = Number(meta.today.slice(0, 4)) - 1;
    await page.goto(
      `/indicators/cases?indicator=case_proceedings_ratio&part=denominator&from=${year}-01-01&to=${year}-12-31`,
    );
    await page.getByTestId("page-drill").waitFor();
    await page.getByTestId("drill-table").locator("button.ant-table-row-expand-icon").first().click();
    await page.getByTestId("drill-chain").waitFor();
    // The chain opens with the listed case itself, its root.
    const first = (await columnTexts(page, "drill-table", "案号"))[0] ?? "";
    await expect
      .poll(() => page.getByTestId("drill-chain").getByTestId("chain-case").first().textContent())
      .toContain(first);
    expect(errors).toEqual([]);
  });
});
