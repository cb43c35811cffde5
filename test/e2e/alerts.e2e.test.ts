/**
 * The alert screens in a real browser: counts and totals equal the API's, filters go to the
 * server, an acknowledgement persists across a reload, exports download, rows lead to the case page
 * with its 审限 timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  columnTexts,
  type E2E,
  getJson,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface AlertRow {
  id: number;
  ruleId: string;
  caseId: number | null;
  caseNumber: string;
  state: string;
  note: string | null;
}
interface AlertList {
  total: number;
  rows: AlertRow[];
}
interface Counts {
  byRule: { ruleId: string; title: string; family: string; count: number }[];
}

const FAMILIES = [
  ["time-limit", "04-alerts-time-limit"],
  ["long-pending", "05-alerts-long-pending"],
  ["concealed-overrun", "06-alerts-concealed-overrun"],
  ["data-quality", "07-alerts-data-quality"],
] as const;

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

function totalOnScreen(): Promise<number> {
  return textOf(office.page, "alerts-total").then((t) => Number(t.replace(/,/g, "")));
}

describe("预警", () => {
  for (const [family, shot] of FAMILIES) {
    it(`${family}: the total and the per-rule counts equal the API's`, async () => {
      const { page, errors } = office;
      await page.goto(`/alerts/${family}`);
      await page.getByTestId(`page-alerts-${family}`).waitFor();
      const api = await getJson<AlertList>(page.request, `/api/alerts?family=${family}&pageSize=1`);
      await expect.poll(totalOnScreen).toBe(api.total);
      const counts = await getJson<Counts>(page.request, `/api/alerts/counts?family=${family}`);
      for (const r of counts.byRule) {
        await expect.poll(() => textOf(page, `rule-count-${r.ruleId}`)).toContain(String(r.count));
      }
      const rows = await page.locator('[data-testid="alerts-table"] tbody tr.ant-table-row').count();
      expect(rows).toBe(Math.min(20, api.total));
      await page.waitForLoadState("networkidle");
      await screenshot(page, shot);
      expect(errors).toEqual([]);
    });
  }

  it("severity on one four-level scale, most serious first; reasons shown whole", async () => {
    const { page, errors } = office;
    await page.goto("/alerts/time-limit");
    await page.getByTestId("alerts-table").waitFor();
    const SCALE = ["一级（红）", "二级（橙）", "三级（黄）", "四级（蓝）"];
    // The counts by level: in the scale's order (most serious first), each level once.
    const levels = page.locator('[data-testid^="severity-tag-"]');
    await expect.poll(() => levels.count()).toBeGreaterThan(1);
    const shown = (await levels.allTextContents()).map((t) => t.trim());
    expect(shown).toEqual(SCALE.filter((s) => shown.includes(s)));
    // The filter offers the four levels in the same order.
    await page.getByTestId("filter-severity").click();
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    // Read the options as one poll: the dropdown may still be re-rendering when it first counts four.
    await expect.poll(async () => (await options.allTextContents()).map((t) => t.trim())).toEqual(SCALE);
    await page.keyboard.press("Escape");
    // The rows' levels use the same words.
    const column = await columnTexts(page, "alerts-table", "级别");
    expect(column.length).toBeGreaterThan(0);
    expect(column.every((c) => SCALE.includes(c))).toBe(true);

    // 预警原因 is not cut off: the whole text of the API's reason, wrapped in its cell.
    const api = await getJson<{ rows: { reason: string }[] }>(
      page.request,
      "/api/alerts?family=time-limit&pageSize=20",
    );
    const reasons = page.getByTestId("alert-reason");
    await expect.poll(() => reasons.count()).toBe(api.rows.length);
    expect((await reasons.allTextContents()).map((t) => t.trim())).toEqual(api.rows.map((r) => r.reason));
    const clipped = await reasons.evaluateAll(
      (els) =>
        els.filter((el) => {
          const cell = el.closest("td") as HTMLElement;
          return el.scrollWidth > cell.clientWidth || getComputedStyle(el).whiteSpace === "nowrap";
        }).length,
    );
    expect(clipped).toBe(0);
    expect(errors).toEqual([]);
  });

  it("counts by division in the court's own order", async () => {
    const { page } = office;
    await page.goto("/alerts/time-limit");
    const meta = await getJson<{ divisionOrder: string[] }>(page.request, "/api/meta");
    const counts = await getJson<{ byDivision: { division: string }[] }>(
      page.request,
      "/api/alerts/counts?family=time-limit",
    );
    const expected = meta.divisionOrder.filter((d) => counts.byDivision.some((c) => c.division === d));
    expect(expected.length).toBeGreaterThan(1);
    const chart = page.getByTestId("division-counts");
    await expect.poll(() => chart.getAttribute("data-divisions")).toBe(expected.join("|"));
  });

  it("a rule tag filters the list on the server", async () => {
    const { page } = office;
    await page.goto("/alerts/concealed-overrun");
    const counts = await getJson<Counts>(page.request, "/api/alerts/counts?family=concealed-overrun");
    const rule = counts.byRule[counts.byRule.length - 1];
    expect(rule).toBeDefined();
    await page.getByTestId(`rule-count-${rule?.ruleId}`).click();
    await page.waitForURL((u) => u.searchParams.get("rule") === rule?.ruleId);
    await expect.poll(totalOnScreen).toBe(rule?.count);
    const titles = await page
      .locator('[data-testid="alerts-table"] tbody tr.ant-table-row td:nth-child(2)')
      .allTextContents();
    expect(new Set(titles)).toEqual(new Set([rule?.title]));
  });

  it("an acknowledgement (确认) with a note persists across a reload", async () => {
    const { page, errors } = office;
    await page.goto("/alerts/time-limit");
    const button = page.locator('[data-testid^="ack-"]').first();
    await button.waitFor();
    const id = Number(((await button.getAttribute("data-testid")) ?? "").replace("ack-", ""));
    expect(id).toBeGreaterThan(0);
    expect(await textOf(page, `alert-state-${id}`)).toBe("未处理");

    // The row of that id, not "the first": the list can re-render (its counts and filters load
    // after it) between reading the id and the click, and put another alert first.
    await page.getByTestId(`ack-${id}`).click();
    await page.getByTestId("ack-note").fill("已督促承办法官，预计本周内结案");
    await screenshot(page, "04b-alert-acknowledge");
    await page.getByTestId("ack-submit").click();
    await expect.poll(() => textOf(page, `alert-state-${id}`)).toBe("已确认");
    expect(await page.getByTestId(`ack-${id}`).count()).toBe(0);

    await page.reload();
    await page.getByTestId("alerts-table").waitFor();
    await expect.poll(() => textOf(page, `alert-state-${id}`)).toBe("已确认");
    const stored = await getJson<AlertList>(
      page.request,
      "/api/alerts?family=time-limit&state=acknowledged&pageSize=1000",
    );
    const row = stored.rows.find((r) => r.id === id);
    expect(row?.state).toBe("acknowledged");
    expect(row?.note).toBe("已督促承办法官，预计本周内结案");
    expect(errors).toEqual([]);
  });

  it("exports the visible page and every row as .xlsx", async () => {
    const { page } = office;
    await page.goto("/alerts/time-limit");
    await page.getByTestId("alerts-table").waitFor();
    await expect.poll(totalOnScreen).toBeGreaterThan(0);
    for (const which of ["alerts-export-page", "alerts-export-all"]) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(which).click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      expect(await download.path()).toBeTruthy();
    }
  });

  it("a row leads to its case: attributes, the 审限 timeline with its arithmetic, events and alerts", async () => {
    const { page, errors } = office;
    await page.goto("/alerts/concealed-overrun?rule=concealed-overrun.repeated-extension");
    const link = page.locator('[data-testid^="alert-case-"]').first();
    await link.waitFor();
    const caseNumber = ((await link.textContent()) ?? "").trim();
    await link.click();
    await page.getByTestId("page-case").waitFor();
    expect(await textOf(page, "case-number")).toBe(caseNumber);
    await page.getByTestId("time-limit-bar").waitFor();
    const lines = await page.locator('[data-testid="explanation"] li').count();
    expect(lines).toBeGreaterThan(2);
    // Repeated extensions: at least two extension rows in the events table.
    const events = await page.locator('[data-testid="case-events"] tbody tr.ant-table-row').allTextContents();
    expect(events.filter((t) => t.includes("延长审限")).length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="case-alerts"] tbody tr.ant-table-row').count()).toBeGreaterThan(
      0,
    );
    await screenshot(page, "08-case");
    expect(errors).toEqual([]);
  });
});
