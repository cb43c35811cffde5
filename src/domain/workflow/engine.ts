/**
 * The workflow engine: applies an action to a matter and answers with the new state, the trace
 * entry and the tasks to open and close — or a typed refusal with a Chinese message. Pure: "today",
 * the calendar and the court's settings are parameters.
 */

import { type Actor, ROLE_POSITIONS } from "../auth/roles.js";
import {
  formatIsoDate,
  type IsoDate,
  type LegalCalendar,
  parseIsoDate,
  tryParseIsoDate,
} from "../calendar/index.js";
import { COURT_LEADER_POSITIONS } from "../people/positions.js";
import type {
  Assignee,
  FieldSpec,
  Matter,
  OpenTask,
  Outcome,
  Participant,
  Refusal,
  TaskSpec,
  Transition,
  Who,
  WorkflowKind,
  WorkflowSettings,
} from "./types.js";
import { addWorkingDays } from "./working-days.js";

export interface ApplyContext {
  today: IsoDate;
  calendar: LegalCalendar;
  settings: WorkflowSettings;
}

/** Does `who` hold for this participant on this matter? */
export function holds(who: Who, matter: Matter, p: Participant, settings: WorkflowSettings): boolean {
  switch (who.kind) {
    case "role":
      return who.roles.includes(p.role) && (!who.sameDivision || p.division === matter.division);
    case "position":
      return (
        who.positions.some((x) => p.positions.includes(x)) &&
        (!who.sameDivision || p.division === matter.division)
      );
    case "case-judge":
      return !!p.judgeName && p.judgeName === matter.judge && p.division === matter.division;
    case "division-chief":
      return (
        p.division === matter.division &&
        (p.positions.includes("chief") ||
          (settings.deputyActsAsChief && p.positions.includes("deputy-chief")))
      );
    case "court-leader":
      return COURT_LEADER_POSITIONS.some((x) => p.positions.includes(x));
    case "committee-member":
      return p.committeeMember;
    case "initiator":
      return p.username === matter.initiator;
    case "named":
      return typeof matter.data[who.field] === "string" && matter.data[who.field] === p.username;
    case "any":
      return who.of.some((w) => holds(w, matter, p, settings));
  }
}

function charCount(s: string): number {
  return [...s.trim()].length;
}

/** Checks an action's input against its fields; returns the cleaned values or a refusal. */
export function checkFields(
  fields: readonly FieldSpec[],
  input: Readonly<Record<string, unknown>>,
  today: IsoDate,
): { ok: true; values: Record<string, unknown> } | ({ ok: false } & Refusal) {
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = input[f.name];
    const empty =
      raw === undefined ||
      raw === null ||
      (typeof raw === "string" && raw.trim() === "") ||
      (Array.isArray(raw) && raw.length === 0);
    if (empty) {
      if (f.required) return { ok: false, code: "input", field: f.name, message: `请填写${f.label}` };
      continue;
    }
    const bad = (message: string): { ok: false } & Refusal => ({
      ok: false,
      code: "input",
      field: f.name,
      message,
      value: raw,
    });
    switch (f.type) {
      case "text": {
        if (typeof raw !== "string") return bad(`${f.label}应为文字`);
        const n = charCount(raw);
        if (f.minLength !== undefined && n < f.minLength)
          return bad(`${f.label}不少于 ${f.minLength} 个字（现为 ${n} 个字）`);
        if (f.maxLength !== undefined && n > f.maxLength)
          return bad(`${f.label}不超过 ${f.maxLength} 个字（现为 ${n} 个字）`);
        values[f.name] = raw.trim();
        break;
      }
      case "date": {
        const day = typeof raw === "string" ? tryParseIsoDate(raw) : undefined;
        if (day === undefined) return bad(`${f.label}应为形如 2024-06-30 的日期`);
        if (f.notPast && day < parseIsoDate(today)) return bad(`${f.label}不能早于今天（${today}）`);
        values[f.name] = formatIsoDate(day);
        break;
      }
      case "number": {
        const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw) : Number.NaN;
        if (!Number.isFinite(n)) return bad(`${f.label}应为数字`);
        values[f.name] = n;
        break;
      }
      case "choice": {
        if (typeof raw !== "string" || !(f.options ?? []).includes(raw))
          return bad(`${f.label}应为 ${(f.options ?? []).join("、")} 之一`);
        values[f.name] = raw;
        break;
      }
      case "choices": {
        const list = Array.isArray(raw) ? raw : [raw];
        const wrong = list.find((x) => typeof x !== "string" || !(f.options ?? []).includes(x));
        if (wrong !== undefined) return bad(`${f.label}应为 ${(f.options ?? []).join("、")} 中的一项或多项`);
        values[f.name] = [...new Set(list as string[])];
        break;
      }
    }
  }
  return { ok: true, values };
}

function fromStates(t: Transition): readonly string[] {
  return typeof t.from === "string" ? [t.from] : t.from;
}

function stateLabel(kind: WorkflowKind, state: string): string {
  return kind.states.find((s) => s.name === state)?.label ?? state;
}

function resolveAssignee(a: Assignee, matter: Matter, actor: Participant): Omit<OpenTask, "title" | "dueOn"> {
  switch (a.kind) {
    case "case-judge":
      return { judge: matter.judge, division: matter.division };
    case "division-chief":
      return { position: "chief", division: matter.division };
    case "court-leader": {
      const leader = matter.data.leader;
      return typeof leader === "string" && leader
        ? { username: leader }
        : { position: "president", division: null };
    }
    case "office":
      return { position: "office", division: null };
    case "initiator":
      return { username: matter.initiator };
    case "named": {
      const v = matter.data[a.field];
      return typeof v === "string" && v ? { username: v } : { position: "office", division: null };
    }
    case "actor":
      return { username: actor.username };
  }
}

function dueOn(spec: TaskSpec, data: Readonly<Record<string, unknown>>, ctx: ApplyContext): IsoDate | null {
  const due = spec.due;
  if (!due) return null;
  if ("field" in due) {
    const v = data[due.field];
    return typeof v === "string" && tryParseIsoDate(v) !== undefined ? v : null;
  }
  const n = "workingDays" in due ? due.workingDays : ctx.settings.numbers[due.workingDaysSetting];
  if (n === undefined || !Number.isInteger(n) || n < 1) return null;
  return formatIsoDate(addWorkingDays(ctx.calendar, parseIsoDate(ctx.today), n));
}

/**
 * Where a task's due date is read: a date the step itself asks for is taken from this step's
 * input only (a measure repeated without a date has none — not the previous one's); a date the
 * step does not ask for comes from the matter's data.
 */
function dueSource(
  t: Transition,
  values: Readonly<Record<string, unknown>>,
  data: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  const asked = new Set((t.fields ?? []).map((f) => f.name));
  const source: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!asked.has(k)) source[k] = v;
  return { ...source, ...values };
}

function transitionFor(kind: WorkflowKind, action: string): Transition[] {
  return kind.transitions.filter((t) => t.action === action);
}

/**
 * Takes `action` on `matter` (or opens a new matter when `matter` is the kind's blank: state ""),
 * as `actor`, with `input`. System actions (timers, a case closing) pass `system: true`.
 */
export function applyAction(
  kind: WorkflowKind,
  matter: Matter,
  action: string,
  actor: Participant,
  input: Readonly<Record<string, unknown>>,
  ctx: ApplyContext,
  options: { system?: boolean } = {},
): Outcome {
  const opening = matter.state === "";
  let t: Transition | undefined;
  if (opening) {
    if (action !== kind.open.action)
      return { ok: false, code: "unknown-action", message: `${kind.name}须先“${kind.open.label}”` };
    t = { ...kind.open, from: "", to: kind.open.to ?? kind.initial };
  } else {
    const candidates = transitionFor(kind, action);
    if (candidates.length === 0)
      return { ok: false, code: "unknown-action", message: `${kind.name}没有“${action}”这一操作` };
    t = candidates.find((c) => fromStates(c).includes(matter.state));
    if (!t) {
      const label = candidates[0]?.label ?? action;
      return {
        ok: false,
        code: "state",
        message: `${kind.name}当前为“${stateLabel(kind, matter.state)}”，不能${label}`,
      };
    }
  }
  if (t.system && !options.system)
    return { ok: false, code: "forbidden", message: `“${t.label}”由系统自动办理，不能手动操作` };
  if (!options.system && !holds(t.who, matter, actor, ctx.settings))
    return { ok: false, code: "forbidden", message: t.whoText };
  const checked = checkFields(t.fields ?? [], input, ctx.today);
  if (!checked.ok) return checked;
  const data = { ...matter.data, ...checked.values };
  const after: Matter = { ...matter, state: t.to, data };
  const note = typeof checked.values.note === "string" ? checked.values.note : "";
  const opens = (t.opens ?? []).map((spec) => ({
    title: spec.title,
    dueOn: dueOn(spec, dueSource(t, checked.values, data), ctx),
    ...resolveAssignee(spec.assignee, after, actor),
  }));
  return {
    ok: true,
    state: t.to,
    data,
    trace: {
      action: t.action,
      label: t.label,
      from: opening ? null : matter.state,
      to: t.to,
      by: actor.username,
      byName: actor.name,
      on: ctx.today,
      note,
      input: checked.values,
    },
    opens,
    closes: t.closes ?? "all",
    terminal: kind.states.find((s) => s.name === t.to)?.terminal === true,
  };
}

/** The actions this participant may take on the matter now (the buttons the screen shows). */
export function availableActions(
  kind: WorkflowKind,
  matter: Matter,
  actor: Participant,
  settings: WorkflowSettings,
): Transition[] {
  return kind.transitions.filter(
    (t) => !t.system && fromStates(t).includes(matter.state) && holds(t.who, matter, actor, settings),
  );
}

/** A blank matter to open with `applyAction(kind, blankMatter(…), kind.open.action, …)`. */
export function blankMatter(
  kind: WorkflowKind,
  at: { division: string; judge: string; initiator: string },
): Matter {
  return { kind: kind.id, state: "", version: 0, ...at, data: {} };
}

/** Checks a kind's declaration: states exist, one initial, every transition's ends declared. */
export function kindProblems(kind: WorkflowKind): string[] {
  const names = new Set(kind.states.map((s) => s.name));
  const problems: string[] = [];
  if (!names.has(kind.initial)) problems.push(`initial state ${kind.initial} is not declared`);
  if (kind.open.to && !names.has(kind.open.to)) problems.push(`open goes to undeclared ${kind.open.to}`);
  for (const t of kind.transitions) {
    for (const f of fromStates(t)) if (!names.has(f)) problems.push(`${t.action}: from undeclared ${f}`);
    if (!names.has(t.to)) problems.push(`${t.action}: to undeclared ${t.to}`);
    if (!t.whoText) problems.push(`${t.action}: no refusal text`);
  }
  return problems;
}

/** The participant an actor is in a workflow: its staff positions, or those its role implies. */
export function participantOf(actor: Actor): Participant {
  return {
    username: actor.username,
    name: actor.name ?? actor.judgeName ?? actor.username,
    role: actor.role,
    division: actor.division ?? null,
    judgeName: actor.judgeName ?? null,
    positions: actor.positions ?? ROLE_POSITIONS[actor.role],
    committeeMember: actor.committeeMember === true,
  };
}
