import { describe, expect, it } from "vitest";
import { recipientScopes } from "./recipients.js";

const byName = (a: string, b: string) => a.localeCompare(b, "zh");

describe("recipient scopes", () => {
  const accounts = [
    { username: "office1", role: "office", division: null, disabled: false, staffId: null },
    { username: "pres", role: "president", division: null, disabled: false, staffId: 9 },
    { username: "old-office", role: "office", division: null, disabled: true, staffId: null },
    { username: "chief1", role: "chief", division: "民一庭", disabled: false, staffId: null },
    // A judge account linked to a register member who is 庭长 of 刑庭.
    { username: "j-zhang", role: "judge", division: "刑庭", disabled: false, staffId: 5 },
    { username: "judge2", role: "judge", division: "民一庭", disabled: false, staffId: 6 },
  ];
  const staff = [
    { id: 5, division: "刑庭", positions: ["chief", "judge"], active: true, staffNo: "005" },
    { id: 6, division: "民一庭", positions: ["judge"], active: true, staffNo: "006" },
    { id: 9, division: "院领导", positions: ["vice-president"], active: true, staffNo: "009" },
  ];

  it("gives the court version to the office and presidents, and each chief's division its own", () => {
    const scopes = recipientScopes({
      accounts,
      staff,
      divisionLeaders: { 民一庭: "009" },
      perDivision: true,
      byDivision: byName,
    });
    expect(scopes).toEqual([
      { scope: "court", recipients: ["office1", "pres"] },
      // 分管院领导 of 民一庭 is 工号 009, linked to the account "pres".
      { scope: "民一庭", recipients: ["chief1", "pres"] },
      { scope: "刑庭", recipients: ["j-zhang"] },
    ]);
  });

  it("makes only the court version of a report that is not made per division", () => {
    const scopes = recipientScopes({
      accounts,
      staff,
      divisionLeaders: {},
      perDivision: false,
      byDivision: byName,
    });
    expect(scopes.map((s) => s.scope)).toEqual(["court"]);
  });
});
