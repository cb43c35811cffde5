/** 退案流转 as an .xlsx: the list on screen with its filters, every row (at most 10,000). */
import { PassThrough } from "node:stream";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { type ListColumn, writeListXlsx } from "../../io/list-xlsx.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { allTransfersBack, type TransfersQuery } from "./list-transfers-back.js";
import type { TransferRow } from "./transfer-row.js";

const MAX_ROWS = 10_000;

const COLUMNS: ListColumn<TransferRow>[] = [
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "案由", value: (r) => r.cause, width: 18 },
  { header: "分流方式", value: (r) => r.track, width: 10 },
  { header: "立案日期", value: (r) => r.filedOn, width: 12 },
  { header: "退出方式", value: (r) => r.kindLabel, width: 12 },
  { header: "退出日期", value: (r) => r.transferredOn, width: 12 },
  { header: "在速裁快审天数", value: (r) => r.daysInFastTrack, width: 10 },
  { header: "期限（天）", value: (r) => r.limitDays, width: 10 },
  { header: "是否逾期", value: (r) => r.lateLabel, width: 10 },
  { header: "原程序", value: (r) => r.fromProcedure, width: 14 },
  { header: "现程序", value: (r) => r.toProcedure, width: 14 },
  { header: "原部门", value: (r) => r.fromDivision, width: 16 },
  { header: "移送部门", value: (r) => r.toDivision, width: 16 },
  { header: "现承办人", value: (r) => r.judge, width: 10 },
  { header: "结案日期", value: (r) => r.closedOn, width: 12 },
  { header: "原因", value: (r) => r.reason, width: 50 },
  { header: "依据", value: (r) => r.basis, width: 36 },
];

export async function exportTransfersBack(
  actor: Actor,
  handle: Db,
  q: TransfersQuery,
  asOf: string,
): Promise<FileResult> {
  const { rows } = await allTransfersBack(actor, handle, q, asOf);
  const title = q.lateOnly ? "速裁快审逾期退案" : "速裁快审退案流转";
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
