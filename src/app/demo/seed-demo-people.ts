/**
 * The demo court's staff register: its judges as the court plan has them (庭长, 副庭长, 审判员 of
 * each division), the court's leaders (院长, three 副院长 each in charge of some divisions, an 审委会
 * 专职委员), the trial management office, and two 法官助理 and two 书记员 per division; 审委会委员
 * for the leaders and the chiefs. The demo accounts are linked to their staff member (the three
 * 副院长 get accounts demo-vp-1…3), and the setting division_leaders says which 副院长 is in charge
 * of which division. Deterministic per seed;
 * does nothing when the register already holds anyone.
 */
import type { Db } from "../../db/connect.js";
import { findStaffByNo } from "../../db/people/find-staff.js";
import { setAccountStaff } from "../../db/people/link-account.js";
import { staffRegisterEmpty } from "../../db/people/read-staff-register.js";
import { writeStaffRows } from "../../db/people/write-staff.js";
import { readSetting, writeSetting } from "../../db/settings/settings.js";
import { findUserByName } from "../../db/users/users.js";
import { buildDemoCourt, DEFAULT_COURT_CODE, type DemoCourt, type DivisionKey } from "../../demo/court.js";
import { personName } from "../../demo/names.js";
import { createRng } from "../../demo/rng.js";
import type { IsoDate } from "../../domain/calendar/index.js";
import { DIVISION_LEADERS_SETTING, formatDivisionLeaders } from "../../domain/people/division-leaders.js";
import type { Position } from "../../domain/people/positions.js";
import type { StaffInput } from "../../domain/people/staff.js";
import { recomputeUnknownJudgeAlerts } from "../people/unknown-judges.js";
import { createUserUnchecked } from "../users/create-user.js";
import { randomPassword } from "../users/passwords.js";

/** The setting seedDemoCourt writes: the seed the demo court was generated with. */
export const DEMO_SEED_SETTING = "demo_seed";

export const LEADERS_DIVISION = "院领导";
export const OFFICE_DIVISION = "审判管理办公室";

/** Which 副院长 (by 工号) is in charge of which divisions. */
const IN_CHARGE: Record<string, readonly DivisionKey[]> = {
  Y002: ["civil1", "civil2", "civil3", "fastTrack"],
  Y003: ["criminal", "administrative", "tribunal1", "tribunal2"],
  Y004: ["enforcement1", "enforcement2"],
};

/** The staff of a demo court (pure, deterministic per seed). */
export function demoStaff(court: DemoCourt, seed: number): StaffInput[] {
  const taken = new Set(court.judges.map((j) => j.name));
  const rng = createRng(seed, 0x70656f70); // "peop"
  const fresh = (): string => {
    for (let i = 0; i < 1000; i++) {
      const n = personName(rng);
      if (!taken.has(n)) {
        taken.add(n);
        return n;
      }
    }
    throw new Error("demo names exhausted");
  };
  const member = (
    staffNo: string,
    name: string,
    division: string,
    positions: Position[],
    committeeMember = false,
  ): StaffInput => ({ staffNo, name, division, positions, committeeMember, active: true });

  const out: StaffInput[] = [
    member("Y001", fresh(), LEADERS_DIVISION, ["president", "judge"], true),
    member("Y002", fresh(), LEADERS_DIVISION, ["vice-president", "judge"], true),
    member("Y003", fresh(), LEADERS_DIVISION, ["vice-president", "judge"], true),
    member("Y004", fresh(), LEADERS_DIVISION, ["vice-president", "judge"], true),
    member("Y005", fresh(), LEADERS_DIVISION, ["committee-full-time", "judge"], true),
    member("G001", fresh(), OFFICE_DIVISION, ["office"]),
    member("G002", fresh(), OFFICE_DIVISION, ["office"]),
    member("G003", fresh(), OFFICE_DIVISION, ["office"]),
  ];
  court.divisions.forEach((d, di) => {
    const dn = String(di + 1).padStart(2, "0");
    d.judges.forEach((j, ji) => {
      const positions: Position[] =
        j.role === "庭长" ? ["chief", "judge"] : j.role === "副庭长" ? ["deputy-chief", "judge"] : ["judge"];
      out.push(
        member(`F${dn}${String(ji + 1).padStart(2, "0")}`, j.name, d.name, positions, j.role === "庭长"),
      );
    });
    for (let k = 1; k <= 2; k++)
      out.push(member(`Z${dn}${String(k).padStart(2, "0")}`, fresh(), d.name, ["assistant"]));
    for (let k = 1; k <= 2; k++)
      out.push(member(`S${dn}${String(k).padStart(2, "0")}`, fresh(), d.name, ["clerk"]));
  });
  return out;
}

/** division → the 工号 of the 副院长 in charge of it. */
export function demoDivisionLeaders(court: DemoCourt): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [staffNo, keys] of Object.entries(IN_CHARGE)) {
    for (const k of keys) out[court.division[k].name] = staffNo;
  }
  out[OFFICE_DIVISION] = "Y005";
  return out;
}

export async function seedDemoPeople(handle: Db, asOf: IsoDate): Promise<void> {
  if (!(await staffRegisterEmpty(handle))) return;
  const code = (await readSetting(handle, "court_code")) ?? DEFAULT_COURT_CODE;
  const seed = Number((await readSetting(handle, DEMO_SEED_SETTING)) ?? "1");
  const court = buildDemoCourt(code, Number.isSafeInteger(seed) ? seed : 1);
  const staff = demoStaff(court, Number.isSafeInteger(seed) ? seed : 1);
  const now = new Date().toISOString();
  await writeStaffRows(handle, staff, now, {
    user: "demo",
    action: "import",
    entity: "staff",
    entityId: "demo",
    detail: { demo: true, rows: staff.length },
  });
  await writeSetting(
    handle,
    DIVISION_LEADERS_SETTING,
    formatDivisionLeaders(demoDivisionLeaders(court)),
    now,
  );

  // The 副院长 get demo accounts of their own (院领导), so that escalations and sign-offs that go
  // to the leader in charge of a division reach someone who can sign in.
  const added: { username: string; password: string; role: "president" }[] = [];
  for (const [i, staffNo] of ["Y002", "Y003", "Y004"].entries()) {
    const username = `demo-vp-${i + 1}`;
    if (await findUserByName(handle, username)) continue;
    const vp = staff.find((m) => m.staffNo === staffNo) as StaffInput;
    const divisions = (IN_CHARGE[staffNo] ?? []).map((k) => court.division[k].name).join("、");
    const password = randomPassword();
    await createUserUnchecked(handle, {
      username,
      displayName: `演示·副院长 ${vp.name}（分管${divisions}）`,
      role: "president",
      password,
      isDemo: true,
    });
    added.push({ username, password, role: "president" });
  }
  if (added.length > 0) {
    const listed = JSON.parse((await readSetting(handle, "demo_accounts")) ?? "[]") as unknown[];
    await writeSetting(handle, "demo_accounts", JSON.stringify([...listed, ...added]), now);
  }

  // The demo accounts, each linked to its staff member.
  const links: [string, string][] = [
    ["demo-president", "Y001"],
    ["demo-vp-1", "Y002"],
    ["demo-vp-2", "Y003"],
    ["demo-vp-3", "Y004"],
    ["demo-office", "G001"],
  ];
  court.divisions.forEach((d, di) => {
    const dn = String(di + 1).padStart(2, "0");
    const chief = d.judges.findIndex((j) => j.role === "庭长");
    links.push([`demo-chief-${di + 1}`, `F${dn}${String(Math.max(chief, 0) + 1).padStart(2, "0")}`]);
    const judge = d.judges.findIndex((j) => j.role === "审判员");
    links.push([`demo-judge-${di + 1}`, `F${dn}${String(Math.max(judge, 0) + 1).padStart(2, "0")}`]);
  });
  const fastTrack = court.divisions.findIndex((d) => d.key === "fastTrack");
  links.push(["demo-clerk", `S${String(fastTrack + 1).padStart(2, "0")}01`]);
  for (const [username, staffNo] of links) {
    const user = await findUserByName(handle, username);
    const member = await findStaffByNo(handle, staffNo);
    if (!user || !member) continue;
    await setAccountStaff(handle, user.id, member.id, {
      user: "demo",
      action: "link-staff",
      entity: "users",
      entityId: username,
      after: { staffId: member.id, staffNo, name: member.name },
    });
  }
  await recomputeUnknownJudgeAlerts(handle, asOf);
}
