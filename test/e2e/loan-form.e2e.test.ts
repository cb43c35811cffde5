/**
 * 要素式审判 (民间借贷要素表) in a real browser, on the demo court: a demo judge opens a 民间借贷纠纷
 * case of theirs, enters the form (借条 100,000 元, 90,000 元 delivered on 2023-03-01, "月息2分"),
 * 试算 shows the principal recognised (90,000 元, 第二十六条) and the cap (4 × 3.65 % = 14.6 %, the LPR
 * of 2023-02-20); 保存 stores version n + 1; a repayment is added and saved again; the export
 * downloads and opens (read back: the form's elements and the figures). A seeded demo form shows its
 * result to the division's chief, who may not change it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/app.js";
import {
  account,
  type E2E,
  openSession,
  SCREENSHOTS,
  type Session,
  screenshot,
  signIn,
  startE2E,
} from "./support.js";

let e2e: E2E;
let judge: Session;
let judgeApi: ApiClient;
let judgeUser = "";
let caseId = 0;
let startVersion = 0;
let seeded: { caseId: number; division: string } | undefined;

beforeAll(async () => {
  e2e = await startE2E();
  const db = e2e.app.db.db;
  const loanCases = await db
    .selectFrom("cases")
    .leftJoin("loan_forms", "loan_forms.case_id", "cases.id")
    .select(["cases.id", "cases.judge", "cases.division", "loan_forms.version"])
    .where("cases.cause", "=", "民间借贷纠纷")
    .where("cases.type_code", "=", "民初")
    .orderBy("cases.id")
    .execute();
  const judgeOf = (r: { judge: string; division: string }) =>
    e2e.app.accounts.find((a) => a.role === "judge" && a.judgeName === r.judge && a.division === r.division);
  // A case of a demo judge without a form, else any of theirs.
  const pick = loanCases.find((r) => judgeOf(r) && r.version === null) ?? loanCases.find((r) => judgeOf(r));
  expect(pick, "the demo court has a 民间借贷纠纷 case of a demo judge").toBeDefined();
  caseId = Number(pick?.id);
  judgeUser = judgeOf(pick as { judge: string; division: string })?.username ?? "";
  startVersion = Number(pick?.version ?? 0);
  const withForm = loanCases.find(
    (r) =>
      r.version !== null && e2e.app.accounts.some((a) => a.role === "chief" && a.division === r.division),
  );
  if (withForm) seeded = { caseId: Number(withForm.id), division: withForm.division };
  judge = await openSession(e2e);
  await signIn(judge.page, e2e, judgeUser);
  judgeApi = new ApiClient(e2e.app.url);
  const a = account(e2e.app, judgeUser);
  expect((await judgeApi.login(a.username, a.password)).status).toBe(200);
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

/** The input behind a data-testid (AntD puts it on the input or on its wrapper). */
function input(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

describe("民间借贷要素表 (e2e)", () => {
  it("the judge enters the form; 试算 shows the principal delivered and the cap", async () => {
    const { page } = judge;
    await page.goto(`/cases/${caseId}`);
    const card = page.getByTestId("loan-form-card");
    await card.getByTestId("loan-form").waitFor();
    await input(page, "loan-contract-date").fill("2023-03-01");
    await input(page, "loan-principal-stated").fill("100000");
    // Whatever a seeded form had: one delivery, no repayments.
    while ((await page.getByTestId("loan-repayments-row").count()) > 0)
      await page.getByTestId("loan-repayments-row").first().getByRole("button", { name: "删除" }).click();
    while ((await page.getByTestId("loan-deliveries-row").count()) > 0)
      await page.getByTestId("loan-deliveries-row").first().getByRole("button", { name: "删除" }).click();
    await page.getByTestId("loan-deliveries-add").click();
    await input(page, "loan-deliveries-date").fill("2023-03-01");
    await input(page, "loan-deliveries-amount").fill("90000");
    await input(page, "loan-term-end").fill("2024-02-29");
    await input(page, "loan-agreed-rate").fill("月息2分");
    await input(page, "loan-overdue-rate").fill("");
    await input(page, "loan-as-of").fill("2024-02-29");
    await page.getByTestId("loan-compute").click();
    // 第二十六条: the principal is what was delivered, 90,000 元; cap 4 × 3.65 % = 14.6 %.
    await expect
      .poll(async () => (await page.getByTestId("loan-result-principal").textContent())?.trim())
      .toBe("90,000.00 元");
    expect((await page.getByTestId("loan-result-cap").textContent())?.trim()).toBe("14.6%");
    expect(await page.getByTestId("loan-lines").textContent()).toContain("第二十六条");
    expect(await page.getByTestId("loan-paragraph").textContent()).toContain("本院认为");
    await screenshot(page, "loan-form-compute");
    await page.getByTestId("loan-form-card").screenshot({ path: join(SCREENSHOTS, "loan-form-card.png") });
  });

  it("保存 stores a new version; an added repayment is saved again", async () => {
    const { page } = judge;
    await page.getByTestId("loan-save").click();
    await expect
      .poll(async () => (await page.getByTestId("loan-form-saved").textContent())?.trim())
      .toContain(`第 ${startVersion + 1} 版`);
    await page.getByTestId("loan-repayments-add").click();
    await input(page, "loan-repayments-date").fill("2023-09-01");
    await input(page, "loan-repayments-amount").fill("5000");
    await page.getByTestId("loan-save").click();
    await expect
      .poll(async () => (await page.getByTestId("loan-form-saved").textContent())?.trim())
      .toContain(`第 ${startVersion + 2} 版`);
    const view = (await (await judgeApi.get(`/api/cases/${caseId}/loan-form`)).json()) as {
      version: number;
      form: { principalStated: number; agreedRate: string; deliveries: unknown[]; repayments: unknown[] };
    };
    expect(view.version).toBe(startVersion + 2);
    expect(view.form).toMatchObject({
      principalStated: 100000,
      agreedRate: "月息2分",
      deliveries: [{ date: "2023-03-01", amount: 90000 }],
      repayments: [{ date: "2023-09-01", amount: 5000 }],
    });
    expect(judge.errors).toEqual([]);
  });

  it("the export downloads and opens with the form and the figures", async () => {
    const { page } = judge;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("loan-export").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/民间借贷要素表-2024-02-29\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path()) as string) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["要素表", "计算结果", "计算过程", "说理"]);
    const elements: string[] = [];
    wb.getWorksheet("要素表")?.eachRow((row) => {
      elements.push(`${row.getCell(1).value}=${row.getCell(2).value}`);
    });
    expect(elements).toContain("约定借期内利率=月息2分");
    expect(elements).toContain("还款（日期、金额）=2023-09-01 5000.00元");
    const figures = wb.getWorksheet("计算结果");
    expect(figures?.getRow(3).getCell(2).value).toBe(90_000);
    expect(figures?.getRow(4).getCell(2).value).toBeCloseTo(0.146, 10);
    // 导出说理: the paragraph and the figures table as a Word document.
    const [word] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("loan-export-docx").click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/民间借贷利息计算-2024-02-29\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync((await word.path()) as string));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(text).toContain("本院认为");
    expect(text).toContain("支持年利率");
  });

  it("the demo court has its four filled forms, each computed", async () => {
    const office = new ApiClient(e2e.app.url);
    const a = account(e2e.app, "demo-office");
    expect((await office.login(a.username, a.password)).status).toBe(200);
    const rows = await e2e.app.db.db.selectFrom("loan_forms").select(["case_id", "form_json"]).execute();
    const seededForms = rows.filter((r) => Number(r.case_id) !== caseId);
    expect(seededForms.length).toBe(4);
    const byContract = new Map<string, { principalFen: number; capRate: number; notSupported: number }>();
    for (const r of seededForms) {
      const view = (await (await office.get(`/api/cases/${r.case_id}/loan-form?asOf=2026-11-27`)).json()) as {
        form: { contractDate: string };
        problem: string | null;
        result: { principalFen: number; capRate: number; interestNotSupportedFen: number } | null;
      };
      expect(view.problem).toBeNull();
      byContract.set(view.form.contractDate, {
        principalFen: view.result?.principalFen ?? -1,
        capRate: view.result?.capRate ?? -1,
        notSupported: view.result?.interestNotSupportedFen ?? -1,
      });
    }
    // 利息预先扣除: 借条 100,000 元, 90,000 元 delivered → principal 90,000 元 (第二十六条).
    expect(byContract.get("2023-03-01")?.principalFen).toBe(9_000_000);
    // "月息2分" = 24 % a year on a contract of 2022-01-15: cap 4 × 3.8 % (LPR of 2021-12-20) = 15.2 %;
    // the part above it is not supported.
    expect(byContract.get("2022-01-15")?.capRate).toBeCloseTo(0.152, 10);
    expect(byContract.get("2022-01-15")?.notSupported).toBeGreaterThan(0);
    // Two deliveries of 50,000 and 30,000 元 → principal 80,000 元.
    expect(byContract.get("2024-04-01")?.principalFen).toBe(8_000_000);
    // 2019: before 2020-08-20 (第三十一条).
    expect(byContract.get("2019-05-01")?.principalFen).toBe(20_000_000);
  });

  it("a seeded form shows its result to the division's chief, read-only", async () => {
    expect(seeded, "the demo court has a seeded form in a division with a demo chief").toBeDefined();
    if (!seeded) return;
    const chiefUser = e2e.app.accounts.find(
      (a) => a.role === "chief" && a.division === seeded?.division,
    )?.username;
    const chief = await openSession(e2e);
    await signIn(chief.page, e2e, chiefUser as string);
    await chief.page.goto(`/cases/${seeded.caseId}`);
    await chief.page.getByTestId("loan-result").waitFor();
    expect(await chief.page.getByTestId("loan-save").count()).toBe(0);
    expect((await chief.page.getByTestId("loan-result-principal").textContent())?.trim()).toMatch(/元$/);
    await screenshot(chief.page, "loan-form-chief");
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });
});
