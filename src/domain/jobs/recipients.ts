/**
 * Who receives a scheduled report, and which version. The whole-court version goes to those who see
 * the whole court (审管办, 院领导 — and the administrator); each division with a 庭长 gets its own
 * version, for the division's chief (an account of role 庭长 for the division, or the account of a
 * member of the staff register holding the position 庭长 there) and the 分管院领导 the setting
 * division_leaders names for it. A report that cannot be made per division is made for the court only.
 */
export const COURT_SCOPE = "court";

export interface RecipientAccount {
  username: string;
  role: string;
  division: string | null;
  disabled: boolean;
  /** The staff member the account is linked to, if any. */
  staffId: number | null;
}

export interface RecipientStaff {
  id: number;
  division: string;
  positions: readonly string[];
  active: boolean;
  /** 工号 */
  staffNo: string | null;
}

export interface ScopeRecipients {
  /** "court" or a division's name. */
  scope: string;
  /** Account names, sorted. */
  recipients: string[];
}

const WHOLE_COURT_ROLES = new Set(["office", "president"]);

/**
 * The recipient scopes of a report: the court first, then each division that has a chief, in the
 * order given by `byDivision` (the court's division order). `perDivision` false: the court only.
 */
export function recipientScopes(input: {
  accounts: readonly RecipientAccount[];
  staff: readonly RecipientStaff[];
  /** division → 工号 or account name of its 分管院领导 (setting division_leaders). */
  divisionLeaders: Readonly<Record<string, string>>;
  perDivision: boolean;
  byDivision: (a: string, b: string) => number;
}): ScopeRecipients[] {
  const active = input.accounts.filter((a) => !a.disabled);
  const court: ScopeRecipients = {
    scope: COURT_SCOPE,
    recipients: active
      .filter((a) => WHOLE_COURT_ROLES.has(a.role))
      .map((a) => a.username)
      .sort(),
  };
  if (!input.perDivision) return [court];
  const chiefs = new Map<string, Set<string>>();
  const add = (division: string, username: string) => {
    const d = division.trim();
    if (!d) return;
    if (!chiefs.has(d)) chiefs.set(d, new Set());
    chiefs.get(d)?.add(username);
  };
  for (const a of active) if (a.role === "chief" && a.division) add(a.division, a.username);
  const staffById = new Map(input.staff.map((s) => [s.id, s]));
  for (const a of active) {
    const s = a.staffId === null ? undefined : staffById.get(a.staffId);
    if (s?.active && s.positions.includes("chief")) add(s.division, a.username);
  }
  const out: ScopeRecipients[] = [court];
  for (const division of [...chiefs.keys()].sort(input.byDivision)) {
    const who = chiefs.get(division) ?? new Set<string>();
    const leader = input.divisionLeaders[division];
    if (leader) {
      const byNo = input.staff.find((s) => s.staffNo === leader);
      const account = byNo
        ? active.find((a) => a.staffId === byNo.id)
        : active.find((a) => a.username === leader);
      if (account) who.add(account.username);
    }
    out.push({ scope: division, recipients: [...who].sort() });
  }
  return out;
}

/** The scope as people read it: 全院 or the division's name. */
export function scopeName(scope: string): string {
  return scope === COURT_SCOPE ? "全院" : scope;
}
