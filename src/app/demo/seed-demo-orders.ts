/**
 * The demo court's 督办单, one after another in every state — 已销号, 已答复 (waiting for 销号),
 * 退回重答, 待答复, and unanswered past the reply date (escalated to the chief and the 院领导) — on
 * the demo judges' least serious warnings (not 审限 ones, left to be acknowledged or supervised by
 * hand) and pending cases. Every step goes through the workflow (issue, actOnMatter, escalation),
 * so traces, tasks and the audit log are real. Deterministic: the dates count back from the
 * demo's as-of day.
 */
import type { Db } from "../../db/connect.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { Actor } from "../../domain/auth/index.js";
import { formatIsoDate, isWeekend, legalCalendar, parseIsoDate } from "../../domain/calendar/index.js";
import { addWorkingDays } from "../../domain/workflow/index.js";
import { listAlerts } from "../alerts/list-alerts.js";
import { listCases } from "../cases/list-cases.js";
import { actorOf } from "../shared/actor.js";
import { escalateOverdueOrders } from "../supervision-orders/escalate-overdue-orders.js";
import { issueOrders } from "../supervision-orders/issue-orders.js";
import { actOnMatter } from "../workflow/act-on-matter.js";
import { getMatter } from "../workflow/get-matter.js";

/** At most this many demo orders. */
const MAX_ORDERS = 20;
/** Per judge: at most this many things supervised. */
const PER_JUDGE = 3;

const REQUESTS = [
  "该案立案已久，请说明未结原因、目前进展及预计结案时间",
  "请核查该案审限变更是否依法审批，并说明下一步审理安排",
  "请说明该案长期未结的原因，以及已采取和拟采取的措施",
];

type Target = { judge: Actor; alertIds?: number[]; caseIds?: number[] };

export async function seedDemoOrders(handle: Db, asOf: string): Promise<void> {
  const users = (await listDemoUsers(handle)).map((u) => ({
    username: u.username,
    role: u.role,
    division: u.division,
    judgeName: u.judge_name,
  }));
  const officeRow = users.find((u) => u.role === "office");
  if (!officeRow) return;
  const office = actorOf(officeRow);
  const judges = users
    .filter((u) => u.role === "judge" && u.division && u.judgeName)
    .sort((a, b) => a.username.localeCompare(b.username, "en", { numeric: true }))
    .map(actorOf);

  const targets: Target[] = [];
  for (const judge of judges) {
    const mine = [
      { field: "judge" as const, values: [judge.judgeName ?? ""] },
      { field: "division" as const, values: [judge.division ?? ""] },
    ];
    const alerts = await listAlerts(office, handle, {
      judge: judge.judgeName ?? "",
      division: judge.division ?? "",
      sort: "severity",
      order: "asc",
      pageSize: 50,
    });
    const own: Target[] = alerts.rows
      .filter((a) => a.order === null && a.family !== "time-limit" && a.caseId !== null)
      .slice(0, 1)
      .map((a) => ({ judge, alertIds: [a.id] }));
    const used = new Set(alerts.rows.map((a) => a.caseId));
    const cases = await listCases(office, handle, { filters: mine, status: "pending", pageSize: 10 });
    for (const c of cases.rows)
      if (own.length < PER_JUDGE && !used.has(c.id)) own.push({ judge, caseIds: [c.id] });
    targets.push(...own);
  }

  const cal = legalCalendar();
  const day = (n: number) => formatIsoDate(parseIsoDate(asOf) - n);
  const workingAfter = (d: string, n: number) => formatIsoDate(addWorkingDays(cal, parseIsoDate(d), n));
  /** The `n`th working day before asOf. */
  const workingBefore = (n: number) => {
    let d = parseIsoDate(asOf);
    for (let left = n; left > 0; ) {
      d--;
      if (cal.covers(d) ? cal.isWorkingDay(d) : !isWeekend(d)) left--;
    }
    return formatIsoDate(d);
  };
  const act = async (who: Actor, id: number, action: string, input: Record<string, unknown>, on: string) => {
    const m = await getMatter(who, handle, id, on);
    await actOnMatter(who, handle, id, action, m.version, input, on);
  };

  for (const [k, t] of targets.slice(0, MAX_ORDERS).entries()) {
    const issue = async (on: string) => {
      const request = REQUESTS[k % REQUESTS.length] as string;
      const r = await issueOrders(office, handle, { alertIds: t.alertIds, caseIds: t.caseIds, request }, on);
      return r.orders[0]?.id as number;
    };
    const answer = (id: number, on: string, measures: string[], text: string) =>
      act(t.judge, id, "answer", { explanation: text, measures }, on);
    switch (k % 6) {
      case 0: {
        // 已销号
        const id = await issue(day(30));
        await answer(id, day(27), ["已结案"], "该案已于本月判决结案，裁判文书已送达双方当事人");
        await act(office, id, "close", { note: "经核实，该案已结案，予以销号" }, day(25));
        break;
      }
      case 1: {
        // 已答复, waiting for 销号
        const id = await issue(day(12));
        await answer(id, day(9), ["正在鉴定"], "该案正在进行司法鉴定，鉴定机构预计下月出具意见");
        break;
      }
      case 2: {
        // 退回重答, with a new reply date
        const id = await issue(day(10));
        await answer(id, day(7), ["其他"], "该案正在审理中，将尽快安排开庭并结案");
        const note = "答复过于笼统，请说明具体结案时间";
        await act(office, id, "return", { note, replyDue: workingAfter(day(3), 5) }, day(3));
        break;
      }
      case 3:
        // 待答复
        await issue(day(1));
        break;
      case 4:
        // Unanswered past its reply date: escalated to the chief and the 院领导 (below).
        await issue(day(20));
        break;
      case 5:
        // Issued 5 working days ago, due 3 working days later (the 2nd working day before asOf):
        // 1 or 2 working days overdue — escalated to the chief, not yet to the 院领导 (3, below).
        await issue(workingBefore(5));
        break;
    }
  }
  await escalateOverdueOrders(handle, asOf);
}
