/**
 * 阅核 in a real browser: the judge submits a draft with its file from the case page (须阅核 shown
 * with the reason); a judge cannot sign off (no button, and the API refuses); the 庭长 returns it
 * for 复议 on the matter page; the judge answers and resubmits on the 阅核 page; two sessions of the
 * reviewer act on the same version — the first signs it off, the second is told it changed (409).
 */
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

let e2e: E2E;
let judge: Session;
let chief: Session;
let chief2: Session;

interface DraftList {
  rows: { id: number; caseId: number; terminal: boolean }[];
}

beforeAll(async () => {
  e2e = await startE2E();
  [judge, chief, chief2] = await Promise.all([openSession(e2e), openSession(e2e), openSession(e2e)]);
  await signIn(judge.page, e2e, "demo-judge-1");
  await signIn(chief.page, e2e, "demo-chief-1");
  await apiSignIn(chief2.page.request, e2e, "demo-chief-1");
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "latin1");

describe("阅核", () => {
  let matterId = 0;

  it("the judge submits a draft with its file from the case page", async () => {
    const { page, errors } = judge;
    const mine = await getJson<DraftList>(page.request, "/api/sign-off/drafts?view=mine");
    const busy = new Set(mine.rows.filter((r) => !r.terminal).map((r) => r.caseId));
    const cases = await getJson<{ rows: { id: number; closedOn: string | null }[] }>(
      page.request,
      "/api/cases?pageSize=1000",
    );
    // A pending case of theirs with no draft in 阅核 (the demo court's drafts take the oldest ones),
    // else any case of theirs with none.
    const free = cases.rows.filter((c) => !busy.has(c.id));
    const target = free.find((c) => c.closedOn === null) ?? free[0];
    if (!target) throw new Error("the judge has no case without a draft in 阅核");
    await page.goto(`/cases/${target.id}`);
    await page.getByTestId("sign-off-submit").click();
    await page.getByTestId("sign-off-title").fill("民事判决书");
    await page.getByTestId("sign-off-conclusion").fill("驳回原告的全部诉讼请求");
    await page.getByText("发回重审案件").click();
    await page.locator('.ant-modal input[type="file"]').setInputFiles({
      name: "判决书送阅稿.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await page.locator(".ant-modal-footer .ant-btn-primary").click();
    await page.waitForURL(/\/matters\/\d+$/);
    matterId = Number(new URL(page.url()).pathname.split("/").pop());
    await expect.poll(() => textOf(page, "matter-state")).toBe("待阅核");
    // A judge cannot sign off: no button, and the server refuses.
    expect(await page.getByTestId("act-sign-off").count()).toBe(0);
    const res = await page.request.post(`/api/matters/${matterId}/act`, {
      data: { action: "sign-off", version: 1, input: {} },
      headers: {
        "x-csrf-token": (await page.context().cookies()).find((c) => c.name === "sg_csrf")?.value ?? "",
      },
    });
    expect(res.status()).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "只有阅核人可以阅核同意",
    );
    // The case page now says 须阅核, with the reason.
    await page.goto(`/cases/${target.id}`);
    await expect.poll(() => textOf(page, "sign-off-reasons")).toContain("发回重审案件");
    expect(await page.getByTestId("case-needs-sign-off").count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("the file comes back as an attachment, never sniffed, with its SHA-256; a program renamed .docx is refused", async () => {
    const { page } = judge;
    const csrf = (await page.context().cookies()).find((c) => c.name === "sg_csrf")?.value ?? "";
    const matter = await getJson<{ data: { fileId: number } }>(page.request, `/api/matters/${matterId}`);
    const res = await page.request.get(`/api/sign-off/files/${matter.data.fileId}`);
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["content-type"]).toBe("application/pdf");
    expect(h["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(h["x-content-type-options"]).toBe("nosniff");
    // sha256 of the PDF bytes above, computed with `sha256sum`.
    expect(h["x-content-sha256"]).toBe("4579fbf2740104b473bd355e10bad2bc7534f0496119a9390915199f1db01180");
    expect(Buffer.from(await res.body())).toEqual(PDF);
    const exe = await page.request.post("/api/sign-off/files", {
      headers: { "x-csrf-token": csrf },
      multipart: {
        file: {
          name: "判决书.docx",
          mimeType: DOCX_MIME,
          buffer: Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"),
        },
      },
    });
    expect(exe.status()).toBe(400);
    expect(((await exe.json()) as { error: { field: string } }).error.field).toBe("file");
  });

  it("the 庭长 returns it for 复议 on the matter page", async () => {
    const { page, errors } = chief;
    await page.goto("/sign-off?tab=queue");
    await page.getByTestId("sign-off-queue").locator(`a[href="/matters/${matterId}"]`).click();
    await page.waitForURL(`**/matters/${matterId}`);
    await page.getByTestId("act-return").click();
    await page.getByTestId("field-point").click();
    await page.locator(".ant-select-item-option", { hasText: "事实认定" }).click();
    await page.getByTestId("field-note").fill("事实认定部分未回应被告关于已还款的抗辩");
    await page.getByTestId("act-submit").click();
    await expect.poll(() => textOf(page, "matter-state")).toBe("退回复议");
    expect(errors).toEqual([]);
  });

  it("the judge answers and resubmits on the 阅核 page", async () => {
    const { page, errors } = judge;
    await page.goto("/sign-off?tab=mine");
    const row = page
      .getByTestId("sign-off-mine")
      .locator("tr", { has: page.locator(`a[href="/matters/${matterId}"]`) });
    await row.getByTestId("draft-resubmit").click();
    await page.getByTestId("resubmit-note").fill("已补充对还款抗辩的认定及理由，并附转账记录分析");
    await page.locator(".ant-modal-footer .ant-btn-primary").click();
    await expect.poll(() => row.getByTestId("draft-state").first().textContent()).toBe("复议后待阅核");
    await screenshot(page, "30-sign-off-mine");
    expect(errors).toEqual([]);
  });

  it("two sessions on the same version: the first signs off, the second is told it changed (409)", async () => {
    const [a, b] = [chief, chief2];
    for (const s of [a, b]) {
      await s.page.goto(`/matters/${matterId}`);
      await expect.poll(() => textOf(s.page, "matter-state")).toBe("复议后待阅核");
      await s.page.getByTestId("act-sign-off").click();
    }
    await a.page.getByTestId("act-submit").click();
    await expect.poll(() => textOf(a.page, "matter-state")).toBe("阅核同意");
    await b.page.getByTestId("act-submit").click();
    await b.page.getByTestId("act-stale").waitFor();
    expect(await b.page.getByTestId("act-stale").textContent()).toContain("已被他人处理");
    await a.page.goto("/sign-off?tab=statistics");
    await a.page.getByTestId("sign-off-totals").waitFor();
    await screenshot(a.page, "31-sign-off-statistics");
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });
});
