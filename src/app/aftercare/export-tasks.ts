/**
 * The 释明 and 督促履行 lists as .xlsx (the tab and filters on screen, every row within the
 * reader's scope, at most 10,000), built in memory like the 四类案件 list.
 */
import { PassThrough } from "node:stream";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { type ListColumn, writeListXlsx } from "../../io/list-xlsx.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import {
  type AftercareQuery,
  type ExplanationTask,
  explanationTasks,
  type PerformanceTask,
  performanceTasks,
} from "./tasks.js";

const MAX_ROWS = 10_000;

const EXPLANATION_COLUMNS: ListColumn<ExplanationTask>[] = [
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "案由", value: (r) => r.cause, width: 20 },
  { header: "承办部门", value: (r) => r.division, width: 16 },
  { header: "承办人", value: (r) => r.judge, width: 10 },
  { header: "结案日期", value: (r) => r.closedOn, width: 12 },
  { header: "状态", value: (r) => (r.state === "done" ? "已释明" : "待释明"), width: 10 },
  { header: "释明日期", value: (r) => r.explanation?.explainedOn, width: 12 },
  { header: "释明方式", value: (r) => r.explanation?.way, width: 10 },
  {
    header: "释明的风险点",
    value: (r) =>
      r.explanation ? [...r.explanation.riskPoints, r.explanation.riskNote].filter(Boolean).join("；") : "",
    width: 50,
  },
  { header: "类案指引", value: (r) => r.explanation?.guidance, width: 30 },
  { header: "上诉", value: (r) => (r.appealed ? "是" : "否"), width: 8 },
];

const PERFORMANCE_COLUMNS: ListColumn<PerformanceTask>[] = [
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "案由", value: (r) => r.cause, width: 20 },
  { header: "承办部门", value: (r) => r.division, width: 16 },
  { header: "承办人", value: (r) => r.judge, width: 10 },
  { header: "结案方式", value: (r) => r.closureMode, width: 10 },
  { header: "结案日期", value: (r) => r.closedOn, width: 12 },
  { header: "标的额（元）", value: (r) => r.amountYuan, width: 14, numFmt: "#,##0.00" },
  { header: "生效日期", value: (r) => r.effectiveOn, width: 12 },
  { header: "生效日期来源", value: (r) => (r.effectEstimated ? "推定" : "登记"), width: 12 },
  { header: "状态", value: (r) => r.stateLabel, width: 18 },
  { header: "督促次数", value: (r) => r.contacts, width: 10 },
  { header: "最近督促日期", value: (r) => r.lastContactOn, width: 12 },
  { header: "履行结果", value: (r) => r.outcome, width: 10 },
  { header: "已履行金额（元）", value: (r) => r.recorded?.performedYuan, width: 16, numFmt: "#,##0.00" },
  { header: "执行案号", value: (r) => r.enforcementCase, width: 28 },
];

async function workbook<T>(title: string, columns: ListColumn<T>[], rows: T[]): Promise<FileResult> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  await writeListXlsx(
    out,
    title,
    columns,
    (async function* () {
      yield rows.slice(0, MAX_ROWS);
    })(),
  );
  await ended;
  return xlsxFile(`${title}.xlsx`, Buffer.concat(chunks));
}

export async function exportExplanations(actor: Actor, handle: Db, q: AftercareQuery): Promise<FileResult> {
  mustAuthorize(actor, "view-aftercare");
  // 导出本页 sends the page; 导出全部 none (every row, at most MAX_ROWS).
  const size = q.pageSize ?? 20;
  const paging = q.page ? { limit: size, offset: (q.page - 1) * size } : { limit: MAX_ROWS, offset: 0 };
  const { rows } = await explanationTasks(actor, handle, q, paging);
  return workbook("判后释明任务", EXPLANATION_COLUMNS, rows);
}

export async function exportPerformance(
  actor: Actor,
  handle: Db,
  q: AftercareQuery,
  today: string,
): Promise<FileResult> {
  mustAuthorize(actor, "view-aftercare");
  const all = await performanceTasks(actor, handle, q, today);
  const size = q.pageSize ?? 20;
  const rows = q.page ? all.slice((q.page - 1) * size, q.page * size) : all;
  return workbook("督促履行任务", PERFORMANCE_COLUMNS, rows);
}
