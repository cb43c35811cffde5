/**
 * The keyboard in a real browser: every clickable figure (a KPI card's value, a cell of the group
 * table) shows a visible focus ring when reached from the keyboard and opens its case list with
 * Enter or Space; closing a dialog (Escape or its close button) gives the focus back to what
 * opened it.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, openSession, type Session, signIn, startE2E } from "./support.js";

let e2e: E2E;
let office: Session;

beforeAll(async () => {
  e2e = await startE2E();
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
});

afterAll(async () => {
  await e2e?.close();
});

/** Focuses an element the way a keyboard user gets there (after a key press, so :focus-visible applies). */
async function keyboardFocus(page: Page, target: Locator): Promise<void> {
  await page.keyboard.press("Shift");
  await target.focus();
}

async function focusRing(target: Locator) {
  return target.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      focused: el === document.activeElement,
      focusVisible: el.matches(":focus-visible"),
      style: s.outlineStyle,
      width: Number.parseFloat(s.outlineWidth),
    };
  });
}

function activeTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
}

describe("keyboard", () => {
  it("a KPI figure shows a focus ring and opens with Enter; Escape gives the focus back", async () => {
    const { page, errors } = office;
    await page.goto("/");
    const kpi = page.getByTestId("kpi-filed");
    await kpi.waitFor();
    await expect.poll(() => kpi.isEnabled()).toBe(true);
    await keyboardFocus(page, kpi);
    const ring = await focusRing(kpi);
    expect(ring).toMatchObject({ focused: true, focusVisible: true, style: "solid" });
    expect(ring.width).toBeGreaterThanOrEqual(2);

    await page.keyboard.press("Enter");
    await page.getByTestId("drill-modal").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("drill-modal").waitFor({ state: "detached" });
    await expect.poll(() => activeTestId(page)).toBe("kpi-filed");
    expect(errors).toEqual([]);
  });

  it("another figure opens with Space", async () => {
    const { page } = office;
    const kpi = page.getByTestId("kpi-closed");
    await keyboardFocus(page, kpi);
    await page.keyboard.press("Space");
    await page.getByTestId("drill-modal").waitFor();
    await page.locator(".ant-modal-close").click();
    await page.getByTestId("drill-modal").waitFor({ state: "detached" });
    await expect.poll(() => activeTestId(page)).toBe("kpi-closed");
  });

  it("a cell of the group table shows a focus ring, opens with Space, and gets the focus back", async () => {
    const { page } = office;
    const cell = page
      .locator('[data-testid="group-table"] [data-testid^="cell-"][data-testid$="-closed"]')
      .first();
    await cell.waitFor();
    const id = await cell.getAttribute("data-testid");
    await keyboardFocus(page, cell);
    const ring = await focusRing(cell);
    expect(ring).toMatchObject({ focused: true, focusVisible: true, style: "solid" });
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Space");
    await page.getByTestId("drill-modal").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("drill-modal").waitFor({ state: "detached" });
    await expect.poll(() => activeTestId(page)).toBe(id);
    // And with Enter.
    await page.keyboard.press("Enter");
    await page.getByTestId("drill-modal").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("drill-modal").waitFor({ state: "detached" });
    await expect.poll(() => activeTestId(page)).toBe(id);
  });

  it("the acknowledgement dialog gives the focus back to its 确认 button", async () => {
    const { page, errors } = office;
    await page.goto("/alerts/time-limit");
    const button = page.locator('[data-testid="alerts-table"] [data-testid^="ack-"]').first();
    await button.waitFor();
    const id = await button.getAttribute("data-testid");
    await keyboardFocus(page, button);
    await page.keyboard.press("Enter");
    await page.getByTestId("ack-note").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("ack-note").waitFor({ state: "detached" });
    await expect.poll(() => activeTestId(page)).toBe(id);
    expect(errors).toEqual([]);
  });
});
