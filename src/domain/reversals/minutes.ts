/**
 * 评析会纪要: the words of a review meeting's minutes, from its record — the meeting (time, place,
 * host, attendees), each case (its number, judge, division, the appellate outcome and day, the
 * office's classification) with 原承办人自评, 庭长讲评 and 分管领导点评 as recorded, then the common
 * problems found and the follow-ups. Laid out as .docx by src/io/review-minutes-docx.ts.
 */
import { reviewComplete } from "./review.js";

export interface MinutesEntry {
  caseNumber: string;
  judge: string;
  division: string;
  cause: string | null;
  outcome: string | null;
  decidedOn: string | null;
  reason: string | null;
  responsibility: string | null;
  selfText: string | null;
  selfBy: string | null;
  chiefText: string | null;
  chiefBy: string | null;
  leaderText: string | null;
  leaderBy: string | null;
}

export interface MinutesInput {
  courtName: string;
  title: string;
  heldOn: string;
  place: string;
  host: string;
  attendees: string;
  problems: string;
  followUps: string;
  entries: readonly MinutesEntry[];
}

export type MinutesBlock =
  | { kind: "h1" | "h2" | "para"; text: string }
  | { kind: "table"; headers: string[]; rows: string[][]; shares: number[]; align?: ("left" | "center")[] };

export interface MinutesDocument {
  title: string;
  subtitle: string;
  body: MinutesBlock[];
  signature: string;
}

const CHINESE_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function ordinal(i: number): string {
  if (i < 10) return CHINESE_NUMBERS[i] ?? String(i + 1);
  if (i < 20) return `十${i === 10 ? "" : CHINESE_NUMBERS[i - 10]}`;
  return String(i + 1);
}

/** 2025-06-03 → 2025年6月3日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function said(text: string | null, by: string | null): string {
  if (!text?.trim()) return "（未记录）";
  return by ? `${text.trim()}（${by}）` : text.trim();
}

export function minutesDocument(m: MinutesInput): MinutesDocument {
  const done = m.entries.filter(reviewComplete).length;
  const body: MinutesBlock[] = [
    { kind: "para", text: `时间：${chineseDate(m.heldOn)}` },
    { kind: "para", text: `地点：${m.place || "—"}` },
    { kind: "para", text: `主持人：${m.host || "—"}` },
    { kind: "para", text: `参加人员：${m.attendees || "—"}` },
    {
      kind: "para",
      text: `本次评析会对 ${m.entries.length} 件被改判、发回重审案件逐案评析，由原承办人自评、庭长讲评、分管领导点评，其中 ${done} 件评析完毕。`,
    },
    { kind: "h1", text: "一、评析案件" },
    {
      kind: "table",
      headers: ["序号", "案号", "承办人", "部门", "二审结果", "发改原因", "责任认定"],
      rows: m.entries.map((e, i) => [
        String(i + 1),
        e.caseNumber,
        e.judge,
        e.division,
        [e.outcome ?? "—", e.decidedOn ? `（${e.decidedOn}）` : ""].join(""),
        e.reason ?? "未分类",
        e.responsibility ?? "未分类",
      ]),
      shares: [5, 26, 10, 12, 18, 14, 10],
      align: ["center", "left", "center", "center", "center", "center", "center"],
    },
  ];
  m.entries.forEach((e, i) => {
    body.push({ kind: "h2", text: `（${ordinal(i)}）${e.caseNumber}${e.cause ? `（${e.cause}）` : ""}` });
    body.push({ kind: "para", text: `原承办人自评：${said(e.selfText, e.selfBy)}` });
    body.push({ kind: "para", text: `庭长讲评：${said(e.chiefText, e.chiefBy)}` });
    body.push({ kind: "para", text: `分管领导点评：${said(e.leaderText, e.leaderBy)}` });
  });
  body.push({ kind: "h1", text: "二、发现的共性问题" });
  const problems = lines(m.problems);
  if (problems.length === 0) body.push({ kind: "para", text: "（未记录）" });
  for (const p of problems) body.push({ kind: "para", text: p });
  body.push({ kind: "h1", text: "三、整改措施和后续工作" });
  const follow = lines(m.followUps);
  if (follow.length === 0) body.push({ kind: "para", text: "（未记录）" });
  for (const f of follow) body.push({ kind: "para", text: f });
  return {
    title: `${m.courtName}发改案件评析会纪要`,
    subtitle: m.title,
    body,
    signature: `${m.courtName}审判管理办公室　${chineseDate(m.heldOn)}`,
  };
}
