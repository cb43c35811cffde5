/**
 * The demo court's 阅核 drafts: on the demo judges' pending cases (taken in turn, one judge after
 * another), drafts in every state — waiting (one overdue), returned, resubmitted, signed off after
 * a 复议, referred to the 专业法官会议, escalated after a second 复议 on the same point (to the 分管院领导,
 * and to the 审委会) — twice over, each a small generated .docx, taken through the use cases so that
 * their traces are real. The second demo judge is listed as in their first year after 入额 (a demo
 * setting), so their cases show “须阅核”.
 */
import { Readable } from "node:stream";
import type { Db } from "../../db/connect.js";
import { writeSetting } from "../../db/settings/settings.js";
import { pendingCasesOfJudge } from "../../db/sign-off/pending-cases-of-judge.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  addMonths,
  formatIsoDate,
  isWeekend,
  type LegalCalendar,
  legalCalendar,
  parseIsoDate,
} from "../../domain/calendar/index.js";
import { draftDocx } from "../../io/draft-docx.js";
import { actorOf } from "../shared/actor.js";
import { resubmitDraft } from "../sign-off/resubmit-draft.js";
import { SIGN_OFF_SETTING } from "../sign-off/sign-off-settings.js";
import { submitDraft } from "../sign-off/submit-draft.js";
import { uploadDraftFile } from "../sign-off/upload-draft-file.js";
import { actOnMatter } from "../workflow/act-on-matter.js";

/** The working day `n` working days before `day` (weekends and holidays skipped). */
function workingDaysBefore(calendar: LegalCalendar, day: string, n: number): string {
  let d = parseIsoDate(day);
  let left = n;
  while (left > 0) {
    d--;
    if (calendar.covers(d) ? calendar.isWorkingDay(d) : !isWeekend(d)) left--;
  }
  return formatIsoDate(d);
}

export async function seedDemoSignOff(handle: Db, asOf: string): Promise<void> {
  const users = await listDemoUsers(handle);
  const actorOfUser = (u: (typeof users)[number]): Actor =>
    actorOf({ username: u.username, role: u.role, division: u.division, judgeName: u.judge_name });
  const number = (username: string) => Number(username.replace(/\D/g, "")) || 0;
  const judges = users
    .filter((u) => u.role === "judge" && u.judge_name && u.division)
    .sort((a, b) => number(a.username) - number(b.username))
    .map(actorOfUser);
  if (judges.length === 0) return;
  const second = judges[1];
  const firstYearJudges =
    second?.judgeName && second.division
      ? [
          {
            name: second.judgeName,
            division: second.division,
            appointedOn: formatIsoDate(addMonths(parseIsoDate(asOf), -5)),
          },
        ]
      : [];
  const settings = (escalation: "committee" | "leader") =>
    writeSetting(
      handle,
      SIGN_OFF_SETTING,
      JSON.stringify({ firstYearJudges, escalation }),
      new Date().toISOString(),
    );
  await settings("committee");
  const cal = legalCalendar();
  const day = (n: number) => workingDaysBefore(cal, asOf, n);
  let seq = 0;

  type Case = { id: number; caseNumber: string };
  /** One draft: the judge, the case's reviewer (the division's 庭长), the case. */
  type Slot = { judge: Actor; reviewer: Actor; c: Case };
  const perJudge: Slot[][] = [];
  for (const judge of judges) {
    const chief = users.find((u) => u.role === "chief" && u.division === judge.division);
    if (!chief) continue;
    const reviewer = actorOfUser(chief);
    const cases = await pendingCasesOfJudge(
      handle,
      { name: judge.judgeName as string, division: judge.division as string },
      4,
    );
    perJudge.push(cases.map((c) => ({ judge, reviewer, c })));
  }
  // In turn: each judge's oldest pending case, then each one's next …
  const slots: Slot[] = [];
  for (let i = 0; perJudge.some((list) => i < list.length); i++)
    for (const list of perJudge) if (list[i]) slots.push(list[i] as Slot);

  const submit = async ({ judge, c }: Slot, on: string, remandRetrial = false) => {
    const bytes = await draftDocx(`${c.caseNumber}民事判决书（送阅稿）`, [
      "本院经审理查明……",
      "本院认为……",
      "判决如下：……",
    ]);
    const file = await uploadDraftFile(
      judge,
      handle,
      { fileName: `判决书送阅稿${++seq}.docx`, content: Readable.from([bytes]) },
      on,
    );
    return submitDraft(
      judge,
      handle,
      {
        caseId: c.id,
        documentType: "判决书",
        documentTitle: "民事判决书",
        conclusion: "驳回原告的全部诉讼请求",
        fileId: file.id,
        remandRetrial,
      },
      on,
    );
  };
  /** The reviewer the draft went to (the 庭长, or the 分管院领导 for a supervised case). */
  const reviewerOf = (m: { data: Record<string, unknown> }, slot: Slot): Actor => {
    const u = users.find((x) => x.username === m.data.reviewer);
    return u ? actorOfUser(u) : slot.reviewer;
  };
  type Draft = { id: number; data: Record<string, unknown> };
  const ret = (slot: Slot, m: Draft, on: string, point = "事实认定") =>
    actOnMatter(
      reviewerOf(m, slot),
      handle,
      m.id,
      "return",
      1,
      { point, note: "请补充对被告已部分还款抗辩的认定与说理" },
      on,
    );
  const answer = ({ judge }: Slot, id: number, on: string) =>
    resubmitDraft(
      judge,
      handle,
      id,
      { version: 2, note: "已补充还款事实的认定及证据分析", conclusion: "部分支持原告的诉讼请求" },
      on,
    );
  /** A second 复议 on the same point, escalated the way the setting said when it was submitted. */
  const escalated = async (slot: Slot, way: "committee" | "leader") => {
    if (way === "leader") await settings("leader");
    const m = await submit(slot, day(9));
    if (way === "leader") await settings("committee");
    await ret(slot, m, day(8));
    await answer(slot, m.id, day(6));
    // The way the draft recorded when it was submitted: the setting's, unless the case's reviewer
    // made it another (a supervised case already goes to the 分管院领导, so it is not escalated to them).
    const recorded = m.data.escalation;
    const action =
      recorded === "leader" || recorded === "committee" || recorded === "meeting"
        ? `escalate-${recorded}`
        : `escalate-${way}`;
    await actOnMatter(
      reviewerOf(m, slot),
      handle,
      m.id,
      action,
      3,
      { point: "事实认定", note: "复议后对还款事实的认定仍有重大分歧" },
      day(3),
    );
  };
  const scenarios: ((slot: Slot) => Promise<unknown>)[] = [
    // Waiting, overdue (submitted 6 working days ago), for a remanded case.
    (slot) => submit(slot, day(6), true),
    // Returned, waiting for the judge's answer.
    async (slot) => ret(slot, await submit(slot, day(5)), day(4)),
    // Signed off after one 复议.
    async (slot) => {
      const m = await submit(slot, day(12));
      await ret(slot, m, day(11), "法律适用");
      await answer(slot, m.id, day(9));
      await actOnMatter(reviewerOf(m, slot), handle, m.id, "sign-off", 3, { note: "同意签发" }, day(8));
    },
    (slot) => escalated(slot, "leader"),
    // Referred to the 专业法官会议.
    async (slot) => {
      const m = await submit(slot, day(10));
      await actOnMatter(
        reviewerOf(m, slot),
        handle,
        m.id,
        "refer-meeting",
        1,
        { note: "本案法律适用存在分歧，提交专业法官会议讨论" },
        day(8),
      );
    },
    (slot) => escalated(slot, "committee"),
    // Resubmitted after a 复议, waiting again.
    async (slot) => {
      const m = await submit(slot, day(4));
      await ret(slot, m, day(3));
      await answer(slot, m.id, day(1));
    },
    // Just submitted, within the limit.
    (slot) => submit(slot, day(1)),
  ];
  // Every state twice over (or as far as the judges' pending cases go).
  for (const [i, slot] of slots.slice(0, scenarios.length * 2).entries())
    await scenarios[i % scenarios.length]?.(slot);
}
