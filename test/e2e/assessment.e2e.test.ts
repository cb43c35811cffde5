/**
 * 考核 in the browser: the office opens 考核 from the menu and finds the demo court's divisions
 * scored against the example scheme, each cell explaining itself on hover (the sentence the API
 * gives for it); by judge; the office edits the scheme (a changed weight is saved and used), and an
 * invalid one is refused with the item named; a value opens its cases.
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

interface Result {
  scheme: { name: string; version: string };
  units: {
    key: string;
    total: number | null;
    items: { indicator: string; weight: number; explanation: string }[];
  }[];
}

describe("assessment", () => {
  it("scores appear by division and explain themselves on hover", async () => {
    const { page, errors } = office;
    const answered = page.waitForResponse((r) => r.url().includes("/api/assessment/results") && r.ok());
    await page.getByTestId("nav-menu").getByText("考核", { exact: true }).click();
    await page.waitForURL("**/assessment");
    const result = (await (await answered).json()) as Result;
    await expect
      .poll(() => page.getByTestId("assessment-title").textContent(), { timeout: 20_000 })
      .toContain("2024年度审判质效考核办法");
    const cells = page.getByTestId("score-cell");
    await expect.poll(() => cells.count(), { timeout: 20_000 }).toBeGreaterThan(14);

    // The first cell's sentence is the API's explanation of that unit's item.
    const first = cells.first();
    const unit = (await first.getAttribute("data-unit")) as string;
    const indicator = (await first.getAttribute("data-indicator")) as string;
    await first.hover();
    const tip = page.locator(".ant-tooltip").filter({ hasText: /分/ }).last();
    await tip.waitFor({ state: "visible", timeout: 10_000 });
    const sentence = ((await tip.textContent()) ?? "").trim();
    expect(sentence).toMatch(/^法定审限内结案率/);
    expect(sentence).toMatch(/得满分 12 分|得 [\d.]+ 分|不计分/);
    const fromApi = result.units.find((u) => u.key === unit)?.items.find((i) => i.indicator === indicator);
    expect(fromApi?.explanation).toBe(sentence);
    await screenshot(page, "70-assessment-results");

    await page.getByTestId("assessment-by").getByText("按法官").click();
    await expect
      .poll(async () => (await page.getByTestId("score-cell").first().getAttribute("data-unit")) ?? "", {
        timeout: 20_000,
      })
      .toContain(" / ");
    expect(errors).toEqual([]);
  });

  it("a value opens its cases", async () => {
    const { page, errors } = office;
    const link = page.getByTestId("score-value").first();
    await link.click();
    await page.waitForURL("**/indicators/cases?**");
    expect(new URL(page.url()).searchParams.get("by")).toBe("judge");
    expect(new URL(page.url()).searchParams.get("group")).toContain(" / ");
    await page.goBack();
    await page.waitForURL("**/assessment?**");
    expect(errors).toEqual([]);
  });

  it("the office edits the scheme: an invalid one is refused naming the item, a valid one is saved and used", async () => {
    const { page, errors } = office;
    await page.getByRole("tab", { name: "考核办法" }).click();
    await page.getByTestId("scheme-edit").first().click();
    const editor = page.getByRole("dialog");
    await editor.waitFor({ state: "visible" });
    const rows = page.getByTestId("scheme-item-row");
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(14);
    const weight = (n: number) =>
      rows.nth(n).getByTestId("item-weight").locator("xpath=self::input | .//input").first();

    // Item 3 (平均审理天数) with weight 0: refused, the item named, nothing saved.
    await weight(2).fill("0", { timeout: 10_000 });
    await page.getByTestId("scheme-save").click();
    const faults = page.getByTestId("scheme-errors");
    await faults.waitFor({ state: "visible", timeout: 10_000 });
    expect(await faults.textContent()).toContain(
      "第 3 项（avg_duration_days）：权重 weight 应大于 0，实为 0",
    );
    await screenshot(page, "71-assessment-scheme-refused");
    const stored = (await (await page.request.get("/api/assessment/schemes")).json()) as {
      schemes: { items: { weight: number }[] }[];
    };
    expect(stored.schemes[0]?.items[2]?.weight).toBe(6);

    // Fixed, and item 1 (法定审限内结案率) weighted 15 instead of 12: saved.
    await weight(2).fill("6");
    await weight(0).fill("15");
    await page.getByTestId("scheme-save").click();
    await editor.waitFor({ state: "hidden", timeout: 10_000 });
    const after = (await (await page.request.get("/api/assessment/schemes")).json()) as {
      schemes: { items: { indicator: string; weight: number }[] }[];
    };
    expect(after.schemes[0]?.items[0]).toMatchObject({ indicator: "on_time_rate", weight: 15 });

    // The scores use it: the first column is now worth 15 points.
    await page.getByRole("tab", { name: "考核结果" }).click();
    await expect
      .poll(() => page.getByTestId("assessment-table").locator("thead th").nth(1).textContent(), {
        timeout: 20_000,
      })
      .toContain("15 分");
    expect(errors).toEqual([]);
  }, 90_000);
});
