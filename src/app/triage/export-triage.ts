/**
 * 分流建议 and 程序不符 as .xlsx (the filters on screen, every row within the reader's scope). A
 * court's pending 民初 cases are thousands, so the workbook is built in memory, at most 50,000 rows.
 */
import { PassThrough } from "node:stream";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { type ListColumn, writeListXlsx } from "../../io/list-xlsx.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { allMismatches, type MismatchListQuery } from "./list-mismatches.js";
import { allSuggestions, type SuggestionListQuery } from "./list-suggestions.js";
import type { MismatchRow, TriageRow } from "./triage-rows.js";

const MAX_ROWS = 50_000;

/** 导出本页 (a page asked) or 导出全部 (no page). */
function pageRows<T>(rows: readonly T[], q: { page?: number; pageSize?: number }): readonly T[] {
  if (q.page === undefined) return rows;
  const size = Math.min(1000, Math.max(1, Math.floor(q.pageSize ?? 50)));
  return rows.slice((q.page - 1) * size, q.page * size);
}

const CASE_COLUMNS: ListColumn<TriageRow>[] = [
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "承办部门", value: (r) => r.division, width: 16 },
  { header: "承办人", value: (r) => r.judge, width: 10 },
  { header: "案由", value: (r) => r.cause, width: 20 },
  { header: "标的额（元）", value: (r) => r.amountYuan, width: 14, numFmt: "#,##0.00" },
  { header: "立案日期", value: (r) => r.filedOn, width: 12 },
  { header: "立案时审理程序", value: (r) => r.procedure, width: 14 },
  { header: "建议程序", value: (r) => r.track, width: 14 },
];

async function workbook<T>(title: string, columns: ListColumn<T>[], rows: readonly T[]): Promise<FileResult> {
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

export async function exportSuggestions(
  actor: Actor,
  handle: Db,
  q: SuggestionListQuery,
  today?: string,
): Promise<FileResult> {
  const r = await allSuggestions(actor, handle, q, today);
  return workbook(
    `繁简分流建议（${r.asOf}）`,
    [
      ...CASE_COLUMNS,
      { header: "适用规则", value: (x) => x.ruleTitles.join("；"), width: 40 },
      { header: "理由", value: (x) => x.reasons.join("；"), width: 80 },
    ],
    pageRows(r.rows, q),
  );
}

export async function exportMismatches(
  actor: Actor,
  handle: Db,
  q: MismatchListQuery,
  today?: string,
): Promise<FileResult> {
  const r = await allMismatches(actor, handle, q, today);
  const columns: ListColumn<MismatchRow>[] = [
    ...(CASE_COLUMNS as ListColumn<MismatchRow>[]),
    { header: "结案日期", value: (x) => x.closedOn, width: 12 },
    { header: "不符情形", value: (x) => x.kindLabel, width: 30 },
    { header: "理由", value: (x) => x.reasons.join("；"), width: 80 },
  ];
  return workbook(`程序不符案件（${r.from}至${r.to}结案及未结）`, columns, pageRows(r.rows, q));
}
