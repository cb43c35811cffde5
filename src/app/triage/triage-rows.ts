/** Rows of the 繁简分流 lists, and the reader's scope as the pass's filters. */
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { actualTrack, MISMATCH_LABELS, type MismatchKind } from "../../domain/triage/mismatch.js";
import { TRACKS, type Track, triageRule } from "../../domain/triage/rules.js";
import type { TriageSettings } from "../../domain/triage/settings.js";
import { InvalidInputError } from "../shared/errors.js";
import type { TriagedCase } from "./run-triage.js";

export interface TriageRow {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  cause: string | null;
  /** 标的额 in yuan. */
  amountYuan: number | null;
  filedOn: string;
  closedOn: string | null;
  /** 审理程序 recorded at filing. */
  procedure: string | null;
  /** The track the case was actually given (null: a procedure outside the four). */
  actualTrack: Track | null;
  track: Track;
  rules: string[];
  ruleTitles: string[];
  reasons: string[];
}

export interface MismatchRow extends TriageRow {
  kind: MismatchKind;
  kindLabel: string;
}

export function triageRow(t: TriagedCase, s: TriageSettings): TriageRow {
  const c = t.input;
  return {
    caseId: t.id,
    caseNumber: c.caseNumber,
    division: c.division,
    judge: c.judge,
    cause: c.cause,
    amountYuan: c.amountFen === null ? null : c.amountFen / 100,
    filedOn: c.filedOn,
    closedOn: c.closedOn,
    procedure: c.procedure,
    actualTrack: actualTrack(c, s),
    track: t.suggestion.track,
    rules: t.suggestion.rules,
    ruleTitles: t.suggestion.rules.map((id) => triageRule(id)?.title ?? id),
    reasons: t.suggestion.reasons,
  };
}

export function mismatchRow(t: TriagedCase, s: TriageSettings): MismatchRow | null {
  const m = t.mismatch;
  if (!m) return null;
  return { ...triageRow(t, s), reasons: m.reasons, kind: m.kind, kindLabel: MISMATCH_LABELS[m.kind] };
}

/** The reader's scope and the filters asked, as the pass's division and judge; null: nothing to see. */
export function scopedFilters(
  actor: Actor,
  q: { division?: string; judge?: string },
): { division?: string; judge?: string; courts?: readonly string[] } | null {
  const division = q.division || undefined;
  const judge = q.judge || undefined;
  const s = dataScope(actor);
  const courts = s.courts ? { courts: s.courts } : {};
  switch (s.kind) {
    case "court":
      return { ...courts, division, judge };
    case "division":
      if (division !== undefined && division !== s.division) return null;
      return { ...courts, division: s.division, judge };
    case "judge":
      if ((division !== undefined && division !== s.division) || (judge !== undefined && judge !== s.judge))
        return null;
      return { ...courts, division: s.division, judge: s.judge };
    case "none":
      return null;
  }
}

export function parseTrack(v: string | undefined): Track | undefined {
  if (v === undefined || v === "") return undefined;
  if ((TRACKS as readonly string[]).includes(v)) return v as Track;
  throw InvalidInputError.of("track", v, `应为 ${TRACKS.join("、")} 之一`);
}

export function pageOf(q: { page?: number; pageSize?: number }): { page: number; pageSize: number } {
  return {
    page: Math.max(1, Math.floor(q.page ?? 1)),
    pageSize: Math.min(1000, Math.max(1, Math.floor(q.pageSize ?? 50))),
  };
}
