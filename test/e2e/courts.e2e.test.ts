/**
 * The court picker in a real browser, on a multi-court demo (内0602, 内0603 and their 中院 内06): the
 * 中院's 审管办 sees the picker with its three courts; picking 内0603 turns every KPI figure into
 * that court's (exactly the API's figures for court=内0603, which differ from all courts'); the
 * grouping 法院 lists the courts by name; a basic court's office sees no picker. The 审限与长期未结通报
 * page has the same picker: 内0602's bulletin shows exactly the API's figures for court=内0602.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCount, formatValue } from "../../web/src/shared/format.js";
import {
  type E2E,
  getJson,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface Panel {
  groups: { key: string; name?: string; indicators: Record<string, { value: number | null }> }[];
}

let e2e: E2E;
let office: Session;

beforeAll(async () => {
  e2e = await startE2E({ courts: ["内0602", "内0603", "内06"], cases: 300 });
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-06-office");
});

afterAll(async () => {
  await e2e?.close();
});

async function period(page: Page): Promise<{ from: string; to: string }> {
  const el = page.getByTestId("dashboard-period");
  return { from: (await el.getAttribute("data-from")) ?? "", to: (await el.getAttribute("data-to")) ?? "" };
}

async function filedFigure(page: Page, court?: string): Promise<string> {
  const { from, to } = await period(page);
  const panel = await getJson<Panel>(
    page.request,
    `/api/indicators?from=${from}&to=${to}&by=all&ids=filed${court ? `&court=${encodeURIComponent(court)}` : ""}`,
  );
  return formatValue(panel.groups[0]?.indicators.filed?.value ?? null, "件");
}

describe("法院选择（多法院）", () => {
  it("the 中院's office picks 内0603 and every figure becomes that court's", async () => {
    const { page, errors } = office;
    await page.getByTestId("kpi-grid").waitFor();
    const all = await filedFigure(page);
    const one = await filedFigure(page, "内0603");
    expect(one).not.toBe(all);
    await expect.poll(() => textOf(page, "kpi-filed")).toBe(all);

    await page.getByTestId("unit-court").click();
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect
      .poll(() => options.allTextContents())
      .toEqual([
        "全部可见法院",
        "内蒙古自治区鄂尔多斯市中级人民法院",
        "鄂尔多斯市东胜区人民法院",
        "鄂尔多斯康巴什区人民法院",
      ]);
    await options.filter({ hasText: "鄂尔多斯康巴什区人民法院" }).click();
    await expect.poll(() => textOf(page, "kpi-filed"), { timeout: 10_000 }).toBe(one);
    expect(new URL(page.url()).searchParams.get("court")).toBe("内0603");
    await screenshot(page, "courts-picker");
    expect(errors).toEqual([]);
  });

  it("groups by 法院 under 全部可见法院, naming the courts", async () => {
    const { page } = office;
    await page.goto("/?by=court");
    await page.getByTestId("kpi-grid").waitFor();
    const table = page.getByTestId("table-grouping");
    await expect.poll(() => table.getByText("法院", { exact: true }).count()).toBe(1);
    const body = page.locator(".ant-table-tbody");
    await expect.poll(() => body.getByText("鄂尔多斯市东胜区人民法院", { exact: true }).count()).toBe(1);
    expect(await body.getByText("鄂尔多斯康巴什区人民法院", { exact: true }).count()).toBe(1);
  });

  it("shows a basic court's office no court picker", async () => {
    const basic = await openSession(e2e);
    await signIn(basic.page, e2e, "demo-0602-office");
    await basic.page.getByTestId("kpi-grid").waitFor();
    expect(await basic.page.getByTestId("unit-court").count()).toBe(0);
    await basic.context.close();
  });

  it("makes the 审限与长期未结通报 of one court", async () => {
    const { page, errors } = office;
    await page.goto("/bulletins");
    await page.getByTestId("bulletin-headlines").waitFor();
    const month = (await page.getByTestId("bulletin-month").inputValue()).replace(
      /^(\d{4})年(\d{1,2})月$/,
      (_, y, m) => `${y}-${String(m).padStart(2, "0")}`,
    );
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    type Summary = { headlines: { id: string; thisMonth: number }[] };
    const all = await getJson<Summary>(page.request, `/api/bulletins/${month}`);
    const one = await getJson<Summary>(
      page.request,
      `/api/bulletins/${month}?court=${encodeURIComponent("内0602")}`,
    );
    // A headline whose figure differs between 内0602 and all courts (the page shows it for both).
    const of = (s: Summary, id: string) => formatCount(s.headlines.find((h) => h.id === id)?.thisMonth ?? -1);
    const id = one.headlines.find((h) => of(one, h.id) !== of(all, h.id))?.id as string;
    expect(id).toBeDefined();
    await expect.poll(() => textOf(page, `bulletin-${id}`)).toBe(of(all, id));

    await page.getByTestId("bulletin-court").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: "鄂尔多斯市东胜区人民法院" })
      .click();
    await expect.poll(() => textOf(page, `bulletin-${id}`)).toBe(of(one, id));
    expect(new URL(page.url()).searchParams.get("court")).toBe("内0602");
    expect(errors).toEqual([]);
  });
});
