/**
 * Accounts in the browser: the administrator adds a judge's account (its one-time password shown),
 * the judge must change that password before anything else, the administrator disables the
 * account; buttons come from each account's actions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, openSession, type Session, screenshot, startE2E, textOf } from "./support.js";

let e2e: E2E;
let admin: Session;

beforeAll(async () => {
  e2e = await startE2E({ cases: 1500 });
  admin = await openSession(e2e);
  const { page } = admin;
  await page.goto("/login");
  await page.getByTestId("login-username").fill(e2e.app.admin.username);
  await page.getByTestId("login-password").fill(e2e.app.admin.password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe("accounts", () => {
  let password = "";
  const division = () => e2e.app.accounts.find((a) => a.role === "judge")?.division as string;

  it("the administrator adds a judge's account and is shown its password once", async () => {
    const { page, errors } = admin;
    await page.getByTestId("nav-menu").getByText("账号管理").click();
    await page.waitForURL("**/accounts");
    await page.getByTestId("account-add").click();
    await page.getByTestId("account-username").fill("judge-new");
    await page.getByTestId("account-display-name").fill("新法官");
    await page.getByTestId("account-division").click();
    await page.locator(".ant-select-item-option").filter({ hasText: division() }).first().click();
    await page.getByTestId("account-judge-name").fill("新法官");
    await page.getByTestId("account-save").click();
    const shown = page.getByTestId("one-time-password");
    await shown.waitFor();
    password = (await shown.locator("code").textContent())?.trim() ?? "";
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    await screenshot(page, "20-account-added");
    await page.getByTestId("one-time-password-ok").click();
    const row = page.locator('[data-testid="accounts-table"] tr', { hasText: "judge-new" });
    await expect.poll(() => row.textContent()).toContain("待改密码");
    // Its buttons are its actions: a new, active account can be changed, reset and disabled.
    expect(await page.getByTestId("account-disable-judge-new").count()).toBe(1);
    // One's own account offers no reset and no disabling.
    expect(await page.getByTestId(`account-disable-${e2e.app.admin.username}`).count()).toBe(0);
    expect(await page.getByTestId(`account-reset-${e2e.app.admin.username}`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("the judge must change that password first, then lands on their own cases", async () => {
    const judge = await openSession(e2e);
    const { page, errors } = judge;
    await page.goto("/login");
    await page.getByTestId("login-username").fill("judge-new");
    await page.getByTestId("login-password").fill(password);
    await page.getByTestId("login-submit").click();
    await page.waitForURL("**/password");
    // Any other address leads back here until the password is changed.
    await page.goto("/cases");
    await page.waitForURL("**/password");
    await page.getByTestId("password-current").fill(password);
    await page.getByTestId("password-next").fill("新法官-2026-自己的密码");
    await page.getByTestId("password-confirm").fill("新法官-2026-自己的密码");
    await page.getByTestId("password-submit").click();
    await page.waitForURL((u) => u.pathname === "/my-cases");
    expect(await textOf(page, "user-name")).toBe("新法官");
    expect(errors).toEqual([]);
    await judge.context.close();
  });

  it("the administrator disables it, and it can no longer sign in", async () => {
    const { page } = admin;
    await page.getByTestId("account-disable-judge-new").click();
    const row = page.locator('[data-testid="accounts-table"] tr', { hasText: "judge-new" });
    await expect.poll(() => row.textContent()).toContain("已停用");
    expect(await page.getByTestId("account-enable-judge-new").count()).toBe(1);
    const res = await fetch(`${e2e.app.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "judge-new", password: "新法官-2026-自己的密码" }),
    });
    expect(res.status).toBe(401);
  });
});
