/**
 * A 四类案件 list as an .xlsx (the tab and filters on screen, every row, within the reader's scope).
 * The lists are small (a court's supervised cases: tens to thousands), so the workbook is built in
 * memory, at most 10,000 rows.
 */
import { PassThrough } from "node:stream";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { type ListColumn, writeListXlsx } from "../../io/list-xlsx.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { listSupervisedCases, type SupervisedListQuery } from "./list-supervised-cases.js";
import type { SupervisedCaseRow } from "./supervised-case-row.js";

const TAB_TITLES: Record<string, string> = { candidate: "待确认", supervised: "监管中", ended: "已结束" };
const MAX_ROWS = 10_000;

const COLUMNS: ListColumn<SupervisedCaseRow>[] = [
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "状态", value: (r) => r.stateLabel, width: 10 },
  {
    header: "类别",
    value: (r) =>
      r.findings
        .map((f) => f.categoryName)
        .filter((v, i, a) => a.indexOf(v) === i)
        .join("；"),
    width: 30,
  },
  { header: "承办部门", value: (r) => r.division, width: 18 },
  { header: "承办人", value: (r) => r.judge, width: 10 },
  { header: "识别规则", value: (r) => r.findings.map((f) => f.ruleTitle).join("；"), width: 30 },
  { header: "理由", value: (r) => r.findings.map((f) => f.reason).join("；"), width: 60 },
  { header: "标注日期", value: (r) => r.openedOn, width: 12 },
  { header: "结束日期", value: (r) => r.closedOn, width: 12 },
];

export async function exportSupervisedCases(
  actor: Actor,
  handle: Db,
  q: SupervisedListQuery,
): Promise<FileResult> {
  const list = await listSupervisedCases(actor, handle, { ...q, page: 1, pageSize: 1000 });
  const rows = [...list.rows];
  for (let page = 2; rows.length < Math.min(list.total, MAX_ROWS); page++) {
    const more = await listSupervisedCases(actor, handle, { ...q, page, pageSize: 1000 });
    if (more.rows.length === 0) break;
    rows.push(...more.rows);
  }
  const title = `四类案件（${TAB_TITLES[list.tab] ?? list.tab}）`;
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
    COLUMNS,
    (async function* () {
      yield rows.slice(0, MAX_ROWS);
    })(),
  );
  await ended;
  return xlsxFile(`${title}.xlsx`, Buffer.concat(chunks));
}
