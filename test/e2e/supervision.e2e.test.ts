/**
 * 四类案件 in a real browser, on the demo court (its seeder leaves matters in every state): the page's
 * tab counts equal the API's; the office confirms a candidate on its matter page; the division's
 * chief requests a progress report (a task for the judge); a judge cannot confirm — no button, and
 * the API answers 403 — while the case page tells the judge that the case is marked and why.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/app.js";
import {
  account,
  type E2E,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface Row {
  matterId: number;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  state: string;
}
interface List {
  total: number;
  rows: Row[];
}

let e2e: E2E;
let office: Session;
let officeApi: ApiClient;

async function api(username: string): Promise<ApiClient> {
  const c = new ApiClient(e2e.app.url);
  const a = account(e2e.app, username);
  expect((await c.login(a.username, a.password)).status).toBe(200);
  return c;
}

beforeAll(async () => {
  e2e = await startE2E();
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
  officeApi = await api("demo-office");
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

/** 提请标注 by the office on a pending case of a demo judge account; the candidate it makes. */
async function markCaseOfDemoJudge(): Promise<Row> {
  for (const a of e2e.app.accounts.filter((x) => x.role === "judge")) {
    const q = new URLSearchParams({
      status: "pending",
      judge: a.judgeName as string,
      division: a.division as string,
      pageSize: "50",
    });
    const cases = (await (await officeApi.get(`/api/cases?${q}`)).json()) as { rows: { id: number }[] };
    for (const c of cases.rows) {
      const s = (await (await officeApi.get(`/api/cases/${c.id}/supervision`)).json()) as {
        canMark: boolean;
        matters: unknown[];
      };
      if (!s.canMark || s.matters.length > 0) continue;
      const res = await officeApi.post(`/api/cases/${c.id}/supervision`, {
        category: 1,
        note: "本案涉及新类型法律适用问题，提请甄别",
      });
      expect(res.status).toBe(200);
      const m = (await res.json()) as { id: number; caseNumber: string | null };
      return {
        matterId: m.id,
        caseId: c.id,
        caseNumber: m.caseNumber,
        division: a.division as string,
        judge: a.judgeName as string,
        state: "candidate",
      };
    }
  }
  throw new Error("no pending case of a demo judge to mark");
}

describe("四类案件", () => {
  let confirmed: Row;

  it("the page's tab counts equal the API's; the office confirms a candidate", async () => {
    const { page, errors } = office;
    await page.goto("/supervision");
    await page.getByTestId("page-supervision").waitFor();
    const candidates = (await (await officeApi.get("/api/supervision/cases?tab=candidate")).json()) as List;
    expect(candidates.total).toBeGreaterThan(0);
    await expect.poll(() => textOf(page, "supervision-tab-candidate")).toBe(`待确认（${candidates.total}）`);
    await screenshot(page, "30-supervision");
    // A candidate whose judge has a demo account, so that the judge can answer below.
    const all = (await (
      await officeApi.get("/api/supervision/cases?tab=candidate&pageSize=1000")
    ).json()) as List;
    const withAccount = all.rows.find((r) =>
      e2e.app.accounts.some(
        (a) => a.role === "judge" && a.judgeName === r.judge && a.division === r.division,
      ),
    );
    // None found (the demo's identified candidates may all lie with judges without an account): the
    // office marks (提请标注) a pending case of a demo judge, which makes it a candidate.
    confirmed = (withAccount ?? (await markCaseOfDemoJudge())) as Row;
    if (candidates.rows.some((r) => r.matterId === confirmed.matterId))
      await page.getByTestId(`supervision-open-${confirmed.matterId}`).click();
    else await page.goto(`/matters/${confirmed.matterId}`);
    await page.getByTestId("page-matter").waitFor();
    await page.getByTestId("act-confirm").click();
    await page.getByTestId("field-note").fill("经审查符合四类案件情形，确认纳入监督管理");
    await page.getByTestId("act-submit").click();
    await expect.poll(() => textOf(page, "matter-state")).toBe("监管中");
    const m = (await (await officeApi.get(`/api/matters/${confirmed.matterId}`)).json()) as {
      state: string;
      trace: { action: string; by: string }[];
    };
    expect(m.state).toBe("supervised");
    expect(m.trace.at(-1)).toMatchObject({ action: "confirm", by: "demo-office" });
    expect(errors).toEqual([]);
  });

  it("the division's chief requests a progress report: a task for the case's judge", async () => {
    const chiefAccount = e2e.app.accounts.find(
      (a) => a.role === "chief" && a.division === confirmed.division,
    );
    expect(chiefAccount, confirmed.division).toBeDefined();
    const chief = await openSession(e2e);
    await signIn(chief.page, e2e, chiefAccount?.username as string);
    await chief.page.goto(`/matters/${confirmed.matterId}`);
    await chief.page.getByTestId("act-request-report").click();
    await chief.page.getByTestId("field-note").fill("请于一周内书面报告案件审理进展");
    await chief.page.getByTestId("act-submit").click();
    await expect
      .poll(async () => {
        const m = (await (await officeApi.get(`/api/matters/${confirmed.matterId}`)).json()) as {
          tasks: { title: string; state: string; assignee: string }[];
        };
        return m.tasks.filter((t) => t.state === "open").map((t) => t.title);
      })
      .toContain("按四类案件监管要求报告案件进展");
    await screenshot(chief.page, "31-supervision-matter");
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });

  it("the judge sees the task in 我的待办 and answers it; the case page shows the three steps in order", async () => {
    const judgeAccount = e2e.app.accounts.find(
      (a) => a.role === "judge" && a.judgeName === confirmed.judge && a.division === confirmed.division,
    );
    expect(judgeAccount, `${confirmed.division} ${confirmed.judge}`).toBeDefined();
    const judge = await openSession(e2e);
    const { page, errors } = judge;
    await signIn(page, e2e, judgeAccount?.username as string);
    await page.goto("/inbox");
    await page.getByTestId(`inbox-row-${confirmed.matterId}`).waitFor();
    await page.getByTestId(`inbox-matter-${confirmed.matterId}`).click();
    await page.getByTestId("page-matter").waitFor();
    await page.getByTestId("act-report").click();
    await page.getByTestId("field-note").fill("已于本周开庭审理，拟于月底前宣判");
    await page.getByTestId("act-submit").click();
    await expect
      .poll(async () => {
        const m = (await (await officeApi.get(`/api/matters/${confirmed.matterId}`)).json()) as {
          tasks: { title: string; state: string }[];
        };
        return m.tasks.filter((t) => t.state === "open").map((t) => t.title);
      })
      .not.toContain("按四类案件监管要求报告案件进展");

    await page.goto(`/cases/${confirmed.caseId}`);
    await page.getByTestId(`case-matter-${confirmed.matterId}`).waitFor();
    const trace = page.getByTestId(`case-matter-trace-${confirmed.matterId}`);
    // Identified by the rules (the system's step), then the three people's steps, in order.
    await expect
      .poll(async () =>
        (await trace.getByTestId("trace-label").allTextContents()).map((t) => t.trim()).slice(-3),
      )
      .toEqual(["确认", "要求报告进展", "报告办理情况"]);
    expect(errors).toEqual([]);
    await judge.context.close();
  });

  it("a judge cannot confirm: no button, and the API answers 403; the case page says why", async () => {
    const judgeAccount = e2e.app.accounts.find((a) => a.role === "judge") as { username: string };
    const judgeApi = await api(judgeAccount.username);
    const mine = (await (await judgeApi.get("/api/cases?status=pending&pageSize=200")).json()) as {
      rows: { id: number }[];
    };
    let target: { caseId: number; matterId: number } | undefined;
    for (const c of mine.rows) {
      const s = (await (await judgeApi.get(`/api/cases/${c.id}/supervision`)).json()) as {
        canMark: boolean;
        matters: { matterId: number; state: string }[];
      };
      const open = s.matters.find((m) => m.state === "candidate");
      if (open) target = { caseId: c.id, matterId: open.matterId };
      else if (s.canMark) {
        const res = await judgeApi.post(`/api/cases/${c.id}/supervision`, {
          category: 4,
          note: "当事人来信反映本案存在程序问题，提请甄别",
        });
        expect(res.status).toBe(200);
        target = { caseId: c.id, matterId: ((await res.json()) as { id: number }).id };
      }
      if (target) break;
    }
    expect(target).toBeDefined();
    const t = target as { caseId: number; matterId: number };
    const judge = await openSession(e2e);
    await signIn(judge.page, e2e, judgeAccount.username);
    await judge.page.goto(`/matters/${t.matterId}`);
    await expect.poll(() => textOf(judge.page, "matter-state")).toBe("待确认");
    expect(await judge.page.getByTestId("act-confirm").count()).toBe(0);
    const seen = (await (await judgeApi.get(`/api/matters/${t.matterId}`)).json()) as {
      version: number;
      actions: { action: string }[];
    };
    expect(seen.actions.map((x) => x.action)).not.toContain("confirm");
    const refused = await judgeApi.post(`/api/matters/${t.matterId}/act`, {
      action: "confirm",
      version: seen.version,
      input: { note: "法官自行确认纳入监管试试看看" },
    });
    expect(refused.status).toBe(403);
    await judge.page.goto(`/cases/${t.caseId}`);
    await expect.poll(() => textOf(judge.page, "case-supervision-state")).toBe("四类案件待确认");
    expect(judge.errors).toEqual([]);
    await judge.context.close();
  });
});
