/**
 * The demo court's 案件评查 and 庭审观摩: plans of all four kinds in several states — a 常规 plan of
 * last month walked through every step (待评查, 待复核, 待反馈, 已确认 with its 整改 open and overdue,
 * 异议待处理, 异议已处理 with its 整改 reported and verified), a 交叉 plan drawn, a 重点 plan drawn,
 * a 专项 plan not yet drawn — and an observation round of the quarter scored by five members with
 * its 座谈会 and a confirmed 示范庭. Every step goes through the use cases, so traces, tasks and the
 * bulletin are real. Deterministic: dates count back from the demo's as-of day.
 */
import type { Db } from "../../db/connect.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { Actor } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";
import { listCases } from "../cases/list-cases.js";
import {
  confirmDemonstrationHearing,
  createObservationPlan,
  getObservationPlan,
  proposeDemonstrationHearings,
  recordMeeting,
  scoreHearing,
} from "../observation/observation-plans.js";
import { answerReview } from "../review/answer-review.js";
import { createReviewPlan } from "../review/create-review-plan.js";
import { decideObjection } from "../review/decide-objection.js";
import { drawReviewPlan } from "../review/draw-review-plan.js";
import { getReviewPlan, type PlanCase } from "../review/list-review-plans.js";
import { submitReview } from "../review/submit-review.js";
import { verifyReview } from "../review/verify-review.js";
import { actorOf } from "../shared/actor.js";
import { actOnMatter } from "../workflow/act-on-matter.js";

const FINDINGS = [
  [
    {
      itemCode: "procedure.1",
      deductionCode: "procedure.1.1",
      note: "公告送达前未穷尽直接送达、邮寄送达方式",
    },
    { itemCode: "judgment.3", deductionCode: "judgment.3.2", note: "判决书第三页当事人名称有误" },
  ],
  [{ itemCode: "archive.2", deductionCode: "archive.2.1", note: "结案后逾期一个月归档" }],
  [
    { itemCode: "hearing.2", deductionCode: "hearing.2.1", note: "第二次庭审笔录缺当事人签字" },
    { itemCode: "judgment.1", deductionCode: "judgment.1.2", note: "对借款交付的证据分析不充分" },
  ],
] as const;

export async function seedDemoReview(handle: Db, asOf: string): Promise<void> {
  const users = (await listDemoUsers(handle)).map((u) =>
    actorOf({
      username: u.username,
      role: u.role,
      division: u.division,
      judgeName: u.judge_name,
      displayName: u.display_name,
    }),
  );
  const office = users.find((u) => u.role === "office");
  const judges = users.filter((u) => u.role === "judge" && u.division && u.judgeName);
  if (!office || judges.length < 2) return;
  const day = (n: number) => formatIsoDate(parseIsoDate(asOf) - n);
  const lastMonth = day(Number(asOf.slice(8, 10))).slice(0, 7);
  const byUser = new Map(users.map((u) => [u.username, u]));
  const judgeOf = (c: PlanCase): Actor | undefined =>
    users.find((u) => u.judgeName === c.judge && u.division === c.division);
  // Reviewers: one judge account per division (so that cross review has someone for every case).
  const reviewers: string[] = [];
  for (const j of judges)
    if (!reviewers.some((r) => byUser.get(r)?.division === j.division)) reviewers.push(j.username);

  // 常规: last month, 40 cases by division (enough to hold a few cases of the judges with demo
  // accounts); the flow runs from 25 days before as-of.
  const t0 = day(25);
  const routine = await createReviewPlan(office, handle, {
    kind: "routine",
    title: `${lastMonth.replace("-", "年")}月常规评查`,
    month: lastMonth,
    size: 40,
    reviewers,
  });
  await drawReviewPlan(office, handle, routine.id, t0);
  const cases = (await getReviewPlan(office, handle, routine.id, t0)).cases;
  // Steps 3–5 need the case's judge to answer: cases whose judge has a demo account take them;
  // steps 0–2 (待评查, 待复核, 待反馈) any other assigned cases.
  const answerable = cases.filter((c) => c.reviewer && judgeOf(c)).slice(0, 3);
  const others = cases.filter((c) => c.reviewer && !answerable.includes(c)).slice(0, 3);
  const walk: [number, PlanCase][] = [
    ...others.map((c, i) => [i, c] as [number, PlanCase]),
    ...answerable.map((c, i) => [i + 3, c] as [number, PlanCase]),
  ];
  const fresh = async (sampleId: number) =>
    (await getReviewPlan(office, handle, routine.id, asOf)).cases.find(
      (c) => c.sampleId === sampleId,
    ) as PlanCase;
  const score = async (c: PlanCase, k: number, on: string) => {
    const reviewer = byUser.get(c.reviewer ?? "") as Actor;
    await submitReview(
      reviewer,
      handle,
      c.sampleId,
      {
        version: c.matterVersion ?? 1,
        findings: [...FINDINGS[(k - 1) % FINDINGS.length]!],
        comment: "案件整体质量较好，个别环节不够规范",
      },
      on,
    );
    const s = await fresh(c.sampleId);
    return s;
  };
  for (const [i, c] of walk) {
    const judge = judgeOf(c) as Actor;
    // i = 0: left 待评查. 1: 待复核. 2: 待反馈. 3: 已确认 → 整改 open and overdue. 4: 异议待处理.
    // 5: 异议已处理 → 整改 reported and verified.
    if (i === 0) continue;
    let s = await score(c, i, day(24));
    if (i === 1) continue;
    await verifyReview(
      office,
      handle,
      c.sampleId,
      { version: s.matterVersion ?? 1, decision: "verify", note: "评查意见准确" },
      day(23),
    );
    s = await fresh(c.sampleId);
    if (i === 2) continue;
    if (i === 3) {
      await answerReview(
        judge,
        handle,
        c.sampleId,
        { version: s.matterVersion ?? 1, answer: "accept", note: "无异议，按要求整改" },
        day(22),
      );
      continue;
    }
    await answerReview(
      judge,
      handle,
      c.sampleId,
      {
        version: s.matterVersion ?? 1,
        answer: "object",
        reason: "该案系依法公告送达，前期已多次电话联系当事人未果，有记录在卷",
      },
      day(22),
    );
    if (i === 4) continue;
    s = await fresh(c.sampleId);
    const d = await decideObjection(
      office,
      handle,
      c.sampleId,
      {
        version: s.matterVersion ?? 1,
        outcome: "维持评查结果",
        note: "经复核，卷内无直接送达、邮寄送达的记录，维持原评查结果",
      },
      day(20),
    );
    if (d.rectificationId) {
      const reported = await actOnMatter(
        judge,
        handle,
        d.rectificationId,
        "report",
        1,
        { report: "已补充送达记录，并在庭务会上组织学习送达规定" },
        day(15),
      );
      await actOnMatter(
        office,
        handle,
        d.rectificationId,
        "verify",
        reported.version,
        { note: "整改到位" },
        day(14),
      );
    }
  }

  // 交叉: last month, 6 cases, reviewers from other divisions (left 待评查).
  const cross = await createReviewPlan(office, handle, {
    kind: "cross",
    title: `${lastMonth.replace("-", "年")}月交叉评查`,
    month: lastMonth,
    size: 6,
    seed: 7,
    reviewers,
  });
  await drawReviewPlan(office, handle, cross.id, day(10));
  // 重点: every case reversed or remanded on appeal in the last three months.
  const focus = await createReviewPlan(office, handle, {
    kind: "focus",
    title: "近三个月改判发回案件重点评查",
    from: day(92),
    to: day(1),
    reviewers,
  });
  await drawReviewPlan(office, handle, focus.id, day(5));
  // 专项: cases with at least one extension closed this quarter — planned, not drawn yet.
  await createReviewPlan(office, handle, {
    kind: "special",
    title: "延长审限案件专项评查",
    from: day(90),
    to: asOf,
    size: 8,
    filter: { minExtensions: 1 },
    reviewers,
  });

  await seedObservation(handle, asOf, office, users);
}

async function seedObservation(handle: Db, asOf: string, office: Actor, users: Actor[]): Promise<void> {
  const day = (n: number) => formatIsoDate(parseIsoDate(asOf) - n);
  const members = [
    ...users.filter((u) => u.role === "president"),
    ...users.filter((u) => u.role === "chief"),
  ].slice(0, 5);
  if (members.length < 5) return;
  const pending = await listCases(office, handle, { status: "pending", pageSize: 3 });
  if (pending.rows.length < 3) return;
  const quarter = `${asOf.slice(0, 4)}-${Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) + 1}`;
  const plan = await createObservationPlan(office, handle, {
    title: `${quarter.replace("-", "年第")}季度庭审观摩评比`,
    quarter,
    members: members.map((m) => m.username),
    hearings: pending.rows.map((c, i) => ({
      caseNumber: c.caseNumber,
      heldOn: day(20 - i * 3),
      courtroom: ["第一法庭", "第二法庭", "第三法庭"][i] ?? "第一法庭",
    })),
  });
  const view = await getObservationPlan(office, handle, plan.id);
  // Totals per hearing and member (100 points): the first hearing is trimmed to (90+92+93)/3.
  const totals = [
    [95, 90, 92, 85, 93],
    [88, 86, 90, 87, 80],
    [82, 84, 79, 90, 83],
  ];
  for (let h = 0; h < view.hearings.length; h++)
    for (let m = 0; m < members.length; m++) {
      const missing = 100 - (totals[h]?.[m] ?? 85);
      const control = Math.max(0, 30 - missing);
      await scoreHearing(
        members[m]!,
        handle,
        view.hearings[h]!.id,
        { prep: 15, control, procedure: 25 - (missing - (30 - control)), language: 15, documents: 15 },
        day(8),
      );
    }
  await recordMeeting(office, handle, plan.id, {
    heldOn: day(6),
    reflections: "庭前会议归纳争点清楚，庭审节奏把控较好；个别发问重复，今后注意提高效率。",
    problems: "部分庭审释明不够充分，法言法语使用不够规范，书记员记录存在遗漏。",
    suggestions: "组织庭审规范化专题培训，推广示范庭录像观摩，统一庭审用语。",
  });
  const top = await proposeDemonstrationHearings(office, handle, plan.id);
  if (top[0]) await confirmDemonstrationHearing(office, handle, top[0]);
}
