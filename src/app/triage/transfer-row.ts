/** One 退案流转 as a list shows it. */
import type { TransferredCaseRow } from "../../db/triage/list-transferred-cases.js";
import type { TriageSettings } from "../../domain/triage/settings.js";
import { fastTrackHistory } from "../../domain/triage/transfers.js";

export interface TransferRow {
  caseId: number;
  caseNumber: string;
  cause: string | null;
  /** 速裁 or 小额诉讼: the track the case started in. */
  track: string;
  filedOn: string;
  /** 程序转换 or 变更承办部门. */
  kindLabel: string;
  transferredOn: string;
  daysInFastTrack: number;
  fromProcedure: string | null;
  toProcedure: string | null;
  fromDivision: string | null;
  toDivision: string | null;
  /** The current division and judge. */
  division: string;
  judge: string;
  closedOn: string | null;
  reason: string;
  basis: string;
  /** A 变更承办部门 found by a re-import: dated the import, not the real day. */
  inferred: boolean;
  /** null: not judged (inferred date). */
  late: boolean | null;
  limitDays: number;
  /** 逾期, 按期 or 日期不详. */
  lateLabel: string;
}

export function transferRowOf(r: TransferredCaseRow, s: TriageSettings, asOf: string): TransferRow | null {
  const h = fastTrackHistory(r, s, asOf);
  const t = h.transfer;
  if (!h.track || !t) return null;
  return {
    caseId: r.id,
    caseNumber: r.caseNumber,
    cause: r.cause,
    track: h.track,
    filedOn: r.filedOn,
    kindLabel: t.kind === "procedureChange" ? "程序转换" : "变更承办部门",
    transferredOn: t.on,
    daysInFastTrack: t.daysInFastTrack,
    fromProcedure: t.fromProcedure,
    toProcedure: t.toProcedure,
    fromDivision: t.fromDivision,
    toDivision: t.toDivision,
    division: r.division,
    judge: r.judge,
    closedOn: r.closedOn,
    reason: t.reason,
    basis: t.basis,
    inferred: t.inferred,
    late: t.late,
    limitDays: t.limitDays,
    lateLabel: t.late === null ? "日期不详" : t.late ? "逾期" : "按期",
  };
}
