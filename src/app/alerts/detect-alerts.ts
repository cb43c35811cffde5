/**
 * Running every detector over every case as of a date: one streaming pass (the per-case
 * detectors) plus the cross-case detectors (withdraw-and-refile, duplicate case numbers). On a
 * SQLite file, from the compiled build, worker threads run the per-case part on their own
 * connections (app/runtime/case-pass-worker.ts).
 */

import {
  type CaseRef,
  caseNumberPages,
  readRefileCandidates,
  refileCandidatePages,
} from "../../db/alerts/cross-case-pages.js";
import type { FoundAlert } from "../../db/alerts/merge-alerts.js";
import { type CaseWithEvents, readCasesWithEvents } from "../../db/cases/read-cases-with-events.js";
import type { Db } from "../../db/connect.js";
import {
  type AlertSettings,
  type CompiledAlertSettings,
  detectCaseAlerts,
  detectDuplicates,
  detectWithdrawRefile,
  duplicateKey,
  isIndexedWithdrawal,
  type RefileCandidate,
  RULE_IDS,
  refileKey,
  refileKeyHash,
  resolveAlertSettings,
} from "../../domain/alerts/index.js";
import { deriveFacts, type FactsRules, toTimelineEvents } from "../../domain/case/derive-facts.js";
import { FirstRows } from "../../domain/case-number/first-rows.js";
import { appraisalAlerts } from "../appraisals/appraisal-alerts.js";
import { archiveOverdueAlertPages } from "../archiving/archive-alerts.js";
import { readArchivingSettings } from "../archiving/archiving-settings.js";
import { courtCode } from "../meta/court-code.js";
import { unknownJudgeAlerts } from "../people/unknown-judges.js";
import { casePassWorkers, runCasePass } from "../runtime/case-pass.js";
import { todayInChina } from "../shared/today.js";
import { terminationSearchAlertPages } from "../termination-library/termination-alerts.js";

/** The most alerts handed to the sink at once. */
const SINK_PAGE = 5_000;
/** About the most 撤诉后再起诉 candidates matched at once (see detectAllAlerts). */
const REFILE_PART = 200_000;

/** An alert found by a detection run, with its case's id, division and judge. */
export type ComputedAlert = FoundAlert;

export interface DetectOptions {
  asOf?: string;
  rules?: FactsRules;
  settings?: Partial<AlertSettings>;
  onProgress?: (done: number) => void;
  /** About the most 撤诉后再起诉 candidates matched at once (default REFILE_PART). */
  refilePart?: number;
}

/** What one page of cases contributes to an alert pass. */
export interface AlertPagePart {
  alerts: ComputedAlert[];
  /** 民初 cases, for the withdraw-and-refile detector. */
  refile: RefileCandidate[];
  /** Every case number, for the duplicate detector. */
  numbers: string[];
}

/** The per-case detectors over one page of cases (pure apart from its input). */
export function alertsOfPage(
  page: readonly CaseWithEvents[],
  asOf: string,
  settings: CompiledAlertSettings,
  rules?: FactsRules,
): AlertPagePart {
  const alerts: ComputedAlert[] = [];
  const refile: RefileCandidate[] = [];
  const numbers: string[] = [];
  for (const c of page) {
    const r = c.record;
    const events = toTimelineEvents(c.events);
    let facts = null;
    try {
      facts = deriveFacts(r, events, asOf, rules);
    } catch {
      facts = null;
    }
    for (const a of detectCaseAlerts(
      { record: r, events, facts, timeLimitSettings: rules?.settings },
      asOf,
      settings,
    )) {
      alerts.push({ ...a, caseId: c.id, division: r.division, judge: r.judge });
    }
    if (r.typeCode === "民初") {
      const closed = r.closedOn !== null && r.closedOn <= asOf;
      refile.push({
        caseNumber: r.caseNumber,
        typeCode: r.typeCode,
        cause: r.cause,
        plaintiffs: r.plaintiffs,
        defendants: r.defendants,
        filedOn: r.filedOn,
        closedOn: closed ? r.closedOn : null,
        closureMode: closed ? r.closureMode : null,
        division: r.division,
        judge: r.judge,
      });
    }
    numbers.push(r.caseNumber);
  }
  return { alerts, refile, numbers };
}

export async function alertSettingsFor(handle: Db, options: DetectOptions): Promise<Partial<AlertSettings>> {
  const archiving = await readArchivingSettings(handle);
  return {
    ownCourtCode: await courtCode(handle),
    archiveOverdueDays: archiving.archiveOverdueDays,
    ...options.settings,
  };
}

/** Runs every detector over every case, calling `sink` with the alerts of each page. */
export async function detectAllAlerts(
  handle: Db,
  sink: (alerts: ComputedAlert[]) => Promise<void> | void,
  options: DetectOptions = {},
): Promise<{ cases: number; alerts: number; asOf: string }> {
  const asOf = options.asOf ?? todayInChina();
  const settingsInput = await alertSettingsFor(handle, options);
  const settings = resolveAlertSettings(settingsInput);
  // The cross-case detectors see every case, but a province's case numbers and parties do not fit
  // in memory: the first pass keeps only the keys of the withdrawals and which duplicate keys
  // collide; the second reads from the database just the cases those keys name.
  // The withdrawals' keys as 52-bit hashes (a collision only adds a case the detector then drops).
  const withdrawalKeys = new Set<number>();
  const seenNumberKeys = new FirstRows();
  const collidedNumberKeys = new Set<string>();
  let cases = 0;
  let total = 0;
  const take = async (part: AlertPagePart, pageCases: number) => {
    for (const r of part.refile) {
      if (!isIndexedWithdrawal(r, asOf)) continue;
      const key = refileKey(r);
      if (key !== undefined) withdrawalKeys.add(refileKeyHash(key));
    }
    for (const n of part.numbers) {
      const key = duplicateKey(n);
      if (seenNumberKeys.get(key) === undefined) seenNumberKeys.set(key, 0);
      else collidedNumberKeys.add(key);
    }
    cases += pageCases;
    total += part.alerts.length;
    if (part.alerts.length > 0) await sink(part.alerts);
    options.onProgress?.(cases);
  };
  const workers = handle.sqlite && handle.readPool ? casePassWorkers(false) : 0;
  if (workers > 0) {
    await runCasePass(
      handle,
      handle.db,
      workers,
      { kind: "alerts", asOf, rules: options.rules, settings: settingsInput },
      (m) => take(m.part as AlertPagePart, m.cases),
    );
  } else {
    for await (const page of readCasesWithEvents(handle.db, { pageSize: 5000, sqlite: handle.sqlite })) {
      await take(alertsOfPage(page, asOf, settings, options.rules), page.length);
    }
  }

  // Exactly the cases the detectors can pair (in id order, as in the first pass): the withdrawals
  // and the filings sharing a withdrawal's 案由 and parties; the numbers whose key collides.
  const handOn = async (alerts: ComputedAlert[]) => {
    total += alerts.length;
    for (let i = 0; i < alerts.length; i += SINK_PAGE) await sink(alerts.slice(i, i + SINK_PAGE));
  };
  if (withdrawalKeys.size > 0) {
    // How many cases share each withdrawal's key: most withdrawals share it with no other case and
    // cannot pair (a province has about a million of them), so only keys held twice are kept.
    const sharing = new Map<number, number>();
    for await (const page of refileCandidatePages(handle, asOf))
      for (const c of page) {
        const key = refileKey(c);
        if (key === undefined) continue;
        const h = refileKeyHash(key);
        if (withdrawalKeys.has(h)) sharing.set(h, (sharing.get(h) ?? 0) + 1);
      }
    withdrawalKeys.clear();
    let shared = 0;
    for (const [h, n] of sharing) {
      if (n > 1) shared += n;
      else sharing.delete(h);
    }
    // The cases of one key pair only with each other: the keys are split into parts by their hash,
    // and each part's cases are read (by id) and matched alone, so no more than REFILE_PART cases
    // (about) are held at once however many a province shares. One more pass notes which cases
    // share a key, and in which part: 6 bytes a case.
    const parts = Math.max(1, Math.ceil(shared / (options.refilePart ?? REFILE_PART)));
    const ids = new Int32Array(shared);
    const partOf = new Uint16Array(shared);
    let n = 0;
    for await (const page of refileCandidatePages(handle, asOf))
      for (const c of page) {
        const key = refileKey(c);
        if (key === undefined) continue;
        const h = refileKeyHash(key);
        if (!sharing.has(h) || n >= shared) continue;
        ids[n] = c.id;
        partOf[n++] = h % parts;
      }
    sharing.clear();
    for (let part = 0; part < parts; part++) {
      const mine: number[] = [];
      for (let i = 0; i < n; i++) if (partOf[i] === part) mine.push(ids[i] as number);
      const refile = await readRefileCandidates(handle, asOf, mine);
      const byNumber = new Map(refile.map((c) => [c.caseNumber, c]));
      await handOn(
        detectWithdrawRefile(refile, asOf, settings).map((a) => {
          const c = byNumber.get(a.caseNumber);
          return { ...a, caseId: c?.id ?? null, division: c?.division ?? "", judge: c?.judge ?? "" };
        }),
      );
    }
  }
  if (collidedNumberKeys.size > 0) {
    const refs = new Map<string, CaseRef>();
    for await (const page of caseNumberPages(handle))
      for (const r of page) if (collidedNumberKeys.has(duplicateKey(r.caseNumber))) refs.set(r.caseNumber, r);
    collidedNumberKeys.clear();
    await handOn(
      detectDuplicates(
        [...refs.keys()].map((n) => ({ caseNumber: n, normalized: n })),
        asOf,
        settings,
      ).map((a) => {
        const r = refs.get(a.caseNumber);
        return { ...a, caseId: r?.id ?? null, division: r?.division ?? "", judge: r?.judge ?? "" };
      }),
    );
  }
  // 承办人 not in the staff register (none while the register is empty).
  if (!settings.disabled.has(RULE_IDS.judgeUnknown)) await handOn(await unknownJudgeAlerts(handle, asOf));
  // 终本 cases whose six-monthly property search is overdue (执行不能案件库): a page at a time.
  if (!settings.disabled.has(RULE_IDS.terminationSearchOverdue))
    for await (const page of terminationSearchAlertPages(handle, asOf)) await handOn(page);
  // 诉中鉴定 against the case's 扣除审限 (the 鉴定 register; docs/appraisals.md).
  if (!settings.disabled.has(RULE_IDS.appraisalExclusionMismatch))
    await handOn(await appraisalAlerts(handle, asOf));
  // Closed and not archived past the period (docs/archiving.md): a page at a time.
  if (!settings.disabled.has(RULE_IDS.archiveOverdue))
    for await (const page of archiveOverdueAlertPages(handle, asOf, settings)) {
      await handOn(page);
    }
  return { cases, alerts: total, asOf };
}
