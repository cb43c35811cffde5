/**
 * The 审限与长期未结通报 page in a real browser: the figures shown are the API's (this month and last
 * month, the court and each division in the court's order), the month picker and the list of
 * earlier months choose the month, the Word document and the workbook download; only those who may
 * read bulletins see the page.
 */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCount } from "../../web/src/shared/format.js";
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
} from "./support.js";

interface Summary {
  month: string;
  asOf: string;
  headlines: { id: string; name: string; thisMonth: number; lastMonth: number }[];
  divisions: { division: string; headlines: { id: string; thisMonth: number; lastMonth: number }[] }[];
}
interface Months {
  months: { month: string; inProgress: boolean }[];
}

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

/** Waits for the month's figures and compares every headline and every division with the API. */
async function expectFiguresEqualApi(page: Page, month: string): Promise<Summary> {
  const api = await getJson<Summary>(page.request, `/api/bulletins/${month}`);
  expect(api.headlines.length).toBe(8);
  for (const h of api.headlines) {
    await expect
      .poll(() => textOf(page, `bulletin-${h.id}`), { message: h.id })
      .toBe(formatCount(h.thisMonth));
    expect(await textOf(page, `bulletin-${h.id}-last`), h.id).toBe(formatCount(h.lastMonth));
  }
  // The divisions in the court's own order, as the API (and the files) list them.
  await expect
    .poll(() => columnTexts(page, "bulletin-divisions", "承办部门"))
    .toEqual(api.divisions.map((d) => d.division));
  const overdue = await columnTexts(page, "bulletin-divisions", "超审限未结");
  api.divisions.forEach((d, i) => {
    const f = d.headlines.find((x) => x.id === "overdue");
    expect(overdue[i]?.startsWith(formatCount(f?.thisMonth ?? null)), d.division).toBe(true);
  });
  return api;
}

describe("通报", () => {
  it("opens from the menu on the last whole month; its figures equal the API's", async () => {
    const { page, errors } = office;
    await page.getByTestId("nav-menu").getByText("审限通报").click();
    await page.getByTestId("page-bulletins").waitFor();
    const months = await getJson<Months>(page.request, "/api/bulletins");
    // Today is 2026-11-27: the list starts with November (in progress); the page opens on October.
    expect(months.months[0]).toEqual({ month: "2026-11", inProgress: true });
    const api = await expectFiguresEqualApi(page, "2026-10");
    expect(api.asOf).toBe("2026-10-31");
    // The demo court's divisions in its natural order: 民一 before 民二 before 民三.
    const shown = api.divisions.map((d) => d.division);
    const civil = shown.filter((d) => d.startsWith("民事审判"));
    expect(civil).toEqual(
      ["民事审判第一庭", "民事审判第二庭", "民事审判第三庭"].filter((d) => civil.includes(d)),
    );
    expect(civil.length).toBeGreaterThan(1);
    // Every earlier month is listed.
    for (const m of months.months) await page.getByTestId(`bulletin-month-${m.month}`).waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "13-bulletins");
    expect(errors).toEqual([]);
  });

  it("an earlier month from the list: its figures equal the API's", async () => {
    const { page } = office;
    await page.getByTestId("bulletin-month-2026-08").click();
    await page.waitForURL((u) => u.searchParams.get("month") === "2026-08");
    await expectFiguresEqualApi(page, "2026-08");
  });

  it("downloads the Word document and the workbook of the month shown", async () => {
    const { page } = office;
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("bulletin-docx").click(),
    ]);
    expect(docx.suggestedFilename()).toBe("鄂尔多斯市东胜区人民法院-2026-08-审限与长期未结通报.docx");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("bulletin-xlsx").click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("鄂尔多斯市东胜区人民法院-2026-08-审限与长期未结通报.xlsx");
    // The workbook's 全院合计 row holds the figures the page shows.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path()) as string);
    const sheet = wb.getWorksheet("汇总") as ExcelJS.Worksheet;
    let total: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "全院合计") total = row.values as unknown[];
    });
    expect(String(total[2])).toBe((await textOf(page, "bulletin-overdue")).replace(/,/g, ""));
  });

  it("is not offered to a division chief: no menu entry, and the address answers 403", async () => {
    const chief = await openSession(e2e);
    await apiSignIn(chief.context.request, e2e, "demo-chief-1");
    await chief.page.goto("/");
    await chief.page.getByTestId("nav-menu").waitFor();
    expect(await textOf(chief.page, "nav-menu")).not.toContain("审限通报");
    await chief.page.goto("/bulletins");
    await chief.page.getByTestId("page-403").waitFor();
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });
});

describe("本月新发现", () => {
  it("the bulletin's count of newly found alerts is the alert list's 本期新发现 for the month", async () => {
    const { page, errors } = office;
    const month = e2e.app.today.slice(0, 7);
    await page.goto(`/bulletins?month=${month}`);
    const summary = await getJson<
      Summary & { from: string; to: string; newlyFound: { byFamily: Record<string, number> } }
    >(page.request, `/api/bulletins/${month}`);
    const family = "time-limit";
    const count = summary.newlyFound.byFamily[family] ?? 0;
    // The demo court's alerts were all found by the detection at seeding, as of today.
    expect(count).toBeGreaterThan(0);
    const link = page.getByTestId(`bulletin-new-${family}`);
    await expect.poll(() => link.textContent()).toContain(formatCount(count));
    await link.click();
    await page.waitForURL(
      (u) => u.pathname === `/alerts/${family}` && u.searchParams.get("foundFrom") === summary.from,
    );
    await expect
      .poll(() => textOf(page, "alerts-total").then((t) => Number(t.replace(/,/g, ""))))
      .toBe(count);
    expect(await page.getByTestId("found-range").count()).toBe(1);
    // The same count from the list API with the filter.
    const list = await getJson<{ total: number }>(
      page.request,
      `/api/alerts?family=${family}&foundFrom=${summary.from}&foundTo=${summary.to}&pageSize=1`,
    );
    expect(list.total).toBe(count);
    expect(errors).toEqual([]);
  });
});
