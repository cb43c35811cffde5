/**
 * The cases behind the 判后 tasks (docs/aftercare.md): judgments for 释明, judgments and mediations
 * with a money obligation for 督促履行, with what was recorded on them and the first-enforcement
 * (执) case that names them as 原审案号. One query each, the same on SQLite and PostgreSQL; the
 * facts table gives the period (closed_day, indexed with closure_mode) and the procedure in force.
 */
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import type { Db } from "../connect.js";
import { Params, placeholderFor, readRows } from "../sql.js";

export interface TaskFilter {
  /** 案件类型代字 in scope. */
  types: readonly string[];
  /** Closing period, inclusive. */
  from?: string;
  to?: string;
  /** The courts (法院代字) seen; absent: every court. */
  courts?: readonly string[];
  /** Each list: the values allowed (scope and the reader's filter, intersected by the caller). */
  division?: string;
  judge?: string;
  /** Part of the 案号. */
  caseNumber?: string;
  /** One case. */
  caseId?: number;
}

function where(p: Params, f: TaskFilter, modes: readonly string[]): string[] {
  const w: string[] = [];
  w.push(`f.closure_mode in (${modes.map((m) => p.add(m)).join(", ")})`);
  if (f.from) w.push(`f.closed_day >= ${p.add(parseIsoDate(f.from))}`);
  else w.push("f.closed_day is not null");
  if (f.to) w.push(`f.closed_day <= ${p.add(parseIsoDate(f.to))}`);
  w.push(`f.type_code in (${f.types.map((t) => p.add(t)).join(", ")})`);
  if (f.courts !== undefined)
    w.push(f.courts.length === 0 ? "1 = 0" : `f.court_code in (${f.courts.map((c) => p.add(c)).join(", ")})`);
  if (f.division !== undefined) w.push(`f.division = ${p.add(f.division)}`);
  if (f.judge !== undefined) w.push(`f.judge = ${p.add(f.judge)}`);
  if (f.caseNumber) w.push(`c.case_number like ${p.add(`%${f.caseNumber}%`)}`);
  if (f.caseId !== undefined) w.push(`f.case_id = ${p.add(f.caseId)}`);
  return w;
}

const ENFORCEMENT = `(select min(e.case_number) from cases e where e.origin_case_number = c.case_number and e.type_code = '执')`;

export interface ExplanationTaskRow {
  case_id: number;
  case_number: string;
  /** The case's court (法院代字). */
  court_code: string;
  type_code: string;
  cause: string | null;
  division: string;
  judge: string;
  closed_on: string;
  appealed: number;
  explained_on: string | null;
  way: string | null;
  risk_points_json: string | null;
  risk_note: string | null;
  guidance: string | null;
  recorded_by: string | null;
  recorded_at: string | null;
}

/** Judgments closed in the period (newest first), with their 释明; `state` picks recorded or not. */
export async function readExplanationTasks(
  handle: Db,
  f: TaskFilter & { state?: "pending" | "done"; limit?: number; offset?: number },
): Promise<{ rows: ExplanationTaskRow[]; total: number }> {
  const build = (count: boolean) => {
    const p = new Params(placeholderFor(handle));
    const w = where(p, f, ["判决"]);
    if (f.state === "pending") w.push("x.case_id is null");
    if (f.state === "done") w.push("x.case_id is not null");
    const from = `from case_facts f join cases c on c.id = f.case_id
      left join aftercare_explanations x on x.case_id = f.case_id where ${w.join(" and ")}`;
    if (count) return { text: `select count(*) as n ${from}`, values: p.values };
    let text = `select c.id as case_id, c.case_number, f.court_code, f.type_code, f.cause, f.division, f.judge, c.closed_on,
      f.appealed, x.explained_on, x.way, x.risk_points_json, x.risk_note, x.guidance, x.recorded_by, x.recorded_at
      ${from} order by f.closed_day desc, c.id desc`;
    if (f.limit !== undefined) text += ` limit ${p.add(f.limit)} offset ${p.add(f.offset ?? 0)}`;
    return { text, values: p.values };
  };
  const c = build(true);
  const r = build(false);
  const [n] = await readRows<{ n: number | string }>(handle, c.text, c.values);
  const rows = await readRows<ExplanationTaskRow>(handle, r.text, r.values);
  return {
    rows: rows.map((x) => ({ ...x, case_id: Number(x.case_id), appealed: Number(x.appealed) })),
    total: Number(n?.n ?? 0),
  };
}

/**
 * The figures' rows, counted in the database: judgments closed in the period by division, judge,
 * first instance (民初) or not, appealed or not, explained or not.
 */
export async function readExplanationFigureCounts(
  handle: Db,
  f: TaskFilter,
): Promise<
  { division: string; judge: string; first: number; appealed: number; explained: number; n: number }[]
> {
  const p = new Params(placeholderFor(handle));
  const w = where(p, f, ["判决"]);
  const text = `select f.division, f.judge, case when f.type_code = '民初' then 1 else 0 end as first, f.appealed,
      case when x.case_id is null then 0 else 1 end as explained, count(*) as n
    from case_facts f ${f.caseNumber ? "join cases c on c.id = f.case_id" : ""}
    left join aftercare_explanations x on x.case_id = f.case_id where ${w.join(" and ")}
    group by 1, 2, 3, 4, 5`;
  const rows = await readRows<{
    division: string;
    judge: string;
    first: number | string;
    appealed: number | string;
    explained: number | string;
    n: number | string;
  }>(handle, text, p.values);
  return rows.map((r) => ({
    division: r.division,
    judge: r.judge,
    first: Number(r.first),
    appealed: Number(r.appealed),
    explained: Number(r.explained),
    n: Number(r.n),
  }));
}

/**
 * Which candidates have certainly taken effect by the data date without any estimate: not
 * appealed and closed on or before `settledDay` (far enough back for service, the longest appeal
 * period and any holiday roll; a recorded 生效日期 after the data date would be a data error).
 */
export interface Settled {
  settledDay: number;
}

function settledCondition(p: Params, s: Settled): string {
  return `(f.appealed = 0 and f.closed_day <= ${p.add(s.settledDay)})`;
}

/**
 * The 自动履行率's settled candidates counted in the database, by division, judge, recorded
 * outcome, enforcement link and 申请执行 (the rest are read row by row and dated in code).
 */
export async function readSettledPerformanceCounts(
  handle: Db,
  f: TaskFilter & { causes: readonly string[] },
  s: Settled,
): Promise<
  {
    division: string;
    judge: string;
    outcome: string | null;
    enforced: number;
    enforcement_applied: number | null;
    n: number;
  }[]
> {
  const p = new Params(placeholderFor(handle));
  const w = where(p, f, ["判决", "调解"]);
  w.push(`f.cause in (${f.causes.map((c) => p.add(c)).join(", ")})`);
  w.push("f.amount_fen > 0");
  w.push(settledCondition(p, s));
  // enforced_by_case: the chain pass's link to a 执 case naming this one (the same rule as the
  // lists' join, written after every import and refresh); no row of cases is read.
  const text = `select f.division, f.judge, o.outcome, f.enforced_by_case as enforced, f.enforcement_applied, count(*) as n
    from case_facts f ${f.caseNumber ? "join cases c on c.id = f.case_id" : ""}
    left join aftercare_outcomes o on o.case_id = f.case_id
    where ${w.join(" and ")} group by 1, 2, 3, 4, 5`;
  const rows = await readRows<{
    division: string;
    judge: string;
    outcome: string | null;
    enforced: number | string;
    enforcement_applied: number | string | null;
    n: number | string;
  }>(handle, text, p.values);
  return rows.map((r) => ({
    division: r.division,
    judge: r.judge,
    outcome: r.outcome,
    enforced: Number(r.enforced),
    enforcement_applied: r.enforcement_applied === null ? null : Number(r.enforcement_applied),
    n: Number(r.n),
  }));
}

export interface PerformanceTaskRow {
  case_id: number;
  case_number: string;
  /** The case's court (法院代字). */
  court_code: string;
  type_code: string;
  cause: string | null;
  division: string;
  judge: string;
  closure_mode: string;
  closed_on: string;
  procedure: string;
  amount_fen: number;
  effective_on: string | null;
  appealed: number;
  appeal_outcome: string | null;
  appeal_closed_on: string | null;
  enforcement_applied: number | null;
  enforcement_case: string | null;
  outcome: string | null;
  decided_on: string | null;
  due_fen: number | null;
  performed_fen: number | null;
  outcome_note: string | null;
  outcome_by: string | null;
  contacts: number;
  last_contact_on: string | null;
}

/**
 * Judgments and mediations of a money cause with 标的额 > 0 closed in the period, with their
 * outcome, their contacts' count and the 执 case naming them (the estimate of the effective day
 * is the caller's: it needs the legal calendar).
 */
export async function readPerformanceCandidates(
  handle: Db,
  f: TaskFilter & { causes: readonly string[]; unsettled?: Settled },
): Promise<PerformanceTaskRow[]> {
  const p = new Params(placeholderFor(handle));
  const w = where(p, f, ["判决", "调解"]);
  w.push(`f.cause in (${f.causes.map((c) => p.add(c)).join(", ")})`);
  w.push("f.amount_fen > 0");
  if (f.unsettled) w.push(`not ${settledCondition(p, f.unsettled)}`);
  const text = `select c.id as case_id, c.case_number, f.court_code, f.type_code, f.cause, f.division, f.judge, f.closure_mode,
      c.closed_on, f.procedure, f.amount_fen, c.effective_on, f.appealed, f.appeal_outcome, c.appeal_closed_on,
      f.enforcement_applied, ${ENFORCEMENT} as enforcement_case,
      o.outcome, o.decided_on, o.due_fen, o.performed_fen, o.note as outcome_note, o.recorded_by as outcome_by,
      (select count(*) from aftercare_contacts k where k.case_id = c.id) as contacts,
      (select max(k.contacted_on) from aftercare_contacts k where k.case_id = c.id) as last_contact_on
    from case_facts f join cases c on c.id = f.case_id
    left join aftercare_outcomes o on o.case_id = f.case_id
    where ${w.join(" and ")} order by f.closed_day desc, c.id desc`;
  const rows = await readRows<PerformanceTaskRow>(handle, text, p.values);
  return rows.map((r) => ({
    ...r,
    case_id: Number(r.case_id),
    amount_fen: Number(r.amount_fen),
    appealed: Number(r.appealed),
    enforcement_applied: r.enforcement_applied === null ? null : Number(r.enforcement_applied),
    due_fen: r.due_fen === null ? null : Number(r.due_fen),
    performed_fen: r.performed_fen === null ? null : Number(r.performed_fen),
    contacts: Number(r.contacts),
  }));
}

export interface ContactRow {
  id: number;
  case_id: number;
  contacted_on: string;
  way: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

export async function readContacts(handle: Db, caseIds: readonly number[]): Promise<ContactRow[]> {
  if (caseIds.length === 0) return [];
  const out: ContactRow[] = [];
  for (let i = 0; i < caseIds.length; i += 500) {
    const rows = await handle.db
      .selectFrom("aftercare_contacts")
      .selectAll()
      .where("case_id", "in", caseIds.slice(i, i + 500))
      .orderBy("contacted_on")
      .orderBy("id")
      .execute();
    for (const r of rows) out.push({ ...r, id: Number(r.id), case_id: Number(r.case_id) });
  }
  return out;
}
