/**
 * 繁简分流 in a real browser: the office opens the page from the side menu, reads the suggestions
 * (every track counted), the mismatches, and the settings with the demo wage tagged 演示数据 and the
 * change history; a chief's suggestions are their division's only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnTexts, type E2E, openSession, screenshot, signIn, startE2E } from "./support.js";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 240_000);
afterAll(async () => {
  await e2e?.close();
});

describe("繁简分流", () => {
  it("the office reads the suggestions, mismatches and settings", async () => {
    const office = e2e.app.accounts.find((a) => a.role === "office");
    if (!office) throw new Error("no office account");
    const s = await openSession(e2e);
    await signIn(s.page, e2e, office.username);
    await s.page.getByRole("menuitem", { name: "繁简分流" }).click();
    await s.page.waitForURL((u) => u.pathname === "/triage");
    const table = s.page.getByTestId("triage-suggestions-table");
    await expect
      .poll(async () => (await columnTexts(s.page, "triage-suggestions-table", "建议程序")).length)
      .toBeGreaterThan(0);
    for (const t of ["小额诉讼程序", "速裁", "简易程序", "普通程序"])
      await expect
        .poll(async () => (await s.page.getByTestId(`triage-count-${t}`).textContent()) ?? "")
        .not.toMatch(/建议.+0件$/);
    await expect.poll(async () => (await table.textContent()) ?? "").toContain("民事诉讼法");
    await screenshot(s.page, "triage-suggestions");

    await s.page.getByTestId("triage-tab-mismatches").click();
    await expect
      .poll(async () => (await columnTexts(s.page, "triage-mismatches-table", "不符情形")).length)
      .toBeGreaterThan(0);
    await screenshot(s.page, "triage-mismatches");

    await s.page.getByTestId("triage-tab-settings").click();
    await expect.poll(async () => s.page.getByTestId("triage-demo-tag").count()).toBeGreaterThan(0);
    await expect
      .poll(async () => (await s.page.getByTestId("triage-settings-history").textContent()) ?? "")
      .toContain("速裁标的额上限");
    await screenshot(s.page, "triage-settings");
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it("a chief sees their division's cases only", async () => {
    const chief = e2e.app.accounts.find((a) => a.role === "chief");
    if (!chief) throw new Error("no chief account");
    const s = await openSession(e2e);
    await signIn(s.page, e2e, chief.username);
    await s.page.goto("/triage");
    await expect
      .poll(async () => (await columnTexts(s.page, "triage-suggestions-table", "承办部门")).length)
      .toBeGreaterThan(0);
    const divisions = new Set(await columnTexts(s.page, "triage-suggestions-table", "承办部门"));
    expect([...divisions]).toEqual([chief.division]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
