/**
 * 评查通报 — the bulletin of one review plan: what was reviewed, scores and classes, the common
 * problems by section of the score sheet, and the state of rectification. Words and tables only
 * (the .docx and .xlsx writers in src/io lay them out).
 */
import { chineseDate } from "../bulletin/dates.js";
import type { Block, BulletinDocument } from "../bulletin/narrative.js";

export interface ReviewBulletinCase {
  caseNumber: string;
  division: string;
  judge: string;
  reviewerName: string | null;
  stateLabel: string;
  score: number | null;
  className: string | null;
  problems: { section: string; text: string; points: number; severity: string }[];
}

export interface ReviewBulletinData {
  courtName: string;
  planTitle: string;
  kindLabel: string;
  periodFrom: string;
  periodTo: string;
  seed: number;
  generatedOn: string;
  cases: ReviewBulletinCase[];
  problemsBySection: { section: string; count: number; points: number }[];
  rectifications: {
    caseNumber: string;
    judge: string;
    division: string;
    stateLabel: string;
    dueOn: string | null;
    overdue: boolean;
  }[];
  /** Class names of the scheme in force, best first. */
  classes: string[];
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ""));

export function reviewBulletinDocument(d: ReviewBulletinData): BulletinDocument {
  const scored = d.cases.filter((c) => c.score !== null);
  const avg = scored.length ? scored.reduce((s, c) => s + (c.score ?? 0), 0) / scored.length : null;
  const byClass = d.classes.map((k) => [k, scored.filter((c) => c.className === k).length] as const);
  const overdue = d.rectifications.filter((r) => r.overdue).length;
  const done = d.rectifications.filter((r) => r.stateLabel === "已验收").length;
  const body: Block[] = [
    { kind: "h1", text: "一、评查基本情况" },
    {
      kind: "para",
      text:
        `本次${d.kindLabel}评查范围为${chineseDate(d.periodFrom)}至${chineseDate(d.periodTo)}，随机抽取（随机种子 ${d.seed}）案件 ${d.cases.length} 件，` +
        `已完成评查 ${scored.length} 件` +
        (avg === null
          ? "。"
          : `，平均得分 ${fmt(Math.round(avg * 100) / 100)} 分；${byClass.map(([k, n]) => `${k} ${n} 件`).join("，")}。`),
    },
    {
      kind: "table",
      headers: ["序号", "案号", "承办部门", "承办人", "得分", "等次", "状态"],
      rows: d.cases.map((c, i) => [
        String(i + 1),
        c.caseNumber,
        c.division,
        c.judge,
        c.score === null ? "—" : fmt(c.score),
        c.className ?? "—",
        c.stateLabel,
      ]),
      shares: [5, 22, 14, 9, 7, 7, 10],
      align: ["center", "left", "left", "center", "center", "center", "center"],
    },
    { kind: "gap" },
    { kind: "h1", text: "二、发现的共性问题" },
  ];
  if (d.problemsBySection.length === 0) body.push({ kind: "para", text: "本次评查未发现问题。" });
  else {
    body.push({
      kind: "para",
      text: `共发现问题 ${d.problemsBySection.reduce((s, p) => s + p.count, 0)} 个，按评查项目分布如下：${d.problemsBySection
        .map((p) => `${p.section} ${p.count} 个（扣 ${fmt(p.points)} 分）`)
        .join("，")}。`,
    });
    for (const sec of d.problemsBySection) {
      body.push({ kind: "h2", text: `（${sec.section}）` });
      const items = d.cases.flatMap((c) =>
        c.problems
          .filter((p) => p.section === sec.section)
          .map((p) => `${c.caseNumber}：${p.text}（${p.severity}，扣 ${fmt(p.points)} 分）`),
      );
      for (const t of items) body.push({ kind: "para", text: t });
    }
  }
  body.push({ kind: "h1", text: "三、整改情况" });
  body.push({
    kind: "para",
    text:
      d.rectifications.length === 0
        ? "本次评查无需整改的案件。"
        : `下达整改 ${d.rectifications.length} 件，已验收 ${done} 件，逾期未整改 ${overdue} 件。请相关承办法官按期整改并报告整改情况。`,
  });
  if (d.rectifications.length > 0)
    body.push({
      kind: "table",
      headers: ["案号", "承办部门", "承办人", "整改期限", "状态"],
      rows: d.rectifications.map((r) => [
        r.caseNumber,
        r.division,
        r.judge,
        r.dueOn ?? "—",
        r.overdue ? `${r.stateLabel}（逾期）` : r.stateLabel,
      ]),
      shares: [24, 16, 10, 12, 12],
      align: ["left", "left", "center", "center", "center"],
    });
  return {
    title: "案件质量评查通报",
    subtitle: `（${d.planTitle}）`,
    body,
    signature: [`${d.courtName}审判管理办公室`, chineseDate(d.generatedOn)],
  };
}
