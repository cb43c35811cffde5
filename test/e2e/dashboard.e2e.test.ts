/**
 * 质效总览 in a real browser: the KPI cards show exactly the API's figures (formatted as on screen),
 * the period picker drives the query, and a click on a figure opens a case list whose total equals
 * the figure, page by page.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCount, formatValue } from "../../web/src/shared/format.js";
import {
  apiSignIn,
  columnTexts,
  type E2E,
  getJson,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
  WALL,
} from "./support.js";

interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  assessment: string;
}
interface Panel {
  groups: { key: string; indicators: Record<string, Figure> }[];
}
interface Meta {
  today: string;
  divisionOrder: string[];
  core: string[];
  catalogue: { id: string; unit: string; kind: string }[];
}

let e2e: E2E;
let office: Session;
let meta: Meta;

beforeAll(async () => {
  e2e = await startE2E();
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
  meta = await getJson<Meta>(office.page.request, "/api/meta");
});

afterAll(async () => {
  await e2e?.close();
});

async function shownPeriod(page: Page): Promise<{ from: string; to: string }> {
  const el = page.getByTestId("dashboard-period");
  return { from: (await el.getAttribute("data-from")) ?? "", to: (await el.getAttribute("data-to")) ?? "" };
}

/** Waits until the KPI cards show the panel of the period on screen, then compares every card. */
async function expectKpisEqualApi(page: Page): Promise<Panel> {
  const { from, to } = await shownPeriod(page);
  const panel = await getJson<Panel>(page.request, `/api/indicators?from=${from}&to=${to}&by=all&compare=1`);
  const figures = panel.groups[0]?.indicators ?? {};
  const units = new Map(meta.catalogue.map((c) => [c.id, c.unit]));
  expect(meta.core.length).toBeGreaterThan(10);
  for (const id of meta.core) {
    const expected = formatValue(figures[id]?.value ?? null, units.get(id) ?? "件");
    await expect
      .poll(() => textOf(page, `kpi-${id}`), { timeout: 10_000, message: `kpi-${id}` })
      .toBe(expected);
    const weakTag = await page.getByTestId(`kpi-weak-${id}`).count();
    expect(weakTag, `偏离区间 on ${id}`).toBe(figures[id]?.assessment === "weak" ? 1 : 0);
  }
  return panel;
}

async function closeDrill(page: Page): Promise<void> {
  await page.locator(".ant-modal-close").click();
  await page.getByTestId("drill-modal").waitFor({ state: "detached" });
}

async function rowsOnPage(page: Page): Promise<number> {
  return page.locator('[data-testid="drill-table"] tbody tr.ant-table-row').count();
}

describe("质效总览", () => {
  it("defaults to this year to date and shows exactly the API's figures", async () => {
    const { page, errors } = office;
    await page.getByTestId("kpi-grid").waitFor();
    const period = await shownPeriod(page);
    expect(period).toEqual({ from: `${meta.today.slice(0, 4)}-01-01`, to: meta.today });
    await expectKpisEqualApi(page);
    await screenshot(page, "02-dashboard");
    expect(errors).toEqual([]);
  });

  it("compares a year to date with the year before only (同比, no 环比)", async () => {
    const { page } = office;
    await page.getByTestId("kpi-grid").waitFor();
    await expect.poll(() => page.locator('[data-testid^="kpi-yoy-"]').count()).toBe(meta.core.length);
    expect(await page.locator('[data-testid^="kpi-mom-"]').count()).toBe(0);
    expect(await textOf(page, "compare-periods")).toBe("同比期间");
  });

  it("follows the period picker: this month's figures equal the API's, with 环比", async () => {
    const { page } = office;
    await page.getByTestId("period-mode").getByText("月", { exact: true }).click();
    await expect.poll(async () => (await shownPeriod(page)).from).toBe(`${meta.today.slice(0, 7)}-01`);
    await expectKpisEqualApi(page);
    // A month is compared with the month before (环比) as well as with a year earlier (同比).
    await expect.poll(() => page.locator('[data-testid^="kpi-mom-"]').count()).toBe(meta.core.length);
    expect(await textOf(page, "compare-periods")).toBe("同比/环比期间");
    // The period is kept in the address: a reload (or "back" from a case) shows the same view.
    await page.reload();
    await page.getByTestId("kpi-grid").waitFor();
    expect((await shownPeriod(page)).from).toBe(`${meta.today.slice(0, 7)}-01`);
    // Back to the year for the next tests.
    await page.getByTestId("period-mode").getByText("年", { exact: true }).click();
    await expect.poll(async () => (await shownPeriod(page)).from).toBe(`${meta.today.slice(0, 4)}-01-01`);
  });

  it("names a custom period once", async () => {
    const { page } = office;
    const y = meta.today.slice(0, 4);
    await page.goto(`/?mode=custom&from=${y}-02-03&to=${y}-04-05`);
    await page.getByTestId("kpi-grid").waitFor();
    const line = await page.getByTestId("period-label").locator("..").textContent();
    const label = `${Number(y)}年2月3日至${Number(y)}年4月5日`;
    expect(await textOf(page, "period-label")).toBe(label);
    expect(line?.split(label).length).toBe(2);
    await page.goto("/");
    await page.getByTestId("kpi-grid").waitFor();
  });

  it("lists the divisions in the court's own order", async () => {
    const { page } = office;
    const { from, to } = await shownPeriod(page);
    const panel = await getJson<Panel>(
      page.request,
      `/api/indicators?from=${from}&to=${to}&by=division&ids=closed`,
    );
    const expected = meta.divisionOrder.filter((d) => panel.groups.some((g) => g.key === d));
    expect(expected.length).toBeGreaterThan(3);
    await expect.poll(() => columnTexts(page, "group-table", "部门")).toEqual(expected);
    // The demo court's order is its own (民一庭 … 执行 … 人民法庭), not the pinyin order.
    expect(expected).not.toEqual([...expected].sort(new Intl.Collator("zh-CN").compare));
  });

  it("a click on a count opens its case list: the total equals the figure, page by page", async () => {
    const { page } = office;
    const shown = await textOf(page, "kpi-filed");
    await page.getByTestId("kpi-filed").click();
    await page.getByTestId("drill-modal").waitFor();
    await expect.poll(() => textOf(page, "drill-total")).toBe(shown);
    const total = Number(shown.replace(/,/g, ""));
    expect(total).toBeGreaterThan(20);
    await expect.poll(() => rowsOnPage(page)).toBe(20);
    await screenshot(page, "03-drill-down");

    // The last page holds the remainder: the rows across pages add up to the total.
    const pages = Math.ceil(total / 20);
    await page.locator(`.ant-modal .ant-pagination-item-${pages}`).click();
    await expect.poll(() => rowsOnPage(page)).toBe(total - 20 * (pages - 1));

    // Sorting is done by the server: the first row after sorting by 立案日期 descending is the latest.
    await page.locator(".ant-modal th", { hasText: "立案日期" }).click();
    await page.locator(".ant-modal th", { hasText: "立案日期" }).click();
    await expect.poll(() => rowsOnPage(page)).toBe(20);
    const { from, to } = await shownPeriod(page);
    const api = await getJson<{ total: number; rows: { caseNumber: string }[] }>(
      page.request,
      `/api/indicators/drill?indicator=filed&part=numerator&from=${from}&to=${to}&page=1&pageSize=20&sort=filed_on&order=desc`,
    );
    expect(api.total).toBe(total);
    await expect
      .poll(() => page.locator('[data-testid="drill-table-case-link"]').first().textContent())
      .toBe(api.rows[0]?.caseNumber);
    await closeDrill(page);
  });

  it("a ratio opens its denominator and numerator lists, each equal to its count", async () => {
    const { page } = office;
    const numerator = await textOf(page, "kpi-clearance_rate-numerator");
    const denominator = await textOf(page, "kpi-clearance_rate-denominator");
    await page.getByTestId("kpi-clearance_rate-denominator").click();
    await page.getByTestId("drill-modal").waitFor();
    await expect.poll(() => textOf(page, "drill-total")).toBe(denominator);
    await page.getByTestId("drill-part").getByText(/^分子/).click();
    await expect.poll(() => textOf(page, "drill-total")).toBe(numerator);
    await closeDrill(page);
  });

  it("a cell of the division table opens that division's list with the same total", async () => {
    const { page } = office;
    const { from, to } = await shownPeriod(page);
    const byDivision = await getJson<Panel>(
      page.request,
      `/api/indicators?from=${from}&to=${to}&by=division&ids=closed`,
    );
    const group = byDivision.groups.find((g) => (g.indicators.closed?.value ?? 0) > 0);
    expect(group).toBeDefined();
    const cell = page.getByTestId(`cell-${group?.key}-closed`);
    await expect.poll(() => cell.textContent()).toBe(formatCount(group?.indicators.closed?.value ?? null));
    await cell.click();
    await page.getByTestId("drill-modal").waitFor();
    await expect
      .poll(() => textOf(page, "drill-total"))
      .toBe(formatCount(group?.indicators.closed?.value ?? null));
    // Every row of the list belongs to that division.
    const divisions = await columnTexts(page, "drill-table", "承办部门");
    expect(divisions.length).toBeGreaterThan(0);
    expect(new Set(divisions)).toEqual(new Set([group?.key]));
    await closeDrill(page);
  });

  it("exports the table and a case list as .xlsx", async () => {
    const { page } = office;
    const [table] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("table-export").click(),
    ]);
    expect(table.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByTestId("kpi-closed").click();
    await page.getByTestId("drill-modal").waitFor();
    await expect.poll(() => textOf(page, "drill-total")).not.toBe("…");
    const [list] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("drill-export-all").click(),
    ]);
    expect(list.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await list.path();
    expect(path).toBeTruthy();
    await closeDrill(page);
  });

  it("a division chief sees their division's figures, equal to the API's", async () => {
    const chief = await openSession(e2e);
    await apiSignIn(chief.context.request, e2e, "demo-chief-2");
    await chief.page.goto("/");
    await chief.page.getByTestId("kpi-grid").waitFor();
    await expectKpisEqualApi(chief.page);
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });

  it("六源治理 groups figures by source; 执源's first-enforcement count opens a list of that many cases", async () => {
    const { page } = office;
    await page.getByTestId("nav-menu").getByText("六源治理").click();
    await page.getByTestId("six-sources").waitFor();
    // 腐源 is named and said not to be case data.
    await expect.poll(() => textOf(page, "source-fu")).toContain("不属于案件数据");
    const card = page.getByTestId("source-zhi").getByTestId("kpi-enforcement_first_filed");
    await expect.poll(async () => ((await card.textContent()) ?? "").trim()).toMatch(/\d/);
    const shown = ((await card.textContent()) ?? "").trim();
    expect(Number(shown.replace(/,/g, ""))).toBeGreaterThan(0);
    await card.click();
    await page.getByTestId("drill-modal").waitFor();
    await expect.poll(() => textOf(page, "drill-total")).toBe(shown);
    await closeDrill(page);
  });

  it("fits a 1920×1080 wall screen", async () => {
    const wall = await openSession(e2e, WALL);
    await apiSignIn(wall.context.request, e2e, "demo-president");
    await wall.page.goto("/");
    await wall.page.getByTestId("kpi-grid").waitFor();
    await wall.page.getByTestId("trend-chart").waitFor();
    await wall.page.waitForLoadState("networkidle");
    await screenshot(wall.page, "02-dashboard-1920");
    // No horizontal scrolling of the page itself.
    const overflow = await wall.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(wall.errors).toEqual([]);
    await wall.context.close();
  });
});
