/** What the screens need to know about the court and the data: its name, dates, divisions, catalogue. */
import type { Db } from "../../db/connect.js";
import { compileFilters, POSTGRES_PLACEHOLDER, SQLITE_PLACEHOLDER } from "../../db/indicators/compile.js";
import { readRowsQ } from "../../db/read.js";
import { lookupCourt } from "../../domain/case-number/index.js";
import {
  CORE_INDICATOR_IDS,
  DASHBOARD_TABLE_IDS,
  DASHBOARD_TREND_IDS,
  selectCatalogue,
} from "../../domain/indicators/index.js";
import type { Actor } from "../shared/actor.js";
import { scopeFilters } from "../shared/scope.js";

export async function getSetting(handle: Db, name: string): Promise<string | undefined> {
  const row = await handle.db
    .selectFrom("settings")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.value;
}

export async function setSetting(handle: Db, name: string, value: string): Promise<void> {
  const now = new Date().toISOString();
  await handle.db
    .insertInto("settings")
    .values({ name, value, updated_at: now })
    .onConflict((oc) => oc.column("name").doUpdateSet({ value, updated_at: now }))
    .execute();
}

/** The court's own code: the setting `court_code`, else the most common code in the data, else 内0602. */
export async function courtCode(handle: Db): Promise<string> {
  const s = await getSetting(handle, "court_code");
  if (s) return s;
  const row = await handle.db
    .selectFrom("cases")
    .select(["court_code", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("court_code")
    .orderBy("n", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.court_code ?? "内0602";
}

export async function getMeta(actor: Actor, handle: Db, today: string) {
  const code = await courtCode(handle);
  const range = await handle.db
    .selectFrom("case_facts")
    .select([
      (eb) => eb.fn.min("filed_on").as("first"),
      (eb) => eb.fn.max("filed_on").as("last"),
      (eb) => eb.fn.max("as_of").as("asOf"),
    ])
    .executeTakeFirst();
  const placeholder = handle.dialect === "postgres" ? POSTGRES_PLACEHOLDER : SQLITE_PLACEHOLDER;
  const params: unknown[] = [];
  const where = actor.role === "clerk" ? "1 = 0" : compileFilters(scopeFilters(actor), placeholder, params);
  const pairs = await readRowsQ<{ division: string; judge: string }>(
    handle,
    `SELECT DISTINCT f.division AS division, f.judge AS judge FROM case_facts f WHERE ${where} ORDER BY f.division, f.judge`,
    params,
  );
  const divisions = new Map<string, string[]>();
  for (const p of pairs.rows) {
    const list = divisions.get(p.division) ?? [];
    list.push(p.judge);
    divisions.set(p.division, list);
  }
  const catalogue = selectCatalogue(today);
  return {
    court: { code, name: lookupCourt(code)?.name ?? code },
    today,
    factsAsOf: (range?.asOf as string | null) ?? null,
    dataRange: {
      firstFiled: (range?.first as string | null) ?? null,
      lastFiled: (range?.last as string | null) ?? null,
    },
    divisions: [...divisions.entries()].map(([name, judges]) => ({ name, judges })),
    catalogueVersion: catalogue.version.id,
    core: CORE_INDICATOR_IDS,
    dashboard: { tableIds: DASHBOARD_TABLE_IDS, trendIds: DASHBOARD_TREND_IDS },
    catalogue: catalogue.indicators.map((d) => ({
      id: d.id,
      name: d.name,
      group: d.group,
      dimension: d.dimension,
      unit: d.unit,
      kind: d.kind,
      direction: d.direction,
      reference: d.reference,
      definition: d.definition,
      scope: d.scope,
      source: d.source,
      inSpcSet: d.inSpcSet,
    })),
  };
}
