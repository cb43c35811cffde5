/** A 阅核 draft as the lists show it: its matter, who reads it, how long it has waited. */
import type { SignOffMatterRow } from "../../db/sign-off/list-sign-off-matters.js";
import { legalCalendar } from "../../domain/calendar/index.js";
import { SIGN_OFF_KIND, type SignOffSettings, summarizeSignOff } from "../../domain/sign-off/index.js";

export interface DraftFileRef {
  id: number;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface DraftRow {
  id: number;
  version: number;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  documentType: string;
  documentTitle: string;
  conclusion: string;
  state: string;
  stateLabel: string;
  terminal: boolean;
  reviewer: string;
  reviewerName: string;
  submittedOn: string;
  waitingSince: string | null;
  waitedDays: number | null;
  overdue: boolean;
  returns: number;
  escalated: boolean;
  signedOffOn: string | null;
  daysToSignOff: number | null;
  /** Why the case needs 阅核 (empty: submitted without a listed reason). */
  reasons: string[];
  /** The draft's current file. */
  file: DraftFileRef | null;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** The draft's file: only one attached to this very matter. */
function fileRef(
  f: (DraftFileRef & { matterId: number | null }) | undefined,
  matterId: number,
): DraftFileRef | null {
  if (!f || f.matterId !== matterId) return null;
  return { id: f.id, name: f.name, mediaType: f.mediaType, size: f.size, sha256: f.sha256 };
}

export function toDraftRow(
  m: SignOffMatterRow,
  /** The files attached to the listed matters, by id, with the matter each belongs to. */
  files: ReadonlyMap<number, DraftFileRef & { matterId: number | null }>,
  settings: SignOffSettings,
  today: string,
): DraftRow {
  const state = SIGN_OFF_KIND.states.find((s) => s.name === m.state);
  const s = summarizeSignOff(m, today, legalCalendar(), settings.waitWorkingDays);
  const fileId = typeof m.data.fileId === "number" ? m.data.fileId : null;
  const reasons = Array.isArray(m.data.reasons)
    ? (m.data.reasons as { text?: unknown }[]).map((r) => str(r?.text)).filter(Boolean)
    : [];
  const inLeaderReview = m.state === "leader-review";
  return {
    id: m.id,
    version: m.version,
    caseId: m.caseId,
    caseNumber: m.caseNumber,
    division: m.division,
    judge: m.judge,
    documentType: str(m.data.documentType),
    documentTitle: str(m.data.documentTitle),
    conclusion: str(m.data.conclusion),
    state: m.state,
    stateLabel: state?.label ?? m.state,
    terminal: state?.terminal === true,
    reviewer: inLeaderReview ? str(m.data.leader) : str(m.data.reviewer),
    reviewerName: inLeaderReview ? str(m.data.leaderName) : str(m.data.reviewerName),
    submittedOn: m.openedOn,
    ...s,
    reasons,
    file: fileRef(fileId === null ? undefined : files.get(fileId), m.id),
  };
}
