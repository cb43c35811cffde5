/**
 * Alerts: recomputed from all cases after each import or refresh, and stored with their state —
 * new, acknowledged (with a note, by whom), resolved (no longer found). State survives
 * recomputation because each finding has a stable key (docs/alerts.md). Lists, counts and
 * acknowledgement are scoped like everything else.
 */
import { type Kysely, sql } from "kysely";
import { audit } from "../../db/audit/append-audit.js";
import { BulkInserter } from "../../db/bulk.js";
import { type CaseWithEvents, readCasesWithEvents } from "../../db/cases/case-store.js";
import type { Db } from "../../db/connect.js";
import { readRowsQ } from "../../db/read.js";
import type { Database } from "../../db/schema.js";
import {
  ALERT_RULES_BY_ID,
  type Alert,
  type AlertFactValue,
  type AlertFamily,
  type AlertSettings,
  type AlertSeverity,
  type AlertState,
  type CompiledAlertSettings,
  detectCaseAlerts,
  detectDuplicates,
  detectWithdrawRefile,
  type RefileCandidate,
  resolveAlertSettings,
  SEVERITY_RANK,
} from "../../domain/alerts/index.js";
import { deriveFacts, type FactsRules, toTimelineEvents } from "../../domain/case/derive-facts.js";
import { NotFoundError } from "../cases/cases.js";
import { courtCode } from "../meta/meta.js";
import { casePassWorkers, runCasePass } from "../runtime/case-pass.js";
import { type Actor, assertCan, PermissionError } from "../shared/actor.js";
import { scopeFilters } from "../shared/scope.js";
import { todayInChina } from "../shared/today.js";

export interface ComputedAlert extends Alert {
  caseId: number | null;
  division: string;
  judge: string;
}

export interface DetectOptions {
  asOf?: string;
  rules?: FactsRules;
  settings?: Partial<AlertSettings>;
  onProgress?: (done: number) => void;
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
      });
    }
    numbers.push(r.caseNumber);
  }
  return { alerts, refile, numbers };
}

export async function alertSettingsFor(handle: Db, options: DetectOptions): Promise<Partial<AlertSettings>> {
  return { ownCourtCode: await courtCode(handle), ...options.settings };
}

/**
 * Runs every detector over every case as of a date (one streaming pass plus the cross-case
 * detectors), calling `sink` with the alerts of each page. On a SQLite file, from the compiled
 * build, worker threads run the per-case part on their own connections (case-pass-worker.ts).
 */
export async function detectAllAlerts(
  handle: Db,
  sink: (alerts: ComputedAlert[]) => Promise<void> | void,
  options: DetectOptions = {},
): Promise<{ cases: number; alerts: number; asOf: string }> {
  const asOf = options.asOf ?? todayInChina();
  const settingsInput = await alertSettingsFor(handle, options);
  const settings = resolveAlertSettings(settingsInput);
  const refile: RefileCandidate[] = [];
  const numbers: string[] = [];
  let cases = 0;
  let total = 0;
  const take = async (part: AlertPagePart, pageCases: number) => {
    for (const r of part.refile) refile.push(r);
    for (const n of part.numbers) numbers.push(n);
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

  const found = [
    ...detectWithdrawRefile(refile, asOf, settings),
    ...detectDuplicates(
      (function* () {
        for (const n of numbers) yield { caseNumber: n, normalized: n };
      })(),
      asOf,
      settings,
    ),
  ];
  refile.length = 0;
  numbers.length = 0;
  const cross: ComputedAlert[] = [];
  for (const a of found) {
    const row = await handle.db
      .selectFrom("cases")
      .select(["id", "division", "judge"])
      .where("case_number", "=", a.caseNumber)
      .executeTakeFirst();
    cross.push({ ...a, caseId: row?.id ?? null, division: row?.division ?? "", judge: row?.judge ?? "" });
  }
  total += cross.length;
  if (cross.length > 0) await sink(cross);
  return { cases, alerts: total, asOf };
}

const CURRENT_COLUMNS = [
  "key",
  "rule_id",
  "family",
  "severity",
  "case_id",
  "case_number",
  "division",
  "judge",
  "as_of",
  "reason",
  "facts_json",
] as const;

function currentValues(a: ComputedAlert): unknown[] {
  return [
    a.key,
    a.ruleId,
    a.family,
    a.severity,
    a.caseId,
    a.caseNumber,
    a.division,
    a.judge,
    a.asOf,
    a.reason,
    JSON.stringify(a.facts),
  ];
}

/**
 * Recomputes all alerts and merges them into the stored ones, in one transaction: new findings are
 * inserted as `new`, findings seen again keep their state (a resolved one found again is reopened),
 * and stored findings no longer found become `resolved`.
 */
export async function recomputeAlerts(
  handle: Db,
  options: DetectOptions = {},
): Promise<{ cases: number; alerts: number; inserted: number; resolved: number; asOf: string; ms: number }> {
  const started = performance.now();
  const now = new Date().toISOString();
  let inserted = 0;
  let resolved = 0;
  let result = { cases: 0, alerts: 0, asOf: options.asOf ?? todayInChina() };
  await handle.db.transaction().execute(async (trx) => {
    await sql`create temporary table if not exists alerts_current (
      key text primary key, rule_id text not null, family text not null, severity text not null,
      case_id integer, case_number text not null, division text not null, judge text not null,
      as_of text not null, reason text not null, facts_json text not null)`.execute(trx);
    await sql`delete from alerts_current`.execute(trx);
    const inserter = new BulkInserter(
      trx as unknown as Kysely<Database>,
      "alerts_current" as never,
      CURRENT_COLUMNS,
      {
        ignoreConflictOn: ["key"],
        batchSize: 1000,
      },
    );
    const scoped: Db = { ...handle, db: trx };
    result = await detectAllAlerts(
      scoped,
      (alerts) => inserter.insert(alerts.map(currentValues), trx).then(() => undefined),
      options,
    );

    const ins =
      await sql`insert into alerts (key, rule_id, family, severity, case_id, case_number, division, judge, as_of, reason, facts_json, state, first_seen, last_seen)
      select c.key, c.rule_id, c.family, c.severity, c.case_id, c.case_number, c.division, c.judge, c.as_of, c.reason, c.facts_json, 'new', ${now}, ${now}
      from alerts_current c where not exists (select 1 from alerts a where a.key = c.key)`.execute(trx);
    inserted = Number(ins.numAffectedRows ?? 0);
    await sql`update alerts set severity = c.severity, case_id = c.case_id, division = c.division, judge = c.judge,
      as_of = c.as_of, reason = c.reason, facts_json = c.facts_json, last_seen = ${now},
      state = case when alerts.state = 'resolved' then 'new' else alerts.state end,
      resolved_at = case when alerts.state = 'resolved' then null else alerts.resolved_at end
      from alerts_current c where alerts.key = c.key`.execute(trx);
    const res = await sql`update alerts set state = 'resolved', resolved_at = ${now}
      where state <> 'resolved' and not exists (select 1 from alerts_current c where c.key = alerts.key)`.execute(
      trx,
    );
    resolved = Number(res.numAffectedRows ?? 0);
    await sql`delete from alerts_current`.execute(trx);
  });
  return { ...result, inserted, resolved, ms: performance.now() - started };
}

// ── reading and acknowledging ────────────────────────────────────────────────

export interface AlertFilters {
  family?: string;
  rule?: string;
  division?: string;
  judge?: string;
  severity?: string;
  state?: string;
}

export interface AlertRow {
  id: number;
  key: string;
  ruleId: string;
  family: AlertFamily;
  title: string;
  severity: AlertSeverity;
  caseId: number | null;
  caseNumber: string;
  division: string;
  judge: string;
  asOf: string;
  reason: string;
  facts: Record<string, AlertFactValue>;
  state: AlertState;
  note: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  firstSeen: string;
  lastSeen: string;
}

export const ALERT_SORT = {
  severity: "severity_rank",
  case_number: "a.case_number",
  division: "a.division",
  judge: "a.judge",
  rule: "a.rule_id",
  first_seen: "a.first_seen",
} as const;

function whereOf(
  actor: Actor,
  f: AlertFilters,
  placeholder: (i: number) => string,
  params: unknown[],
): string {
  const parts: string[] = [];
  const add = (col: string, v: string | undefined | null) => {
    if (v === undefined || v === null) return;
    params.push(v);
    parts.push(`${col} = ${placeholder(params.length)}`);
  };
  for (const s of scopeFilters(actor)) {
    if (s.field === "division") add("a.division", s.values[0]);
    if (s.field === "judge") add("a.judge", s.values[0]);
  }
  add("a.family", f.family);
  add("a.rule_id", f.rule);
  add("a.division", f.division);
  add("a.judge", f.judge);
  add("a.severity", f.severity);
  if (f.state) add("a.state", f.state);
  else parts.push("a.state <> 'resolved'");
  return parts.length > 0 ? parts.join(" AND ") : "1 = 1";
}

const SEVERITY_SQL = `CASE a.severity ${Object.entries(SEVERITY_RANK)
  .map(([s, r]) => `WHEN '${s}' THEN ${r}`)
  .join(" ")} ELSE 0 END`;

function rowOf(r: Record<string, unknown>): AlertRow {
  const ruleId = String(r.rule_id);
  return {
    id: Number(r.id),
    key: String(r.key),
    ruleId,
    family: r.family as AlertFamily,
    title: ALERT_RULES_BY_ID.get(ruleId)?.title ?? ruleId,
    severity: r.severity as AlertSeverity,
    caseId: r.case_id === null ? null : Number(r.case_id),
    caseNumber: String(r.case_number),
    division: String(r.division),
    judge: String(r.judge),
    asOf: String(r.as_of),
    reason: String(r.reason),
    facts: JSON.parse(String(r.facts_json)) as Record<string, AlertFactValue>,
    state: r.state as AlertState,
    note: (r.note as string | null) ?? null,
    acknowledgedBy: (r.acknowledged_by as string | null) ?? null,
    acknowledgedAt: (r.acknowledged_at as string | null) ?? null,
    firstSeen: String(r.first_seen),
    lastSeen: String(r.last_seen),
  };
}

function ph(handle: Db) {
  return handle.dialect === "postgres" ? (i: number) => `$${i}` : () => "?";
}

export async function listAlerts(
  actor: Actor,
  handle: Db,
  q: AlertFilters & {
    page?: number;
    pageSize?: number;
    sort?: keyof typeof ALERT_SORT;
    order?: "asc" | "desc";
    all?: boolean;
  },
): Promise<{ total: number; page: number; pageSize: number; rows: AlertRow[] }> {
  assertCan(actor, "view-alerts");
  const params: unknown[] = [];
  const placeholder = ph(handle);
  const where = whereOf(actor, q, placeholder, params);
  const count = await readRowsQ<{ n: number }>(
    handle,
    `SELECT COUNT(*) AS n FROM alerts a WHERE ${where}`,
    params,
  );
  const total = Number(count.rows[0]?.n ?? 0);
  const pageSize = q.all ? Math.max(total, 1) : Math.min(Math.max(q.pageSize ?? 50, 1), 1000);
  const page = q.all ? 1 : Math.max(q.page ?? 1, 1);
  const sort = ALERT_SORT[q.sort ?? "severity"] ?? ALERT_SORT.severity;
  const order = q.order === "asc" ? "ASC" : "DESC";
  const rows = await readRowsQ<Record<string, unknown>>(
    handle,
    `SELECT a.*, ${SEVERITY_SQL} AS severity_rank FROM alerts a WHERE ${where}
       ORDER BY ${sort} ${order}, a.case_number ASC, a.id ASC LIMIT ${placeholder(params.length + 1)} OFFSET ${placeholder(params.length + 2)}`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { total, page, pageSize, rows: rows.rows.map(rowOf) };
}

export async function alertCounts(actor: Actor, handle: Db, q: AlertFilters) {
  assertCan(actor, "view-alerts");
  const params: unknown[] = [];
  const where = whereOf(actor, q, ph(handle), params);
  const run = (group: string) =>
    readRowsQ<{ k: string; family?: string; n: number }>(
      handle,
      `SELECT ${group} AS k, COUNT(*) AS n FROM alerts a WHERE ${where} GROUP BY ${group} ORDER BY n DESC, k`,
      params,
    );
  const [byRule, byDivision, bySeverity] = await Promise.all([
    run("a.rule_id"),
    run("a.division"),
    run("a.severity"),
  ]);
  return {
    byRule: byRule.rows.map((r) => {
      const rule = ALERT_RULES_BY_ID.get(r.k);
      return { ruleId: r.k, title: rule?.title ?? r.k, family: rule?.family ?? "", count: Number(r.n) };
    }),
    byDivision: byDivision.rows.map((r) => ({ division: r.k, count: Number(r.n) })),
    bySeverity: bySeverity.rows.map((r) => ({ severity: r.k, count: Number(r.n) })),
  };
}

export async function acknowledgeAlert(
  actor: Actor,
  handle: Db,
  id: number,
  note: string,
): Promise<AlertRow> {
  assertCan(actor, "acknowledge-alerts");
  const row = await handle.db.selectFrom("alerts").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError(`预警 ${id} 不存在`);
  const scope = scopeFilters(actor);
  for (const s of scope) {
    const v = s.field === "division" ? row.division : s.field === "judge" ? row.judge : undefined;
    if (v !== undefined && !s.values.includes(v))
      throw new PermissionError(actor, "scope", "无权处理该预警：不在您的数据范围内");
  }
  const at = new Date().toISOString();
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("alerts")
      .set({ state: "acknowledged", note, acknowledged_by: actor.username, acknowledged_at: at })
      .where("id", "=", id)
      .execute();
    await audit(trx, {
      at,
      user: actor.username,
      action: "acknowledge",
      entity: "alerts",
      entityId: row.key,
      before: { state: row.state, note: row.note },
      after: { state: "acknowledged", note },
    });
  });
  const updated = await handle.db
    .selectFrom("alerts")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return rowOf(updated as unknown as Record<string, unknown>);
}

export async function alertsOfCase(handle: Db, caseId: number): Promise<AlertRow[]> {
  const rows = await handle.db
    .selectFrom("alerts")
    .selectAll()
    .where("case_id", "=", caseId)
    .where("state", "<>", "resolved")
    .orderBy("id")
    .execute();
  return rows.map((r) => rowOf(r as unknown as Record<string, unknown>));
}
