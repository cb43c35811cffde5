/**
 * 督办 in a real browser: the office chooses two warnings of two judges on an alert list and issues
 * a 督办单 (one per judge); each judge answers — one from 我的待办, one from the 督办单 page — on the
 * order's page; the office closes (销号) one and returns the other; the alert rows show each order's
 * state, and the one-click 确认 is gone while an order is open.
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

interface AlertRow {
  id: number;
  family: string;
  division: string;
  judge: string;
  canIssueOrder: boolean;
  actions: string[];
  order: { id: number; state: string; stateLabel: string; open: boolean } | null;
}

let e2e: E2E;
let office: Session;
const FAMILIES = ["time-limit", "long-pending", "concealed-overrun", "data-quality"];

beforeAll(async () => {
  e2e = await startE2E();
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

describe("督办单", () => {
  let family = "";
  let picked: { alert: AlertRow; username: string }[] = [];
  const orderOf: Record<number, number> = {};

  it("the office issues one 督办单 per judge on two warnings chosen in an alert list", async () => {
    await apiSignIn(office.context.request, e2e, "demo-office");
    // Two warnings of two demo judges (who can sign in and answer), in one family.
    const judges = e2e.app.accounts.filter((a) => a.role === "judge");
    for (const f of FAMILIES) {
      const list = await getJson<{ rows: AlertRow[] }>(
        office.context.request,
        `/api/alerts?family=${f}&pageSize=1000`,
      );
      const found: { alert: AlertRow; username: string }[] = [];
      for (const j of judges) {
        const a = list.rows.find(
          (r) => r.canIssueOrder && r.judge === j.judgeName && r.division === j.division,
        );
        if (a) found.push({ alert: a, username: j.username });
        if (found.length === 2) break;
      }
      if (found.length === 2) {
        family = f;
        picked = found;
        break;
      }
    }
    expect(picked).toHaveLength(2);

    const page = office.page;
    await page.goto(`/alerts/${family}?pageSize=1000`);
    for (const p of picked) {
      await page.getByTestId(`alert-row-${p.alert.id}`).locator("input.ant-checkbox-input").check();
    }
    await page.getByTestId("issue-orders").click();
    await page.getByTestId("issue-request").fill("请说明该案的审理进展、存在问题及预计结案时间");
    await screenshot(page, "40-orders-issue");
    await page.getByTestId("issue-submit").click();
    for (const p of picked) {
      await expect
        .poll(async () => textOf(page, `alert-order-${p.alert.id}`), { timeout: 10_000 })
        .toBe("督办中·待答复");
      // While the order is open, the warning is not acknowledged with one click.
      expect(await page.getByTestId(`ack-${p.alert.id}`).count()).toBe(0);
    }
    const after = await getJson<{ rows: AlertRow[] }>(
      office.context.request,
      `/api/alerts?family=${family}&pageSize=1000`,
    );
    for (const p of picked) {
      const row = after.rows.find((r) => r.id === p.alert.id);
      expect(row?.order?.state).toBe("issued");
      expect(row?.actions).toEqual([]);
      orderOf[p.alert.id] = row?.order?.id as number;
    }
    expect(orderOf[picked[0]?.alert.id as number]).not.toBe(orderOf[picked[1]?.alert.id as number]);
  });

  async function answer(s: Session, orderId: number, measure: string) {
    const page = s.page;
    await page.getByTestId("act-answer").click();
    await page.getByTestId("field-explanation").fill("该案已完成庭审，正在撰写裁判文书，预计两周内结案");
    await page.getByTestId("field-measures").getByText(measure).click();
    await page.getByTestId("act-submit").click();
    await expect.poll(async () => textOf(page, "matter-state"), { timeout: 10_000 }).toBe("已答复");
    expect(Number(await page.getByTestId("page-matter").getAttribute("data-matter-id"))).toBe(orderId);
  }

  it("the first judge answers from 我的待办", async () => {
    const p = picked[0] as { alert: AlertRow; username: string };
    const judge = await openSession(e2e);
    await signIn(judge.page, e2e, p.username);
    await judge.page.goto("/inbox");
    const order = orderOf[p.alert.id] as number;
    await judge.page.getByTestId(`inbox-matter-${order}`).first().click();
    await judge.page.waitForURL(`**/matters/${order}`);
    await answer(judge, order, "已申请延长");
    await screenshot(judge.page, "41-orders-answered");
    expect(judge.errors).toEqual([]);
    await judge.context.close();
  });

  it("the second judge answers from the 督办单 page (待我答复)", async () => {
    const p = picked[1] as { alert: AlertRow; username: string };
    const judge = await openSession(e2e);
    await signIn(judge.page, e2e, p.username);
    await judge.page.goto("/supervision-orders");
    const order = orderOf[p.alert.id] as number;
    await judge.page.getByTestId(`order-link-${order}`).click();
    await judge.page.waitForURL(`**/matters/${order}`);
    await answer(judge, order, "正在鉴定");
    expect(judge.errors).toEqual([]);
    await judge.context.close();
  });

  it("the office closes (销号) one and returns the other", async () => {
    const page = office.page;
    const [first, second] = picked.map((p) => orderOf[p.alert.id] as number) as [number, number];
    await page.goto("/supervision-orders");
    await page.getByTestId(`order-link-${first}`).click();
    await page.waitForURL(`**/matters/${first}`);
    await page.getByTestId("act-close").click();
    await page.getByTestId("field-note").fill("经核实答复属实，予以销号");
    await page.getByTestId("act-submit").click();
    await expect.poll(async () => textOf(page, "matter-state"), { timeout: 10_000 }).toBe("已销号");

    await page.goto(`/matters/${second}`);
    await page.getByTestId("act-return").click();
    await page.getByTestId("field-note").fill("请补充鉴定机构及预计完成时间");
    const date = page.getByTestId("field-replyDue");
    await date.click();
    await date.fill("2027-01-15");
    await date.press("Enter");
    await page.getByTestId("act-submit").click();
    await expect.poll(async () => textOf(page, "matter-state"), { timeout: 10_000 }).toBe("退回重答");
    await screenshot(page, "42-orders-returned");

    await page.goto(`/alerts/${family}?pageSize=1000`);
    const [a, b] = picked.map((p) => p.alert.id) as [number, number];
    await expect.poll(async () => textOf(page, `alert-order-${a}`), { timeout: 10_000 }).toBe("督办·已销号");
    expect(await textOf(page, `alert-order-${b}`)).toBe("督办中·退回重答");
    await page.goto("/supervision-orders?tab=mine");
    await expect
      .poll(async () => textOf(page, `order-state-${first}`), { timeout: 10_000 })
      .toContain("已销号");
    expect(office.errors).toEqual([]);
  });
});
