/**
 * 工作量与分案 in a real browser, on the demo court: a chief opens the weighted workload table (the
 * figures the API gives for their division, this year to date), opens a judge's 业绩档案 from it,
 * then records 按建议分案 on a recent pending case — the suggested judge shown is the API's, and the
 * decision is stored with it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, type TestApp } from "../helpers/app.js";
import {
  columnTexts,
  type E2E,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface WorkloadBody {
  from: string;
  to: string;
  judges: { division: string; judge: string; counts: { received: number }; weighted: { received: number } }[];
}

let e2e: E2E;
let chief: Session;
let chiefApi: ApiClient;
let chiefAccount: TestApp["accounts"][number];

beforeAll(async () => {
  e2e = await startE2E();
  chiefAccount = e2e.app.accounts.find((a) => a.role === "chief") as TestApp["accounts"][number];
  chief = await openSession(e2e);
  await signIn(chief.page, e2e, chiefAccount.username);
  chiefApi = new ApiClient(e2e.app.url);
  expect((await chiefApi.login(chiefAccount.username, chiefAccount.password)).status).toBe(200);
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe("workload", () => {
  it("a chief sees their division's weighted workload, as the API computes it", async () => {
    const { page } = chief;
    await page.goto("/workload");
    await page.getByTestId("workload-table").locator("tbody tr.ant-table-row").first().waitFor();
    const meta = (await (await chiefApi.get("/api/meta")).json()) as { today: string };
    const year = meta.today.slice(0, 4);
    const api = (await (
      await chiefApi.get(`/api/workload?from=${year}-01-01&to=${meta.today}`)
    ).json()) as WorkloadBody;
    expect(api.judges.length).toBeGreaterThan(1);
    expect(new Set(api.judges.map((j) => j.division))).toEqual(new Set([chiefAccount.division]));
    const judges = await columnTexts(page, "workload-table", "法官");
    expect(judges).toEqual(api.judges.map((j) => j.judge));
    // "12.4（20 件）": the weighted figure, then the count.
    const received = (await columnTexts(page, "workload-table", "新收（加权）")).map((t) =>
      t.replace(/\s/g, ""),
    );
    expect(received).toEqual(
      api.judges.map((j) => `${Math.round(j.weighted.received * 100) / 100}（${j.counts.received}件）`),
    );
    await screenshot(page, "workload-table");
    expect(chief.errors).toEqual([]);
  });

  it("opens a judge's record from the table", async () => {
    const { page } = chief;
    const first = page.getByTestId("workload-table").locator("tbody tr.ant-table-row").first().locator("a");
    const name = ((await first.textContent()) ?? "").trim();
    await first.click();
    await page.waitForURL((u) => u.pathname.startsWith("/judges/"));
    await page.getByTestId("record-workload").waitFor();
    expect(await textOf(page, "record-title")).toContain(`${name} 业绩档案`);
    const indicators = await columnTexts(page, "record-indicators", "指标");
    expect(indicators.length).toBeGreaterThan(10);
    await screenshot(page, "judge-record");
    expect(chief.errors).toEqual([]);
  });

  it("records 按建议分案 on a recent pending case, with the suggestion the API gives", async () => {
    const { page } = chief;
    await page.goto("/workload?tab=assignment");
    const list = (await (await chiefApi.get("/api/assignment-suggestions/cases")).json()) as {
      rows: { caseId: number; caseNumber: string; decided: boolean }[];
    };
    // The demo seeder decided some; the newest are left for the chief.
    expect(list.rows.some((r) => r.decided)).toBe(true);
    const open = list.rows.find((r) => !r.decided);
    if (!open) throw new Error("no undecided recent case in the chief's division");
    const before = (await (await chiefApi.get(`/api/cases/${open.caseId}/assignment-suggestion`)).json()) as {
      suggested: string;
      actions: string[];
    };
    expect(before.actions).toContain("follow");
    await page.getByTestId(`suggest-${open.caseId}`).click();
    await page.getByTestId("assignment-panel").waitFor();
    expect(await textOf(page, "suggested-judge")).toBe(before.suggested);
    await screenshot(page, "assignment-suggestion");
    await page.getByTestId("assign-follow").click();
    await page.getByTestId("decision-recorded").waitFor();
    expect(await textOf(page, "decision-recorded")).toContain(`已按建议分案：${before.suggested}`);
    const after = (await (await chiefApi.get(`/api/cases/${open.caseId}/assignment-suggestion`)).json()) as {
      decision: { followed: boolean; assignedJudge: string; decidedBy: string } | null;
      actions: string[];
    };
    expect(after.decision).toMatchObject({
      followed: true,
      assignedJudge: before.suggested,
      decidedBy: chiefAccount.username,
    });
    expect(after.actions).toEqual([]);
    expect(chief.errors).toEqual([]);
  });

  it("the office's bad weight is refused with its row named, and nothing is stored", async () => {
    const office = await openSession(e2e);
    await signIn(office.page, e2e, "demo-office");
    const { page } = office;
    await page.goto("/workload?tab=weights");
    const input = page.locator("[data-testid=weight-0] input, input[data-testid=weight-0]").first();
    await input.fill("0");
    await page.getByTestId("weights-save").click();
    await page.getByTestId("weights-error").waitFor();
    expect(await textOf(page, "weights-error")).toContain(
      "第 1 行（民初 普通程序）：权重应大于 0 且不超过 10",
    );
    const api = new ApiClient(e2e.app.url);
    const a = e2e.app.accounts.find((x) => x.username === "demo-office");
    expect((await api.login(a?.username ?? "", a?.password ?? "")).status).toBe(200);
    const weights = (await (await api.get("/api/workload/weights")).json()) as {
      isDefault: boolean;
      rows: { weight: number }[];
    };
    expect(weights.isDefault).toBe(true);
    expect(weights.rows[0]?.weight).toBe(1);
    expect(office.errors).toEqual([]);
    await office.context.close();
  });
});
