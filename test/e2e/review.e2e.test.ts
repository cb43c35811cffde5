/**
 * 案件评查 and 庭审观摩 in a real browser: the office creates a 常规 plan and draws it; a judge of
 * another division scores a case with the keyboard alone; the office passes the 复核; the case's
 * judge objects; the office decides; the judge reports the rectification on the matter page and
 * the office verifies it. Then a hearing is scored by five members of the 考评小组 and its trimmed
 * mean is shown.
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
let office: Session;
let reviewer: Session;
let judge: Session;

interface PlanDetail {
  cases: {
    sampleId: number;
    judge: string;
    division: string;
    reviewer: string | null;
    state: string | null;
  }[];
  rectifications: { matterId: number; stateLabel: string }[];
}

const csrf = async (s: Session) => (await s.context.cookies()).find((c) => c.name === "sg_csrf")?.value ?? "";

beforeAll(async () => {
  e2e = await startE2E();
  [office, reviewer, judge] = await Promise.all([openSession(e2e), openSession(e2e), openSession(e2e)]);
  await signIn(office.page, e2e, "demo-office");
  await signIn(reviewer.page, e2e, "demo-judge-2");
  await signIn(judge.page, e2e, "demo-judge-1");
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

describe("案件评查", () => {
  let planId = 0;
  let sampleId = 0;
  const judgeAccount = () =>
    e2e.app.accounts.find((a) => a.username === "demo-judge-1") as { judgeName?: string; division?: string };

  it("the office creates a 常规 plan and draws the sample", async () => {
    const { page } = office;
    await page.goto("/review");
    await page.getByTestId("new-plan").click();
    await page.getByTestId("plan-title").fill("2026年8月常规评查（测试）");
    await page.locator(".ant-modal .ant-picker input").first().click();
    await page.locator(".ant-modal .ant-picker input").first().fill("2026-08");
    await page.keyboard.press("Enter");
    await page.getByTestId("plan-size").fill("500");
    await page.getByTestId("plan-seed").fill("42");
    await page.getByTestId("plan-reviewers").fill("demo-judge-2");
    await page.locator(".ant-modal-footer .ant-btn-primary").click();
    const plans = await getJson<{ id: number; title: string }[]>(page.request, "/api/review/plans");
    await expect
      .poll(
        async () =>
          (await getJson<{ id: number; title: string }[]>(page.request, "/api/review/plans")).find((p) =>
            p.title.includes("测试"),
          )?.id ?? 0,
      )
      .toBeGreaterThan(0);
    planId =
      (await getJson<{ id: number; title: string }[]>(page.request, "/api/review/plans")).find((p) =>
        p.title.includes("测试"),
      )?.id ?? 0;
    expect(plans.length).toBeGreaterThan(0);
    await page.getByTestId(`draw-${planId}`).click();
    await expect
      .poll(async () => (await getJson<PlanDetail>(page.request, `/api/review/plans/${planId}`)).cases.length)
      .toBeGreaterThan(0);
    const detail = await getJson<PlanDetail>(page.request, `/api/review/plans/${planId}`);
    const j = judgeAccount();
    const target = detail.cases.find(
      (c) => c.judge === j.judgeName && c.division === j.division && c.reviewer === "demo-judge-2",
    );
    if (!target) throw new Error("no case of demo-judge-1 in the month's draw");
    sampleId = target.sampleId;
    // The reviewer is of another division than the case (demo-judge-2 sits in the second division).
    const r = e2e.app.accounts.find((a) => a.username === "demo-judge-2") as { division?: string };
    expect(r.division).not.toBe(target.division);
    await screenshot(page, "review-plans");
  });

  it("the reviewer scores the case with the keyboard alone", async () => {
    const { page, errors } = reviewer;
    await page.goto("/review");
    await page.getByRole("tab", { name: "我的评查" }).click();
    await page.getByTestId(`score-${sampleId}`).focus();
    await page.keyboard.press("Enter");
    // The modal takes the focus when it opens: wait until the box holds it, then tick it with Space.
    await expect
      .poll(async () => {
        await page.getByTestId("deduct-procedure.1.1").focus();
        return page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
      })
      .toBe("deduct-procedure.1.1");
    await page.keyboard.press("Space");
    await expect.poll(() => textOf(page, "score-running")).toBe("96");
    await page.keyboard.press("Control+Enter");
    await expect
      .poll(
        async () =>
          (await getJson<PlanDetail>(page.request, `/api/review/plans/${planId}`)).cases.find(
            (c) => c.sampleId === sampleId,
          )?.state,
      )
      .toBe("scored");
    expect(errors).toEqual([]);
  });

  it("the office passes the 复核; the judge objects; the office decides", async () => {
    await office.page.goto(`/review/plans/${planId}`);
    await office.page.getByTestId(`verify-${sampleId}`).click();
    await expect
      .poll(
        async () =>
          (await getJson<PlanDetail>(office.page.request, `/api/review/plans/${planId}`)).cases.find(
            (c) => c.sampleId === sampleId,
          )?.state,
      )
      .toBe("sent");

    const { page } = judge;
    await page.goto("/review");
    await page.getByRole("tab", { name: "我的评查" }).click();
    await page.getByTestId(`answer-${sampleId}`).click();
    await page.getByTestId("answer-reason").fill("该案已先行电话联系并邮寄送达未果，方才公告送达，记录在卷");
    await page.getByTestId("answer-object").click();
    await expect
      .poll(
        async () =>
          (await getJson<PlanDetail>(office.page.request, `/api/review/plans/${planId}`)).cases.find(
            (c) => c.sampleId === sampleId,
          )?.state,
      )
      .toBe("objected");

    await office.page.reload();
    await office.page.getByTestId(`decide-${sampleId}`).click();
    await office.page.getByTestId("decide-note").fill("经核卷内无邮寄送达凭证，维持原评查结果");
    await office.page.getByTestId("decide-submit").click();
    await expect
      .poll(
        async () =>
          (await getJson<PlanDetail>(office.page.request, `/api/review/plans/${planId}`)).rectifications
            .length,
      )
      .toBe(1);
  });

  it("the judge reports the rectification, the office verifies it", async () => {
    const detail = await getJson<PlanDetail>(office.page.request, `/api/review/plans/${planId}`);
    const rid = detail.rectifications[0]?.matterId ?? 0;
    const { page } = judge;
    await page.goto(`/matters/${rid}`);
    // The page shows the matter as it stands before the judge acts on it (its version loaded).
    await expect.poll(() => textOf(page, "matter-state")).toBe("待整改");
    await page.getByTestId("act-report").click();
    await page.getByTestId("field-report").fill("已补充送达凭证入卷，并组织学习送达规定");
    await page.getByTestId("act-submit").click();
    await expect.poll(() => textOf(page, "matter-state")).toBe("待验收");
    await office.page.goto(`/matters/${rid}`);
    await expect.poll(() => textOf(office.page, "matter-state")).toBe("待验收");
    await office.page.getByTestId("act-verify").click();
    await office.page.getByTestId("act-submit").click();
    await expect.poll(() => textOf(office.page, "matter-state")).toBe("已验收");
    await office.page.goto(`/review/plans/${planId}`);
    await expect.poll(() => textOf(office.page, `rect-${rid}`)).toBe("已验收");
    await screenshot(office.page, "review-plan");
    // 整改情况 across plans: the demo court's one overdue rectification; this one is verified.
    await office.page.goto("/review");
    await office.page.getByRole("tab", { name: "整改情况" }).click();
    await expect.poll(() => textOf(office.page, "rect-overdue")).toBe("逾期 1 件");
  });
});

describe("庭审观摩", () => {
  it("five members score a hearing; the trimmed mean is shown", async () => {
    const members = ["demo-president", "demo-chief-1", "demo-chief-2", "demo-chief-3", "demo-chief-4"];
    const res = await office.page.request.post("/api/observations", {
      data: {
        title: "测试庭审观摩",
        quarter: "2026-4",
        members,
        hearings: [
          {
            caseNumber: "（2026）测试1号",
            heldOn: "2026-11-20",
            courtroom: "第一法庭",
            division: "民一庭",
            judge: "测试法官",
          },
        ],
      },
      headers: { "x-csrf-token": await csrf(office) },
    });
    expect(res.status()).toBe(200);
    const planId = ((await res.json()) as { id: number }).id;
    const plan = await getJson<{ hearings: { id: number }[] }>(
      office.page.request,
      `/api/observations/${planId}`,
    );
    const hearingId = plan.hearings[0]?.id ?? 0;
    // Totals 95, 80, 90, 85 by four members through the API; the fifth (100 − 10 = 90 … see below) in the browser.
    const totals = [95, 80, 90, 85];
    for (let i = 0; i < 4; i++) {
      const s = await openSession(e2e);
      await apiSignIn(s.page.request, e2e, members[i] as string);
      const r = await s.page.request.post(`/api/observations/hearings/${hearingId}/score`, {
        data: {
          scores: {
            prep: 15,
            control: 30 - (100 - (totals[i] as number)),
            procedure: 25,
            language: 15,
            documents: 15,
          },
        },
        headers: { "x-csrf-token": await csrf(s) },
      });
      expect(r.status()).toBe(200);
      await s.context.close();
    }
    // The fifth member scores 70 with the keyboard: 10 + 20 + 20 + 10 + 10.
    const fifth = await openSession(e2e);
    await signIn(fifth.page, e2e, members[4] as string);
    await fifth.page.goto("/observations");
    await fifth.page.getByText("测试庭审观摩").first().click();
    await fifth.page.getByTestId(`obs-score-btn-${hearingId}`).click();
    // The modal takes the focus when it opens: wait until the first box holds it, then type and
    // Tab through the five boxes, each value checked as it is entered.
    await expect
      .poll(async () => {
        await fifth.page.getByTestId("obs-prep").focus();
        return fifth.page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
      })
      .toBe("obs-prep");
    const codes = ["prep", "control", "procedure", "language", "documents"];
    const values = ["10", "20", "20", "10", "10"];
    for (let i = 0; i < codes.length; i++) {
      await fifth.page.keyboard.type(values[i] as string);
      await expect.poll(() => fifth.page.getByTestId(`obs-${codes[i]}`).inputValue()).toBe(values[i]);
      await fifth.page.keyboard.press("Tab");
    }
    await expect.poll(() => textOf(fifth.page, "obs-total")).toBe("合计：70 分");
    await fifth.page.getByTestId("obs-submit").click();
    await expect
      .poll(
        async () =>
          (
            await getJson<{ hearings: { scorers: number }[] }>(
              fifth.page.request,
              `/api/observations/${planId}`,
            )
          ).hearings[0]?.scorers,
      )
      .toBe(5);
    // Totals 95, 80, 90, 85, 70: drop 95 and 70 → (80 + 90 + 85) / 3 = 85
    await expect.poll(() => textOf(fifth.page, `obs-score-${hearingId}`)).toBe("85");
    await screenshot(fifth.page, "observation");
    expect(fifth.errors).toEqual([]);
    await fifth.context.close();
  });
});
