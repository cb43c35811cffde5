/**
 * The demo court's 阅核 drafts: for the first two divisions' demo judges, drafts in every state —
 * waiting (one overdue), returned, resubmitted, signed off after a 复议, referred to the 专业法官会议,
 * escalated after a second 复议 on the same point (to the 分管院领导, and to the 审委会) — each a
 * small generated .docx, taken through the use cases so that their traces are real. The second
 * judge is listed as in their first year after 入额 (a demo setting), so their cases show “须阅核”.
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
  const actor = (username: string): Actor | undefined => {
    const u = users.find((x) => x.username === username);
    return u
      ? actorOf({ username: u.username, role: u.role, division: u.division, judgeName: u.judge_name })
      : undefined;
  };
  const judges = ["demo-judge-1", "demo-judge-2"].map(actor).filter((a): a is Actor => !!a?.judgeName);
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
  for (const judge of judges) {
    const chief = users.find((u) => u.role === "chief" && u.division === judge.division);
    const reviewer = chief ? actor(chief.username) : undefined;
    if (!reviewer) continue;
    const cases = await pendingCasesOfJudge(
      handle,
      { name: judge.judgeName as string, division: judge.division as string },
      6,
    );
    const submit = async (c: { id: number; caseNumber: string }, on: string, remandRetrial = false) => {
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
    const ret = (id: number, on: string, point = "事实认定") =>
      actOnMatter(
        reviewer,
        handle,
        id,
        "return",
        1,
        { point, note: "请补充对被告已部分还款抗辩的认定与说理" },
        on,
      );
    const answer = (id: number, on: string) =>
      resubmitDraft(
        judge,
        handle,
        id,
        { version: 2, note: "已补充还款事实的认定及证据分析", conclusion: "部分支持原告的诉讼请求" },
        on,
      );
    type Case = { id: number; caseNumber: string };
    // In order of what the demo most needs to show, should a judge have few pending cases.
    const scenarios: ((c: Case) => Promise<unknown>)[] = [
      // Waiting, overdue (submitted 6 working days ago), for a remanded case.
      (c) => submit(c, day(6), true),
      // A second 复议 on the same point: the first judge's draft (submitted while the setting said
      // so) to the 分管院领导, the second judge's to the 审委会.
      async (c) => {
        const toLeader = judge !== second;
        if (toLeader) await settings("leader");
        const m = await submit(c, day(9));
        if (toLeader) await settings("committee");
        await ret(m.id, day(8));
        await answer(m.id, day(6));
        await actOnMatter(
          reviewer,
          handle,
          m.id,
          toLeader ? "escalate-leader" : "escalate-committee",
          3,
          { point: "事实认定", note: "复议后对还款事实的认定仍有重大分歧" },
          day(3),
        );
      },
      // Returned, waiting for the judge's answer.
      async (c) => ret((await submit(c, day(5))).id, day(4)),
      // Signed off after one 复议.
      async (c) => {
        const m = await submit(c, day(12));
        await ret(m.id, day(11), "法律适用");
        await answer(m.id, day(9));
        await actOnMatter(reviewer, handle, m.id, "sign-off", 3, { note: "同意签发" }, day(8));
      },
      // Referred to the 专业法官会议.
      async (c) => {
        const m = await submit(c, day(10));
        await actOnMatter(
          reviewer,
          handle,
          m.id,
          "refer-meeting",
          1,
          { note: "本案法律适用存在分歧，提交专业法官会议讨论" },
          day(8),
        );
      },
      // Waiting within the limit: the first judge's resubmitted, the second's just submitted.
      async (c) => {
        if (judge === second) return submit(c, day(1));
        const m = await submit(c, day(4));
        await ret(m.id, day(3));
        await answer(m.id, day(1));
      },
    ];
    for (const [i, c] of cases.entries()) await scenarios[i]?.(c);
  }
}
