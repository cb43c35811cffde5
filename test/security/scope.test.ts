/**
 * Scope without leaks, over HTTP on a demo court: an alert shows another case (withdraw-and-refile
 * names the withdrawn one) only to a reader who may open that case; an upload's token is its
 * uploader's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, startTestApp, type TestApp } from "../helpers/app.js";

let app: TestApp;
let office: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ buildWeb: false, cases: 12_000, years: 2 });
  office = new ApiClient(app.url);
  const a = app.accounts.find((x) => x.role === "office") as { username: string; password: string };
  expect((await office.login(a.username, a.password)).status).toBe(200);
}, 180_000);
afterAll(async () => {
  await app?.close();
});

interface Row {
  id: number;
  caseNumber: string;
  reason: string;
  key: string;
  facts: Record<string, unknown>;
}

async function refileAlerts(c: ApiClient): Promise<Row[]> {
  const res = await c.get("/api/alerts?rule=concealed-overrun.withdraw-refile&pageSize=1000");
  expect(res.status).toBe(200);
  return ((await res.json()) as { rows: Row[] }).rows;
}

describe("an alert naming another case", () => {
  it("shows the withdrawn case only to a reader who may open it; others learn that it exists", async () => {
    const full = new Map((await refileAlerts(office)).map((r) => [r.id, r]));
    expect(full.size).toBeGreaterThan(0);
    let hidden = 0;
    let shown = 0;
    for (const account of app.accounts.filter((a) => a.role === "chief" || a.role === "judge")) {
      const c = new ApiClient(app.url);
      expect((await c.login(account.username, account.password)).status).toBe(200);
      for (const row of await refileAlerts(c)) {
        const whole = full.get(row.id) as Row;
        const earlier = String(whole.facts.earlierCaseNumber);
        const mayOpen =
          whole.facts.earlierDivision === account.division &&
          (account.role === "chief" || whole.facts.earlierJudge === account.judgeName);
        // What the case page says about the earlier case agrees with the alert.
        const earlierId = await caseIdOf(earlier);
        expect((await c.get(`/api/cases/${earlierId}`)).status).toBe(mayOpen ? 200 : 403);
        if (mayOpen) {
          shown++;
          expect(row.reason).toBe(whole.reason);
        } else {
          hidden++;
          const text = JSON.stringify(row);
          for (const secret of [
            earlier,
            String(whole.facts.earlierClosedOn),
            String(whole.facts.earlierJudge),
          ])
            expect(text, `${account.username} ${row.caseNumber}`).not.toContain(secret);
          expect(row.reason).toContain("该案不在您的查看范围内，如需了解请联系审判管理办公室");
        }
      }
    }
    // The demo court has both kinds among its division chiefs' and judges' alerts.
    expect(hidden).toBeGreaterThan(0);
    expect(shown + hidden).toBeGreaterThan(0);
  }, 120_000);
});

const ids = new Map<string, number>();
async function caseIdOf(caseNumber: string): Promise<number> {
  const known = ids.get(caseNumber);
  if (known !== undefined) return known;
  const res = await office.get(`/api/cases?q=${encodeURIComponent(caseNumber)}&pageSize=5`);
  const rows = ((await res.json()) as { rows: { id: number; caseNumber: string }[] }).rows;
  const hit = rows.find((r) => r.caseNumber === caseNumber);
  if (!hit) throw new Error(`no case ${caseNumber}`);
  ids.set(caseNumber, hit.id);
  return hit.id;
}

describe("an upload's token", () => {
  it("commits only for the user who uploaded", async () => {
    const clerkAccount = app.accounts.find((a) => a.role === "clerk") as {
      username: string;
      password: string;
    };
    const clerk = new ApiClient(app.url);
    await clerk.login(clerkAccount.username, clerkAccount.password);
    const division = app.accounts.find((a) => a.role === "judge")?.division as string;
    const form = new FormData();
    const csv = `案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式\n（2026）内0602民初90201号,民间借贷纠纷,2026-11-02,简易程序,${division},王某,,\n`;
    form.append("files", new Blob([csv], { type: "text/csv" }), "cases.csv");
    const { token } = (await (await clerk.post("/api/imports/validate", form)).json()) as { token: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{10,}$/);
    // The office may import, but not the clerk's upload.
    expect((await office.post(`/api/imports/${token}/commit`)).status).toBe(404);
    // The clerk's upload is still there for the clerk.
    expect((await clerk.post(`/api/imports/${token}/commit`)).status).toBe(200);
  });
});
