/**
 * The demo accounts of one court, each with a fresh random password: its 审管办 analyst, president
 * and filing clerk, a 庭长 of each division and a judge of each division (one of its 审判员).
 */
import { randomPassword } from "../users/passwords.js";

export interface DemoAccount {
  username: string;
  password: string;
  role: "office" | "president" | "chief" | "judge" | "clerk";
  displayName: string;
  division?: string;
  judgeName?: string;
}

/**
 * `prefix`: the user names' (demo → demo-office, demo-chief-1 …); `courtName`: the short court
 * name in the display names of a multi-court demo, empty for the one-court demo.
 */
export function demoAccountsOf(
  court: { divisions: readonly { name: string; judges: readonly { name: string; role: string }[] }[] },
  prefix: string,
  courtName = "",
): DemoAccount[] {
  const accounts: DemoAccount[] = [
    {
      username: `${prefix}-office`,
      password: randomPassword(),
      role: "office",
      displayName: `演示·${courtName}审管办分析员`,
    },
    {
      username: `${prefix}-president`,
      password: randomPassword(),
      role: "president",
      displayName: `演示·${courtName}院长`,
    },
    {
      username: `${prefix}-clerk`,
      password: randomPassword(),
      role: "clerk",
      displayName: `演示·${courtName}立案庭书记员`,
    },
  ];
  court.divisions.forEach((d, i) => {
    const chief = d.judges.find((j) => j.role === "庭长") ?? d.judges[0];
    accounts.push({
      username: `${prefix}-chief-${i + 1}`,
      password: randomPassword(),
      role: "chief",
      displayName: `演示·${courtName}${d.name}庭长${chief ? ` ${chief.name}` : ""}`,
      division: d.name,
    });
  });
  court.divisions.forEach((d, i) => {
    const judge = d.judges.find((j) => j.role === "审判员") ?? d.judges[0];
    if (!judge) return;
    accounts.push({
      username: `${prefix}-judge-${i + 1}`,
      password: randomPassword(),
      role: "judge",
      displayName: `演示·${courtName}${d.name} ${judge.name}`,
      division: d.name,
      judgeName: judge.name,
    });
  });
  return accounts;
}
