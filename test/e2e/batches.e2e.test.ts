/**
 * 并案审理 in a real browser, on the demo court: the office opens /batches from the side menu and
 * sees a 物业服务合同纠纷 group of one property company (the demo seeds a proposal on the largest,
 * shown as 待庭长审批); a row expands to its cases, each a link to the case page; 提议并案 on another
 * group opens the dialog and, submitted, the new matter's page. 16,000 cases: the default 4,000 of
 * the browser tests leave too few pending cases of one party for a group of 5 within 90 days.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, openSession, type Session, screenshot, signIn, startE2E } from "./support.js";

let e2e: E2E;
let office: Session;

beforeAll(async () => {
  e2e = await startE2E({ cases: 16000 });
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe("并案审理", () => {
  it("lists a 物业 group, expands it to its cases, and proposes a group to the chief", async () => {
    const page = office.page;
    await page.getByRole("menuitem", { name: "并案审理" }).click();
    await page.waitForURL((u) => u.pathname === "/batches");
    const table = page.getByTestId("batches-table");
    const property = table.locator("tr", { hasText: "物业服务合同纠纷" }).first();
    await property.waitFor();
    await expect(property.textContent()).resolves.toMatch(/物业/);
    await expect(property.textContent()).resolves.toContain("待庭长审批");
    await property.locator("button.ant-table-row-expand-icon").click();
    const caseLink = table.locator('a[href^="/cases/"]').first();
    await caseLink.waitFor();
    await expect(caseLink.textContent()).resolves.toMatch(/民初/);
    await screenshot(page, "batches");

    // The office keeps the settings: the dialog shows the window in force (90 days by default).
    await page.getByTestId("batch-settings").click();
    await expect(page.getByTestId("batch-settings-window").inputValue()).resolves.toBe("90");
    await page
      .getByRole("button", { name: "取 消" })
      .or(page.getByRole("button", { name: "取消" }))
      .first()
      .click();

    const propose = table.getByTestId("batch-propose").first();
    await propose.click();
    await page.getByTestId("batch-propose-reason").waitFor();
    await page.getByTestId("batch-propose-submit").click();
    await page.waitForURL((u) => u.pathname.startsWith("/matters/"));
    await page.getByText("待庭长审批").first().waitFor();
    expect(office.errors).toEqual([]);
  }, 120_000);
});
