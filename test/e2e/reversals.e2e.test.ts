/**
 * 发改案件 in a real browser, on the demo court: the office classifies a reversed case of a demo
 * judge in the register, convenes a 评析会 on it; the judge writes the 自评, the division's chief the
 * 讲评, the office the 点评 — the entry is 评析完毕; the minutes download and open (read back: the
 * three texts are in the document). A pending case whose 案由 has an adopted rule shows 类案指导.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/app.js";
import { account, type E2E, openSession, type Session, screenshot, signIn, startE2E } from "./support.js";

interface Entry {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  decidedOn: string | null;
  state: string;
}

let e2e: E2E;
let office: Session;
let officeApi: ApiClient;
let entry: Entry;
let judgeUser = "";
let chiefUser = "";
let meetingId = 0;

beforeAll(async () => {
  e2e = await startE2E();
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
  officeApi = new ApiClient(e2e.app.url);
  const a = account(e2e.app, "demo-office");
  expect((await officeApi.login(a.username, a.password)).status).toBe(200);
  // A reversed case of a demo judge whose division has a demo chief, not under objection; an
  // unclassified one first, so that 已分类 in the register can only come from this test's save.
  const list = (await (await officeApi.get("/api/reversals")).json()) as { rows: Entry[] };
  const candidates = [...list.rows].sort(
    (a, b) => Number(a.state !== "unclassified") - Number(b.state !== "unclassified"),
  );
  for (const r of candidates) {
    if (!r.decidedOn || (r.state !== "unclassified" && r.state !== "classified")) continue;
    const judge = e2e.app.accounts.find(
      (x) => x.role === "judge" && x.judgeName === r.judge && x.division === r.division,
    );
    const chief = e2e.app.accounts.find((x) => x.role === "chief" && x.division === r.division);
    if (judge && chief) {
      entry = r;
      judgeUser = judge.username;
      chiefUser = chief.username;
      break;
    }
  }
  expect(entry, "the demo court has a reversed case of a demo judge").toBeDefined();
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

async function write(s: Session, part: "self" | "chief" | "leader", text: string): Promise<void> {
  await s.page.goto(`/review-meetings/${meetingId}`);
  await s.page.getByTestId(`review-write-${part}-${entry.caseId}`).click();
  await s.page.getByTestId("review-write-text").fill(text);
  await s.page.getByTestId("review-write-submit").click();
  await s.page.getByTestId(`review-entry-${entry.caseId}`).getByText(text).waitFor();
}

describe("发改案件 (e2e)", () => {
  it("the office classifies the entry in the register", async () => {
    const { page } = office;
    await page.goto("/reversals");
    await page.getByTestId("reversals-from").fill(entry.decidedOn as string);
    await page.getByTestId("reversals-to").fill(entry.decidedOn as string);
    await page.getByTestId(`reversal-classify-${entry.caseId}`).click();
    const dialog = page.getByTestId("reversal-classify-dialog");
    await dialog.getByTestId("reversal-reason").click();
    await page.locator(".ant-select-item-option", { hasText: "事实认定" }).first().click();
    await dialog.getByRole("radio", { name: "差错", exact: true }).check({ force: true });
    await dialog.getByTestId("reversal-note").fill("对借款实际交付的事实未予查明");
    await page.getByTestId("reversal-classify-submit").click();
    // The save is done when the dialog has closed; the entry may have been classified before.
    await dialog.waitFor({ state: "detached" });
    const after = (await (await officeApi.get(`/api/reversals/${entry.caseId}`)).json()) as {
      reason: string;
      responsibility: string;
    };
    expect(after).toMatchObject({ reason: "事实认定", responsibility: "差错" });
    await expect
      .poll(async () => (await page.getByTestId(`reversal-state-${entry.caseId}`).textContent())?.trim())
      .toBe("已分类");
    await screenshot(page, "reversals-register");
    await page.getByTestId("reversals-tab-statistics").click();
    await page.getByTestId("reversals-statistics").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(page, "reversals-statistics");
    await page.getByTestId("reversals-tab-register").click();
    expect(office.errors).toEqual([]);
  });

  it("the office convenes a 评析会 on it; judge, chief and office record their parts; 评析完毕", async () => {
    const { page } = office;
    await page.locator(`tr[data-row-key="${entry.caseId}"] input[type="checkbox"]`).check({ force: true });
    await page.getByTestId("review-meeting-new").click();
    await page.getByTestId("review-meeting-title").fill("浏览器测试评析会");
    await page.getByTestId("review-meeting-date").fill("2026-11-20");
    await page.getByTestId("review-meeting-new-submit").click();
    await page.waitForURL((u) => u.pathname.startsWith("/review-meetings/"));
    meetingId = Number(new URL(page.url()).pathname.split("/").pop());
    expect(meetingId).toBeGreaterThan(0);

    const judge = await openSession(e2e);
    await signIn(judge.page, e2e, judgeUser);
    await write(judge, "self", "一审对借款交付事实审查不细，今后加强证据审查。");
    // The judge writes only the 自评.
    expect(await judge.page.getByTestId(`review-write-chief-${entry.caseId}`).count()).toBe(0);
    const chief = await openSession(e2e);
    await signIn(chief.page, e2e, chiefUser);
    await write(chief, "chief", "庭里组织民间借贷案件专题学习，统一裁判尺度。");
    await write(office, "leader", "对共性问题形成类案裁判规则，报审委会讨论。");
    await office.page.getByTestId(`review-entry-complete-${entry.caseId}`).waitFor();
    expect(await office.page.getByTestId("review-meeting-progress").textContent()).toContain(
      "评析完毕 1 / 1",
    );
    await screenshot(office.page, "review-meeting");
    expect([...judge.errors, ...chief.errors, ...office.errors]).toEqual([]);
    await judge.context.close();
    await chief.context.close();
  });

  it("the minutes download and open, with the three parts", async () => {
    const { page } = office;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("review-meeting-minutes").click(),
    ]);
    expect(download.suggestedFilename()).toBe("2026-11-20-浏览器测试评析会-评析会纪要.docx");
    const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(text).toContain("发改案件评析会纪要");
    expect(text).toContain(entry.caseNumber);
    expect(text).toContain("原承办人自评：一审对借款交付事实审查不细，今后加强证据审查。");
    expect(text).toContain("庭长讲评：庭里组织民间借贷案件专题学习，统一裁判尺度。");
    expect(text).toContain("分管领导点评：对共性问题形成类案裁判规则，报审委会讨论。");
    expect(text).toContain("其中 1 件评析完毕");
  });

  it("a pending case whose 案由 has an adopted rule shows 类案指导", async () => {
    const rules = (await (await officeApi.get("/api/case-rules?status=adopted")).json()) as {
      rows: { id: number; cause: string }[];
    };
    const rule = rules.rows[0];
    expect(rule).toBeDefined();
    const cases = (await (await officeApi.get(`/api/cases?status=pending&pageSize=200`)).json()) as {
      rows: { id: number; cause: string | null }[];
    };
    const c = cases.rows.find((x) => x.cause === rule?.cause);
    expect(c, "a pending case of the rule's 案由").toBeDefined();
    await office.page.goto(`/cases/${c?.id}`);
    await office.page.getByTestId(`case-guidance-rule-${rule?.id}`).waitFor();
  });
});
