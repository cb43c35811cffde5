/**
 * 会议纪要 (.docx) from the record: the meeting (time, place, chair, secretary), who attended (members
 * present and absent, 列席, 回避 with the reason; for the 审委会 the quorum), then each item on the
 * agenda — its materials, the opinions in speaking order, and the result (多数意见/少数意见 and the
 * panel's adoption; the 审委会's decision with the votes).
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { lookupCourt } from "../../domain/case-number/index.js";
import { type MinutesBlock, writeMinutesDocx } from "../../io/minutes-docx.js";
import { courtName } from "../courts/court-choice.js";
import { courtCode } from "../meta/court-code.js";
import { DOCX_TYPE, type FileResult } from "../shared/file.js";
import { getMeeting } from "./get-meeting.js";
import type { MeetingView } from "./meeting-view.js";

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cn = (i: number) => CN[i] ?? String(i + 1);

export function minutesBlocks(m: MeetingView): MinutesBlock[] {
  const b: MinutesBlock[] = [];
  const members = m.attendees.filter((a) => a.role === "member");
  b.push({ kind: "h1", text: "一、会议基本情况" });
  b.push({
    kind: "para",
    text: `时间：${m.scheduledOn} ${m.startTime}。地点：${m.place}。主持人：${m.chairName ?? "（未定）"}。记录人：${m.secretary}。`,
  });
  b.push({
    kind: "para",
    text: `出席：${
      members
        .filter((a) => a.present)
        .map((a) => a.name)
        .join("、") || "无"
    }。缺席：${
      members
        .filter((a) => !a.present)
        .map((a) => a.name)
        .join("、") || "无"
    }。`,
  });
  const observers = m.attendees.filter((a) => a.role === "observer");
  if (observers.length > 0)
    b.push({ kind: "para", text: `列席：${observers.map((a) => a.name).join("、")}。` });
  for (const r of m.attendees.filter((a) => a.role === "recused"))
    b.push({ kind: "para", text: `回避：${r.name}（理由：${r.reason}）。` });
  if (m.quorum) b.push({ kind: "para", text: m.quorum.text });
  b.push({
    kind: "para",
    text: `发言顺序：${m.speakingOrder.map((s) => s.name).join("、")}。${m.orderRule}`,
  });
  b.push({ kind: "h1", text: "二、讨论事项" });
  if (m.agenda.length === 0) b.push({ kind: "para", text: "本次会议未列入讨论事项。" });
  m.agenda.forEach((it, i) => {
    b.push({
      kind: "h2",
      text: `（${cn(i)}）${it.caseNumber ?? it.title}（承办部门：${it.division}；承办法官：${it.judge}）`,
    });
    if (it.source)
      b.push({
        kind: "para",
        text: `提请来源：${it.source}。${it.referralNote ? `提请理由：${it.referralNote}` : ""}`,
      });
    b.push({ kind: "para", text: `案情摘要：${it.summary || "（未提交）"}` });
    b.push({ kind: "para", text: `争议焦点：${it.issues || "（未提交）"}` });
    b.push({ kind: "para", text: `合议庭意见：${it.panelOpinion || "（未提交）"}` });
    if (it.similarCases) b.push({ kind: "para", text: `类案检索情况：${it.similarCases}` });
    if (it.files.length > 0)
      b.push({ kind: "para", text: `类案检索报告（附件）：${it.files.map((f) => f.name).join("、")}` });
    if (it.opinions.length > 0)
      b.push({
        kind: "table",
        headers: ["序号", "发言人", "意见", "发言要点"],
        rows: it.opinions.map((o) => [String(o.orderNo), o.name, o.stanceName, o.opinion]),
        shares: [1, 2, 3, 8],
      });
    else b.push({ kind: "para", text: "发言意见：尚未记录。" });
    if (m.kind === "committee") {
      b.push({ kind: "para", text: `表决情况：${it.outcome.text}。` });
      b.push({ kind: "para", text: `审委会决定：${it.result ?? "尚未作出决定"}` });
    } else {
      b.push({ kind: "para", text: `讨论结果：${it.result ?? it.outcome.text}` });
      b.push({ kind: "para", text: `合议庭采纳情况：${it.adoption ?? "尚待合议庭研究"}` });
    }
  });
  return b;
}

export async function meetingMinutes(
  actor: Actor,
  handle: Db,
  meetingId: number,
  today: string,
): Promise<FileResult> {
  const m = await getMeeting(actor, handle, meetingId, today);
  // Signed by the meeting's court; a one-court installation's meeting by the installation's court.
  const court = m.courtCode
    ? await courtName(handle, m.courtCode)
    : await courtCode(handle).then((code) => lookupCourt(code)?.name ?? code);
  const content = await writeMinutesDocx({
    title: `${m.kindName}会议纪要`,
    subtitle: `${m.title}（${m.scheduledOn}）`,
    body: minutesBlocks(m),
    signature: court,
  });
  const stem = `${m.scheduledOn}-${m.kindName}会议纪要-${m.id}`.replace(/[\\/:*?"<>|]/g, "_");
  return { fileName: `${stem}.docx`, mediaType: DOCX_TYPE, content };
}
