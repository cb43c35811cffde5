/**
 * The demo court's 发改案件, 评析会 and 类案裁判规则, taken through their own use cases: entries
 * classified with several reasons and responsibilities (new evidence and settlement never 差错), one
 * objection decided by the 审判委员会 and one waiting; a 评析会 on three entries of demo judges with
 * 自评, 讲评 and 点评 all recorded (评析完毕), its problems and follow-ups; and three 类案裁判规则
 * adopted by the 审委会 on the 案由 most common among pending cases (so their pages show 类案指导),
 * with a draft beside them.
 */
import { commonPendingCauses } from "../../db/case-rules/case-rules.js";
import type { Db } from "../../db/connect.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { Actor } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";
import { adoptCaseRule } from "../case-rules/change-case-rule.js";
import { createCaseRule } from "../case-rules/create-case-rule.js";
import { classifyReversal } from "../reversals/classify-reversal.js";
import { decideObjection } from "../reversals/decide-objection.js";
import { listReversals } from "../reversals/list-reversals.js";
import { objectToReversal } from "../reversals/object-reversal.js";
import { createReviewMeeting } from "../review-meetings/create-review-meeting.js";
import { recordReview } from "../review-meetings/record-review.js";
import { updateReviewMeeting } from "../review-meetings/update-review-meeting.js";
import { actorOf } from "../shared/actor.js";

const CLASSIFICATIONS: { reason: string; responsibility: string; note: string }[] = [
  {
    reason: "事实认定",
    responsibility: "差错",
    note: "对借款是否实际交付未予查明，仅凭借条认定借贷关系成立。",
  },
  { reason: "法律适用", responsibility: "瑕疵", note: "违约金计算标准适用有误，但不影响主要判项。" },
  { reason: "新证据", responsibility: "非差错", note: "二审期间上诉人提交了一审未提交的转账凭证。" },
  { reason: "程序违法", responsibility: "差错", note: "遗漏必须参加诉讼的共同继承人。" },
  { reason: "当事人和解/撤诉后改判", responsibility: "非差错", note: "二审期间双方达成和解，二审据此改判。" },
  { reason: "法律适用", responsibility: "非差错", note: "二审对裁判尺度认识不同，一审裁判有合理依据。" },
  { reason: "其他", responsibility: "瑕疵", note: "判决书说理不充分，对主要争议焦点回应不足。" },
  { reason: "事实认定", responsibility: "瑕疵", note: "对损失数额的认定依据说明不足。" },
];

export async function seedDemoReversals(handle: Db, asOf: string): Promise<void> {
  const users = await listDemoUsers(handle);
  const actorOfUser = (u: (typeof users)[number]): Actor =>
    actorOf({
      username: u.username,
      role: u.role,
      division: u.division,
      judgeName: u.judge_name,
      isDemo: true,
      displayName: u.judge_name ?? u.display_name,
    });
  const officeUser = users.find((u) => u.role === "office");
  const presidentUser = users.find((u) => u.role === "president");
  if (!officeUser || !presidentUser) return;
  const office = actorOfUser(officeUser);
  const president = actorOfUser(presidentUser);
  const day = (n: number) => formatIsoDate(parseIsoDate(asOf) - n);

  // The register within the last year and a half, newest first.
  const { rows } = await listReversals(office, handle, { from: day(540), to: asOf });
  if (rows.length === 0) return;
  const judgeOf = (r: { judge: string; division: string }) =>
    users.find((u) => u.role === "judge" && u.judge_name === r.judge && u.division === r.division);
  const chiefOf = (r: { division: string }) =>
    users.find((u) => u.role === "chief" && u.division === r.division);
  // Entries of demo judges (they can write their 自评) whose division has a demo chief, first.
  const reviewable = rows.filter((r) => judgeOf(r) && chiefOf(r));
  const others = rows.filter((r) => !reviewable.includes(r));
  const picked = [...reviewable.slice(0, 6), ...others.slice(0, 6)];

  const classified: typeof rows = [];
  for (const [i, r] of picked.entries()) {
    const c = CLASSIFICATIONS[i % CLASSIFICATIONS.length];
    if (!c) continue;
    classified.push(await classifyReversal(office, handle, r.caseId, { ...c, version: 0 }));
  }

  // Objections by the judges of 差错 / 瑕疵 entries: one decided by the 审委会 (upheld), one waiting.
  const objectable = classified.filter(
    (r) => (r.responsibility === "差错" || r.responsibility === "瑕疵") && judgeOf(r),
  );
  const [decided, waiting] = objectable;
  if (decided) {
    const judge = actorOfUser(judgeOf(decided) as (typeof users)[number]);
    const o = await objectToReversal(judge, handle, decided.caseId, {
      text: "二审改判系因上诉人在二审中才提交关键证据，一审已尽到释明义务，不应认定为差错。",
      version: decided.version,
    });
    await decideObjection(office, handle, decided.caseId, {
      decision: "成立",
      decider: "审判委员会",
      reference: `审判委员会${asOf.slice(0, 4)}年第3次会议决定：异议成立，改定为瑕疵`,
      responsibility: "瑕疵",
      version: o.version,
    });
  }
  if (waiting) {
    const judge = actorOfUser(judgeOf(waiting) as (typeof users)[number]);
    await objectToReversal(judge, handle, waiting.caseId, {
      text: "该案程序问题系当事人未如实陈述其他继承人情况所致，请求重新认定责任。",
      version: waiting.version,
    });
  }

  // A 评析会 on three entries of demo judges, every part recorded.
  const reviewed = reviewable.slice(0, 3);
  if (reviewed.length > 0) {
    const meeting = await createReviewMeeting(office, handle, {
      title: `${asOf.slice(0, 4)}年第一次发改案件评析会`,
      heldOn: day(14),
      place: "第三审判庭",
      host: president.name ?? "分管院领导",
      attendees: "分管院领导、各业务庭庭长、原承办法官、审管办",
      caseIds: reviewed.map((r) => r.caseId),
    });
    for (const r of reviewed) {
      const judge = actorOfUser(judgeOf(r) as (typeof users)[number]);
      const chief = actorOfUser(chiefOf(r) as (typeof users)[number]);
      await recordReview(judge, handle, meeting.id, r.caseId, {
        part: "self",
        text: "对二审改判的理由已认真研读：一审对关键事实的审查不够细致，今后将加强对证据真实性和关联性的审查。",
      });
      await recordReview(chief, handle, meeting.id, r.caseId, {
        part: "chief",
        text: "本案暴露出庭审中对争议焦点归纳不准的问题，庭里将组织同类案件的专题学习，统一裁判尺度。",
      });
      await recordReview(president, handle, meeting.id, r.caseId, {
        part: "leader",
        text: "要把发改案件评析作为提升审判质量的重要抓手，对共性问题形成类案裁判规则，报审委会讨论。",
      });
    }
    await updateReviewMeeting(office, handle, meeting.id, {
      problems:
        "一、对借款实际交付等关键事实审查不细。\n二、裁判文书对争议焦点的说理不够充分。\n三、对必须参加诉讼的当事人审查不严。",
      followUps:
        "一、各业务庭一个月内组织一次同类案件专题学习。\n二、审管办起草民间借贷案件类案裁判规则，提交审委会讨论。\n三、下次评析会通报整改情况。",
      version: meeting.version,
    });
  }

  // 类案裁判规则 on the 案由 most common among pending cases: three adopted, one draft.
  const causes = await commonPendingCauses(handle, 4);
  const sourceOf = (cause: string) =>
    rows
      .filter((r) => r.cause === cause)
      .slice(0, 2)
      .map((r) => r.caseNumber);
  for (const [i, cause] of causes.entries()) {
    const rule = await createCaseRule(office, handle, {
      title: `${cause}案件的审理要点（第${i + 1}号）`,
      cause,
      ruleText: `审理${cause}案件，应当全面审查当事人提交的证据，对关键事实的认定应当说明理由；对当事人在二审中可能提出的新证据，一审应当充分释明举证责任及逾期举证的后果。`,
      sourceCaseNumbers: sourceOf(cause),
    });
    if (i < 3)
      await adoptCaseRule(office, handle, rule.id, {
        adoptedOn: day(7 - i),
        reference: `审判委员会${asOf.slice(0, 4)}年第${i + 4}次会议`,
        version: rule.version,
      });
  }
}
