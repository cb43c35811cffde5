/**
 * The demo court: on an empty database `npm start` generates three years of a realistic basic
 * court up to today (src/demo, docs/demo-data.md), imports it through the normal importer, and
 * creates one demo account per role, clearly marked as demo (is_demo; 演示 on screen).
 */
import { noCases } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { ensureDivision } from "../../db/divisions/divisions.js";
import { writeDivisionOrder } from "../../db/settings/division-order.js";
import { writeSetting } from "../../db/settings/settings.js";
import { generateDemoCourt, planDemoCourt } from "../../demo/generate.js";
import { parseIsoDate, yearOf } from "../../domain/calendar/civil-date.js";
import type { ImportReport } from "../imports/import-cases.js";
import { createUserUnchecked } from "../users/create-user.js";
import { type DemoAccount, demoAccountsOf } from "./demo-accounts.js";
import { importDemoCases } from "./import-demo-cases.js";
import { DEMO_STATE } from "./retire-demo.js";
import { DEMO_SEED_SETTING } from "./seed-demo-people.js";
import { seedDemoWorkflows } from "./seed-demo-workflows.js";

export interface DemoSeedOptions {
  asOf: string;
  /** Years of filings up to asOf (default 3). */
  years?: number;
  cases?: number;
  seed?: number;
  court?: string;
  onProgress?: (phase: string, n: number) => void;
  /**
   * Archive the demo's scheduled reports (default true): the slowest seeder (the reports and their
   * charts are rendered); tests that do not read the archive leave it out.
   */
  archiveReports?: boolean;
}

export type { DemoAccount };

/** Is the database without any case (a fresh installation, where the demo court is seeded)? */
export async function isEmpty(handle: Db): Promise<boolean> {
  return noCases(handle);
}

export async function seedDemoCourt(
  handle: Db,
  options: DemoSeedOptions,
): Promise<{ report: ImportReport; accounts: DemoAccount[] }> {
  const asOfYear = yearOf(parseIsoDate(options.asOf));
  const demo = {
    fromYear: asOfYear - (options.years ?? 3) + 1,
    toYear: asOfYear,
    asOf: options.asOf,
    seed: options.seed ?? 1,
    court: options.court,
    cases: options.cases,
  };
  const plan = planDemoCourt(demo);
  const report = await importDemoCases(handle, generateDemoCourt(demo), {
    asOf: options.asOf,
    onProgress: options.onProgress,
  });

  const court = plan.court;
  await writeSetting(handle, "court_code", court.code, new Date().toISOString());
  await writeSetting(handle, DEMO_SEED_SETTING, String(demo.seed), new Date().toISOString());
  // The court lists its divisions in its own order (src/demo/court.ts), not in pinyin order.
  await writeDivisionOrder(
    handle,
    court.divisions.map((d) => d.name),
    new Date().toISOString(),
  );
  const accounts = demoAccountsOf(court, "demo");
  for (const a of accounts) {
    await createUserUnchecked(handle, {
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      division: a.division ?? null,
      judgeName: a.judgeName ?? null,
      password: a.password,
      isDemo: true,
    });
  }
  for (const d of court.divisions) {
    await ensureDivision(
      handle,
      { name: d.name, kind: d.key, courtCode: court.code },
      new Date().toISOString(),
    );
  }
  await writeSetting(handle, DEMO_STATE, "active", new Date().toISOString());
  await writeSetting(
    handle,
    "demo_accounts",
    JSON.stringify(accounts.map((a) => ({ username: a.username, password: a.password, role: a.role }))),
    new Date().toISOString(),
  );
  await seedDemoWorkflows(handle, options.asOf, { archiveReports: options.archiveReports });
  return { report, accounts };
}
