/**
 * 人员管理 in the browser: the office opens the staff register from the menu, adds a person in the
 * dialog and finds them listed (searched by name); the buttons of the new row are its actions; the
 * administrator links an account to them; a judge's account has no such menu.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, openSession, type Session, screenshot, signIn, startE2E } from "./support.js";

let e2e: E2E;
let office: Session;

beforeAll(async () => {
  e2e = await startE2E({ cases: 1500 });
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe("people", () => {
  it("the office adds a person and sees them listed", async () => {
    const { page, errors } = office;
    await page.getByTestId("nav-menu").getByText("人员管理").click();
    await page.waitForURL("**/people");
    // The demo court's register is there, paged on the server.
    const table = page.getByTestId("staff-table");
    await expect.poll(() => table.locator("tbody tr").count(), { timeout: 10_000 }).toBeGreaterThan(5);
    await expect
      .poll(() => page.getByText(/共 \d+ 人/).textContent(), { timeout: 10_000 })
      .toMatch(/共 108 人/);

    await page.getByTestId("staff-add").click();
    await page.getByTestId("staff-no").fill("E2E001");
    await page.getByTestId("staff-name").fill("测试书记员");
    await page.getByTestId("staff-division-input").fill("审判管理办公室");
    await page.getByTestId("staff-positions").click();
    await page.locator(".ant-select-item-option").filter({ hasText: "书记员" }).first().click();
    await page.keyboard.press("Escape");
    await page.getByTestId("staff-save").click();
    await page.getByTestId("staff-save").waitFor({ state: "detached" });

    await page.getByTestId("staff-search").locator("input").fill("测试书记员");
    await page.getByTestId("staff-search").locator("input").press("Enter");
    const row = table.locator("tbody tr", { hasText: "E2E001" });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain("测试书记员");
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("审判管理办公室");
    expect(text).toContain("书记员");
    expect(text).toContain("在岗");
    expect(await page.getByTestId("staff-deactivate-E2E001").count()).toBe(1);
    await screenshot(page, "60-people-added");
    expect(errors).toEqual([]);
  });

  it("the administrator links an account to that person", async () => {
    const admin = await openSession(e2e);
    const { page, errors } = admin;
    await page.goto("/login");
    await page.getByTestId("login-username").fill(e2e.app.admin.username);
    await page.getByTestId("login-password").fill(e2e.app.admin.password);
    await page.getByTestId("login-submit").click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.getByTestId("nav-menu").getByText("账号管理").click();
    await page.waitForURL("**/accounts");
    await page.getByTestId("account-edit-demo-clerk").click();
    await page.getByTestId("account-staff").click();
    await page.keyboard.type("E2E001");
    await page.locator(".ant-select-item-option").filter({ hasText: "测试书记员" }).first().click();
    await page.getByTestId("account-save").click();
    await page.getByTestId("account-save").waitFor({ state: "detached" });
    const row = page.locator('[data-testid="accounts-table"] tr', { hasText: "demo-clerk" });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain("测试书记员（E2E001）");
    expect(errors).toEqual([]);
    await admin.context.close();
  });

  it("a judge has no 人员管理 menu", async () => {
    const judge = await openSession(e2e);
    await signIn(judge.page, e2e, "demo-judge-1");
    await judge.page.getByTestId("nav-menu").waitFor();
    expect(await judge.page.getByTestId("nav-menu").getByText("人员管理").count()).toBe(0);
    await judge.context.close();
  });
});
