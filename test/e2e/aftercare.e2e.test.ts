/**
 * 判后释明与督促履行 in a real browser, on the demo court: a demo judge opens 判后, records the
 * 释明 of one of their pending judgments (the row turns 已释明), then on 督促履行 records the outcome
 * 全部履行 of one of their pending 督促 tasks (the row shows 已登记结果 and 全部履行); both read back
 * through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/app.js";
import { account, type E2E, openSession, type Session, screenshot, signIn, startE2E } from "./support.js";

interface Task {
  caseId: number;
  caseNumber: string;
  closedOn: string;
  effectiveOn?: string;
  state: string;
}

let e2e: E2E;
let judge: Session;
let officeApi: ApiClient;
let judgeUser = "";
let explanation: Task;
let performance: Task;

async function firstPending(kind: "explanations" | "performance", division: string, judgeName: string) {
  const q = new URLSearchParams({ division, judge: judgeName, state: "pending", pageSize: "1" });
  const body = (await (await officeApi.get(`/api/aftercare/${kind}?${q}`)).json()) as { rows: Task[] };
  return body.rows[0];
}

beforeAll(async () => {
  e2e = await startE2E();
  officeApi = new ApiClient(e2e.app.url);
  const a = account(e2e.app, "demo-office");
  expect((await officeApi.login(a.username, a.password)).status).toBe(200);
  for (const j of e2e.app.accounts.filter((x) => x.role === "judge" && x.judgeName && x.division)) {
    const ex = await firstPending("explanations", j.division as string, j.judgeName as string);
    const pf = await firstPending("performance", j.division as string, j.judgeName as string);
    if (ex && pf) {
      judgeUser = j.username;
      explanation = ex;
      performance = pf;
      break;
    }
  }
  expect(judgeUser, "a demo judge has a pending 释明 and a pending 督促 task").not.toBe("");
  judge = await openSession(e2e);
  await signIn(judge.page, e2e, judgeUser);
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe("判后释明与督促履行 (e2e)", () => {
  it("the judge records a 释明", async () => {
    const { page } = judge;
    await page.goto("/aftercare");
    await page.getByTestId("aftercare-from").fill("");
    await page.getByTestId("aftercare-case-number").locator("input").fill(explanation.caseNumber);
    await page.getByTestId("aftercare-case-number").locator("input").press("Enter");
    // The search has answered: the one row left is the case's.
    await expect
      .poll(() => page.getByTestId("aftercare-explanations").locator("tbody tr.ant-table-row").count())
      .toBe(1);
    await page.getByTestId(`aftercare-explain-${explanation.caseId}`).click();
    await page.getByTestId("aftercare-explain-date").fill(explanation.closedOn);
    // Click the label once the dialog has settled (a forced check during its opening animation may miss).
    await page.getByRole("dialog").getByText("电话", { exact: true }).click();
    await expect.poll(() => page.getByRole("radio", { name: "电话", exact: true }).isChecked()).toBe(true);
    await page.getByTestId("aftercare-explain-note").fill("告知上诉期限及不履行判决的法律后果");
    await page.getByTestId("aftercare-explain-guidance").fill("（2024）内0602民初88号");
    await page.getByTestId("aftercare-explain-save").click();
    await expect
      .poll(() => page.getByTestId(`aftercare-explain-state-${explanation.caseId}`).textContent())
      .toBe("已释明");
    await screenshot(page, "aftercare-explanation");
    const q = new URLSearchParams({ caseNumber: explanation.caseNumber });
    const back = (await (await officeApi.get(`/api/aftercare/explanations?${q}`)).json()) as {
      rows: { caseId: number; explanation: { way: string; riskNote: string; guidance: string } | null }[];
    };
    expect(back.rows.find((r) => r.caseId === explanation.caseId)?.explanation).toMatchObject({
      way: "电话",
      riskNote: "告知上诉期限及不履行判决的法律后果",
      guidance: "（2024）内0602民初88号",
    });
    expect(judge.errors).toEqual([]);
  });

  it("the judge records a 督促 outcome", async () => {
    const { page } = judge;
    await page.getByRole("tab", { name: "督促履行" }).click();
    await page.getByTestId("aftercare-case-number").locator("input").fill(performance.caseNumber);
    await page.getByTestId("aftercare-case-number").locator("input").press("Enter");
    await expect
      .poll(() => page.getByTestId("aftercare-performance").locator("tbody tr.ant-table-row").count())
      .toBe(1);
    await page.getByTestId(`aftercare-outcome-${performance.caseId}`).click();
    await page.getByTestId("aftercare-outcome-date").fill(performance.effectiveOn as string);
    await page.getByRole("dialog").getByText("全部履行", { exact: true }).click();
    await expect
      .poll(() => page.getByRole("radio", { name: "全部履行", exact: true }).isChecked())
      .toBe(true);
    await page.getByTestId("aftercare-outcome-save").click();
    await expect
      .poll(() => page.getByTestId(`aftercare-perf-outcome-${performance.caseId}`).textContent())
      .toBe("全部履行");
    await expect
      .poll(() => page.getByTestId(`aftercare-perf-state-${performance.caseId}`).textContent())
      .toBe("已登记结果");
    await screenshot(page, "aftercare-performance");
    const back = (await (await officeApi.get(`/api/aftercare/performance/${performance.caseId}`)).json()) as {
      task: { state: string; outcome: string; recorded: { outcome: string } | null };
    };
    expect(back.task).toMatchObject({
      state: "done",
      outcome: "全部履行",
      recorded: { outcome: "全部履行" },
    });
    expect(judge.errors).toEqual([]);
  });
});
