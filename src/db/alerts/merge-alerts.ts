/**
 * Replacing the alerts with a fresh detection, in one transaction: the findings of this run go into
 * a temporary table, then new findings are inserted as `new`, findings seen again keep their state
 * (a resolved one found again is reopened) and stored findings no longer found become `resolved`
 * (only those of the rules that ran, when a detection runs some rules only).
 */
import { type Kysely, sql } from "kysely";
import { type Alert, seriousness } from "../../domain/alerts/index.js";
import { BulkInserter } from "../bulk.js";
import type { Db } from "../connect.js";
import type { Database } from "../schema.js";

/** A finding of a detection run, with the case it belongs to. */
export interface FoundAlert extends Alert {
  caseId: number | null;
  division: string;
  judge: string;
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
  "weight",
] as const;

function currentValues(a: FoundAlert): unknown[] {
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
    seriousness(a),
  ];
}

/**
 * Runs `detect` inside the transaction (with a handle on it) and merges what it hands to `sink`
 * into the stored alerts. Returns detect's result and the numbers inserted and resolved.
 */
export async function mergeAlerts<R>(
  handle: Db,
  now: string,
  detect: (scoped: Db, sink: (alerts: FoundAlert[]) => Promise<void>) => Promise<R>,
  /** `rules`: the detection ran these rules only; stored alerts of other rules are left as they are. */
  options: { rules?: readonly string[] } = {},
): Promise<{ result: R; inserted: number; resolved: number }> {
  const onlyRules =
    options.rules === undefined
      ? sql``
      : sql` and alerts.rule_id in (${sql.join(options.rules.length > 0 ? [...options.rules] : [""])})`;
  let inserted = 0;
  let resolved = 0;
  let result: R | undefined;
  await handle.db.transaction().execute(async (trx) => {
    await sql`create temporary table if not exists alerts_current (
      key text primary key, rule_id text not null, family text not null, severity text not null,
      case_id integer, case_number text not null, division text not null, judge text not null,
      as_of text not null, reason text not null, facts_json text not null, weight integer not null)`.execute(
      trx,
    );
    await sql`delete from alerts_current`.execute(trx);
    const inserter = new BulkInserter(
      trx as unknown as Kysely<Database>,
      "alerts_current" as never,
      CURRENT_COLUMNS,
      { ignoreConflictOn: ["key"], batchSize: 1000 },
    );
    const scoped: Db = { ...handle, db: trx };
    result = await detect(scoped, (alerts) =>
      inserter.insert(alerts.map(currentValues), trx).then(() => undefined),
    );

    const ins =
      await sql`insert into alerts (key, rule_id, family, severity, case_id, case_number, division, judge, as_of, reason, facts_json, weight, state, first_seen, last_seen, found_on)
      select c.key, c.rule_id, c.family, c.severity, c.case_id, c.case_number, c.division, c.judge, c.as_of, c.reason, c.facts_json, c.weight, 'new', ${now}, ${now}, c.as_of
      from alerts_current c where not exists (select 1 from alerts a where a.key = c.key)`.execute(trx);
    inserted = Number(ins.numAffectedRows ?? 0);
    await sql`update alerts set severity = c.severity, case_id = c.case_id, division = c.division, judge = c.judge,
      as_of = c.as_of, reason = c.reason, facts_json = c.facts_json, weight = c.weight, last_seen = ${now},
      state = case when alerts.state = 'resolved' then 'new' else alerts.state end,
      resolved_at = case when alerts.state = 'resolved' then null else alerts.resolved_at end
      from alerts_current c where alerts.key = c.key`.execute(trx);
    const res = await sql`update alerts set state = 'resolved', resolved_at = ${now}
      where state <> 'resolved' and not exists (select 1 from alerts_current c where c.key = alerts.key)${onlyRules}`.execute(
      trx,
    );
    resolved = Number(res.numAffectedRows ?? 0);
    await sql`delete from alerts_current`.execute(trx);
  });
  return { result: result as R, inserted, resolved };
}
