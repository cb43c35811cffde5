/**
 * A demo of several courts in one database (`shenguan demo --courts 内0602,内0603,内06 --db …`,
 * `shenguan start --demo-courts …`): every court's cases (src/demo/courts.ts) through the normal
 * importer in one import, the courts entered in the register of courts the database knows, and per
 * court the accounts the one-court demo has — 审管办, 院长, 立案庭书记员, a 庭长 and a 法官 per
 * division — each belonging to its court (users.court_code): a basic court's accounts see that
 * court only, the intermediate court's see it and its basic courts (src/domain/court/hierarchy.ts).
 *
 * The one-court demo's workflows (staff register, 督办, 四类案件 …) are not seeded here: they are
 * written for one court's roster. Without --courts the demo is the one-court demo (seed-demo-court.ts).
 */
import type { Db } from "../../db/connect.js";
import { ensureCourts } from "../../db/courts/courts.js";
import { ensureDivision } from "../../db/divisions/divisions.js";
import { writeSetting } from "../../db/settings/settings.js";
import { setUserCourt } from "../../db/users/set-user-court.js";
import { demoRosters, generateDemoCourts, planDemoCourts } from "../../demo/courts.js";
import { parseIsoDate, yearOf } from "../../domain/calendar/civil-date.js";
import type { ImportReport } from "../imports/import-cases.js";
import { createUserUnchecked } from "../users/create-user.js";
import { type DemoAccount, demoAccountsOf } from "./demo-accounts.js";
import { importDemoCases } from "./import-demo-cases.js";
import { DEMO_STATE } from "./retire-demo.js";
import { DEMO_SEED_SETTING } from "./seed-demo-people.js";

/** Checks a court list (throws RangeError in Chinese). */
export { planDemoCourts };

export interface DemoCourtsSeedOptions {
  asOf: string;
  courts: readonly string[];
  /** Years of filings up to asOf (default 3). */
  years?: number;
  /** Cases per basic court (the intermediate courts' come from their appeals). */
  cases?: number;
  seed?: number;
  onProgress?: (phase: string, n: number) => void;
}

export interface SeededCourt {
  code: string;
  name: string;
  level: "basic" | "intermediate";
}

/** A court's account name part: its code's digits (内0602 → 0602, 内06 → 06). */
export function demoUserPrefix(code: string): string {
  return `demo-${code.replace(/^\D+/, "")}`;
}

/** The court's name without the province, shorter on screen (鄂尔多斯市东胜区人民法院 → 鄂尔多斯市东胜区法院). */
function shortName(name: string): string {
  return name.replace(/^.*?(省|自治区)/, "").replace(/人民法院$/, "法院");
}

export async function seedDemoCourts(
  handle: Db,
  options: DemoCourtsSeedOptions,
): Promise<{ report: ImportReport; accounts: (DemoAccount & { court: string })[]; courts: SeededCourt[] }> {
  const asOfYear = yearOf(parseIsoDate(options.asOf));
  const demo = {
    courts: options.courts,
    fromYear: asOfYear - (options.years ?? 3) + 1,
    toYear: asOfYear,
    asOf: options.asOf,
    seed: options.seed ?? 1,
    cases: options.cases,
  };
  const plan = planDemoCourts(demo);
  const rosters = demoRosters(plan);
  const report = await importDemoCases(handle, generateDemoCourts(demo), {
    asOf: options.asOf,
    onProgress: options.onProgress,
  });
  const now = () => new Date().toISOString();
  await ensureCourts(
    handle.db,
    rosters.map((r) => r.code),
  );
  const first = plan.basic[0] ?? plan.intermediate[0];
  if (first) await writeSetting(handle, "court_code", first.code, now());
  await writeSetting(handle, DEMO_SEED_SETTING, String(demo.seed), now());

  const accounts: (DemoAccount & { court: string })[] = [];
  for (const court of rosters) {
    const p = demoUserPrefix(court.code);
    const short = shortName(court.name);
    const mine = demoAccountsOf(court, p, short);
    // In parallel: the password hashes (argon2id) run on the thread pool.
    await Promise.all(
      mine.map(async (a) => {
        await createUserUnchecked(handle, {
          username: a.username,
          displayName: a.displayName,
          role: a.role,
          division: a.division ?? null,
          judgeName: a.judgeName ?? null,
          password: a.password,
          isDemo: true,
        });
        await setUserCourt(handle, a.username, court.code);
      }),
    );
    for (const a of mine) accounts.push({ ...a, court: court.code });
    for (const d of court.divisions) {
      await ensureDivision(handle, { name: d.name, kind: d.key, courtCode: court.code }, now());
    }
  }
  await writeSetting(handle, DEMO_STATE, "active", now());
  await writeSetting(
    handle,
    "demo_accounts",
    JSON.stringify(
      accounts.map((a) => ({ username: a.username, password: a.password, role: a.role, court: a.court })),
    ),
    now(),
  );
  return {
    report,
    accounts,
    courts: rosters.map((r) => ({ code: r.code, name: r.name, level: r.level })),
  };
}
