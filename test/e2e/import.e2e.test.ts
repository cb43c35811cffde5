/**
 * 数据导入 in a real browser, as the clerk who does it: a file with a wrong date is rejected with
 * its sheet, row and column, nothing changes and there is no 确认导入; a good file is validated,
 * confirmed and counted; re-importing it with a changed case shows every change old → new before
 * the commit.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIRequestContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiSignIn,
  type E2E,
  getJson,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

const CASE_HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式";
const EVENT_HEADER = "案号,事项,原因,开始日期,结束日期,期限,新程序,批准人,说明";

let e2e: E2E;
let clerk: Session;
let officeApi: APIRequestContext;
let officeSession: Session;
let dir: string;
let division: string;
let judge: string;

beforeAll(async () => {
  e2e = await startE2E();
  dir = mkdtempSync(join(tmpdir(), "shenguan-e2e-import-"));
  officeSession = await openSession(e2e);
  officeApi = officeSession.context.request;
  await apiSignIn(officeApi, e2e, "demo-office");
  const meta = await getJson<{ divisions: { name: string; judges: string[] }[] }>(officeApi, "/api/meta");
  const civil = meta.divisions.find((d) => d.name.startsWith("民事")) ?? meta.divisions[0];
  division = civil?.name ?? "";
  judge = civil?.judges[0] ?? "";
  clerk = await openSession(e2e);
  await signIn(clerk.page, e2e, "demo-clerk");
});

afterAll(async () => {
  await e2e?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function storedCase(no: string) {
  const r = await getJson<{ rows: { caseNumber: string; judge: string; closedOn: string | null }[] }>(
    officeApi,
    `/api/cases?q=${encodeURIComponent(no)}`,
  );
  return r.rows.find((c) => c.caseNumber === no);
}

async function caseCount(): Promise<number> {
  return (await getJson<{ total: number }>(officeApi, "/api/cases?pageSize=1")).total;
}

/** Writes `sub/name` (court exports come as cases.csv + events.csv, so each test has its own folder). */
function writeCsv(sub: string, name: string, lines: string[]): string {
  mkdirSync(join(dir, sub), { recursive: true });
  const path = join(dir, sub, name);
  writeFileSync(path, `${lines.join("\r\n")}\r\n`, "utf8");
  return path;
}

describe("数据导入", () => {
  it("a wrong date is reported by sheet, row and column; nothing is written; no 确认导入", async () => {
    const { page, errors } = clerk;
    const before = await caseCount();
    const cases = writeCsv("bad", "cases.csv", [
      CASE_HEADER,
      `（2026）内0602民初90001号,民间借贷纠纷,2026-11-02,简易程序,${division},${judge},,`,
      `（2026）内0602民初90002号,民间借贷纠纷,2026-13-45,简易程序,${division},${judge},,`,
    ]);
    const events = writeCsv("bad", "events.csv", [EVENT_HEADER]);

    await page.goto("/import");
    await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles([cases, events]);
    await page.getByTestId("import-validate").click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    expect(Number(await report.getAttribute("data-errors"))).toBe(1);

    // The issue row: 工作表 / 行 / 列 / 值 / 问题 — the header is row 1, so the second case is row 3.
    const row = page.locator('[data-testid="import-issues"] tbody tr.ant-table-row', {
      hasText: "2026-13-45",
    });
    await row.waitFor();
    const cells = (await row.locator("td").allTextContents()).map((t) => t.trim());
    expect(cells[0]).toBe("错误");
    expect(cells[1]).toContain("cases");
    expect(cells[2]).toBe("3");
    expect(cells[3]).toBe("立案日期");
    expect(cells[4]).toBe("2026-13-45");
    expect(cells[5]?.length).toBeGreaterThan(0);
    expect(await textOf(page, "import-summary")).toContain("校验未通过");

    expect(await page.getByTestId("import-commit").count()).toBe(0);
    await screenshot(page, "10-import-errors");
    expect(await caseCount()).toBe(before);
    expect(errors).toEqual([]);
  });

  it("a good file is validated, confirmed and counted", async () => {
    const { page, errors } = clerk;
    const before = await caseCount();
    const cases = writeCsv("good", "cases.csv", [
      CASE_HEADER,
      `（2026）内0602民初90011号,民间借贷纠纷,2026-11-02,简易程序,${division},${judge},,`,
      `（2026）内0602民初90012号,买卖合同纠纷,2026-11-03,普通程序,${division},${judge},,`,
    ]);
    const events = writeCsv("good", "events.csv", [
      EVENT_HEADER,
      "（2026）内0602民初90012号,扣除审限,鉴定,2026-11-10,,,,,委托鉴定",
    ]);

    await page.goto("/import");
    await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles([cases, events]);
    await page.getByTestId("import-validate").click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    expect(Number(await report.getAttribute("data-errors"))).toBe(0);
    // Validation is a dry run.
    expect(await caseCount()).toBe(before);

    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-result").waitFor();
    await expect.poll(() => textOf(page, "import-result")).toContain("导入完成");
    expect(await caseCount()).toBe(before + 2);
    // The import history shows it, newest first.
    await expect
      .poll(() => page.locator('[data-testid="import-history"] tbody tr.ant-table-row').first().textContent())
      .toContain("cases.csv");
    await screenshot(page, "11-import-done");
    expect(errors).toEqual([]);
  });

  it("a re-import shows each stored case it changes, old → new, before 确认导入", async () => {
    const { page, errors } = clerk;
    const n11 = "（2026）内0602民初90011号";
    const n12 = "（2026）内0602民初90012号";
    // 90011 (stored by the previous test: pending, the division's first judge) is now closed by 调解 on
    // 2026-11-20 under another judge; 90012 gets a 中止诉讼; the rest of the file is as stored.
    const cases = writeCsv("again", "cases.csv", [
      CASE_HEADER,
      `${n11},民间借贷纠纷,2026-11-02,简易程序,${division},王新法官,2026-11-20,调解`,
      `${n12},买卖合同纠纷,2026-11-03,普通程序,${division},${judge},,`,
    ]);
    const events = writeCsv("again", "events.csv", [
      EVENT_HEADER,
      `${n12},扣除审限,鉴定,2026-11-10,,,,,委托鉴定`,
      `${n12},中止诉讼,,2026-11-16,,,,,本案须以另一案审理结果为依据`,
    ]);

    await page.goto("/import");
    await page.locator('[data-testid="import-upload"] input[type=file]').setInputFiles([cases, events]);
    await page.getByTestId("import-validate").click();
    const list = page.getByTestId("import-changes");
    await list.waitFor();
    expect(await list.getAttribute("data-total")).toBe("2");
    expect(await list.textContent()).toContain("此文件将修改 2 件已存储的案件");

    const changesOf = async (no: string) =>
      page
        .locator(`[data-testid="import-changes"] tr[data-case="${no}"] [data-testid="import-change-field"]`)
        .evaluateAll((els) =>
          els.map((el) => [
            el.getAttribute("data-field"),
            el.querySelector('[data-testid="import-change-before"]')?.textContent,
            el.querySelector('[data-testid="import-change-after"]')?.textContent,
          ]),
        );
    expect(await changesOf(n11)).toEqual([
      ["承办人", judge, "王新法官"],
      ["结案日期", "（空）", "2026-11-20"],
      ["结案方式", "（空）", "调解"],
    ]);
    expect(await changesOf(n12)).toEqual([["新增审限变更", "—", "中止诉讼 2026-11-16 至 （未填结束日期）"]]);
    await screenshot(page, "12-import-changes");

    // Still a dry run: the stored case is as it was until 确认导入.
    expect(await storedCase(n11)).toMatchObject({ judge, closedOn: null });
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-result").waitFor();
    await expect.poll(() => textOf(page, "import-result")).toContain("本次导入修改了 2 件已存储的案件");
    expect(await storedCase(n11)).toMatchObject({ judge: "王新法官", closedOn: "2026-11-20" });
    expect(errors).toEqual([]);
  });
});
