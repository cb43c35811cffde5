/**
 * The demo court's 繁简分流 settings, entered by its office through the use case (so that the change
 * history has real entries): a demo table of the province's previous-year average wage — marked as
 * demo data, not the published figures — for the demo's years, then one later change of the 速裁
 * amount limit, as an office would make it.
 */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { TRIAGE_SETTINGS_NAME } from "../../db/triage/triage-settings.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { AverageWage } from "../../domain/triage/settings.js";
import { TRIAGE_DEFAULTS } from "../../domain/triage/settings.js";
import { actorOf } from "../shared/actor.js";
import { updateTriageSettings } from "../triage/update-triage-settings.js";

const SOURCE =
  "演示数据（非统计部门公布的数字，正式使用时由本院录入内蒙古自治区公布的上年度就业人员年平均工资）";

/** Demo figures, each applied from 1 June of the year after it was earned (once published). */
export const DEMO_AVERAGE_WAGES: AverageWage[] = [
  { appliesFrom: "2021-06-01", wageYear: 2020, yuan: 86_000, source: SOURCE, demo: true },
  { appliesFrom: "2022-06-01", wageYear: 2021, yuan: 90_000, source: SOURCE, demo: true },
  { appliesFrom: "2023-06-01", wageYear: 2022, yuan: 94_000, source: SOURCE, demo: true },
  { appliesFrom: "2024-06-01", wageYear: 2023, yuan: 98_000, source: SOURCE, demo: true },
  { appliesFrom: "2025-06-01", wageYear: 2024, yuan: 102_000, source: SOURCE, demo: true },
  { appliesFrom: "2026-06-01", wageYear: 2025, yuan: 106_000, source: SOURCE, demo: true },
];

export async function seedDemoTriage(handle: Db, asOf: string): Promise<void> {
  if ((await readSetting(handle, TRIAGE_SETTINGS_NAME)) !== undefined) return;
  const u = (await listDemoUsers(handle)).find((x) => x.role === "office");
  if (!u) return;
  const office = actorOf({
    username: u.username,
    role: u.role,
    division: u.division,
    judgeName: u.judge_name,
    isDemo: true,
  });
  const wages = DEMO_AVERAGE_WAGES.filter((w) => w.appliesFrom <= asOf);
  const first = {
    ...TRIAGE_DEFAULTS,
    averageWages: wages,
    fastTrack: { ...TRIAGE_DEFAULTS.fastTrack, maxAmountYuan: 300_000 },
  };
  const year = asOf.slice(0, 4);
  await updateTriageSettings(office, handle, first, `${Number(year) - 1}-01-05T01:00:00.000Z`);
  // The office later raises the 速裁 limit to the defaults' 500,000 yuan.
  await updateTriageSettings(
    office,
    handle,
    { ...first, fastTrack: { ...TRIAGE_DEFAULTS.fastTrack } },
    `${year}-01-05T01:00:00.000Z`,
  );
}
