/**
 * The demo court's 判后释明 and 督促履行 records, over the judgments and mediations of the last
 * year: about three in five judgments with a 释明 (every way, risk points, now and then a
 * similar-case reference), the rest pending; 督促 tasks with contacts and each outcome (全部履行,
 * 部分履行, 未履行), some with contacts only, some untouched — and those a demo 执 case names as
 * origin closed automatically (a few of them after a 全部履行 the judge had recorded). Deterministic
 * (by case id), recorded in the judges' names.
 */

import { addContact, writeExplanation, writeOutcome } from "../../db/aftercare/write-records.js";
import type { Db } from "../../db/connect.js";
import { clearEffectiveDates } from "../../db/demo/demo-seed-queries.js";
import { CONTACT_WAYS, EXPLANATION_WAYS, RISK_POINT_TAGS } from "../../domain/aftercare/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";
import { explanationTasks, performanceTasks } from "../aftercare/tasks.js";
import { systemActor } from "../shared/actor.js";

const plus = (iso: string, days: number) => formatIsoDate(parseIsoDate(iso) + days);
const min = (a: string, b: string) => (a < b ? a : b);

export async function seedDemoAftercare(handle: Db, asOf: string): Promise<void> {
  const office = systemActor("demo");
  const from = plus(asOf, -365);
  const at = `${asOf}T09:00:00.000Z`;
  const ex = await explanationTasks(office, handle, { from, to: asOf }, null);
  for (const t of ex.rows) {
    if (t.caseId % 5 >= 3) continue; // two in five stay pending
    const k = t.caseId % 7;
    await writeExplanation(handle, {
      caseId: t.caseId,
      explainedOn: min(plus(t.closedOn, k % 4), asOf),
      way: EXPLANATION_WAYS[k % EXPLANATION_WAYS.length] as string,
      riskPoints: [
        RISK_POINT_TAGS[k % RISK_POINT_TAGS.length] as string,
        RISK_POINT_TAGS[1] as string,
      ].filter((v, i, a) => a.indexOf(v) === i),
      riskNote: k === 3 ? "向败诉方说明主动履行可免除迟延履行期间的加倍债务利息" : "",
      guidance: k % 3 === 0 ? "参照本院类案裁判规则及同类已生效判决" : "",
      by: t.judge,
      at,
    });
  }
  // One money judgment or mediation in ten comes without 生效日期, as some courts' exports do: the
  // page then shows the estimate, tagged 推定 (never past as-of: the estimate is the demo's own rule,
  // rolled past holidays, so it can only fall on the recorded day or later).
  const before = await performanceTasks(office, handle, { from, to: asOf }, asOf);
  const blank = before.filter((t) => t.caseId % 10 === 7 && !t.effectEstimated).map((t) => t.caseId);
  await clearEffectiveDates(handle, blank);
  const pf = await performanceTasks(office, handle, { from, to: asOf }, asOf);
  for (const t of pf) {
    const k = t.caseId % 10;
    const contactOn = min(plus(t.effectiveOn, 3), asOf);
    const decidedOn = plus(t.effectiveOn, 12);
    const by = t.judge;
    // Closed by a 执 case: most untouched, every third with the 全部履行 the judge had believed.
    if (t.state === "enforced") {
      await addContact(handle, {
        caseId: t.caseId,
        contactedOn: contactOn,
        way: "电话",
        note: "电话提醒被告在履行期限内履行",
        by,
        at,
      });
      if (t.caseId % 3 === 0 && decidedOn <= asOf)
        await writeOutcome(handle, {
          caseId: t.caseId,
          outcome: "全部履行",
          decidedOn,
          dueFen: Math.round(t.amountYuan * 100),
          performedFen: Math.round(t.amountYuan * 100),
          note: "原告电话告知已收到款项（后申请强制执行）",
          by,
          at,
        });
      continue;
    }
    if (k >= 8) continue; // untouched
    await addContact(handle, {
      caseId: t.caseId,
      contactedOn: contactOn,
      way: CONTACT_WAYS[k % CONTACT_WAYS.length] as string,
      note: "告知履行期限及不履行的法律后果（强制执行、纳入失信被执行人名单）",
      by,
      at,
    });
    if (k >= 6 || decidedOn > asOf) continue; // contacted, no outcome yet
    const due = Math.round(t.amountYuan * 100);
    const outcome = k <= 3 ? "全部履行" : k === 4 ? "部分履行" : "未履行";
    await writeOutcome(handle, {
      caseId: t.caseId,
      outcome,
      decidedOn,
      dueFen: due,
      performedFen: outcome === "全部履行" ? due : outcome === "部分履行" ? Math.round(due / 2) : 0,
      note:
        outcome === "全部履行"
          ? "双方确认已履行完毕"
          : outcome === "部分履行"
            ? "已履行一半，余款承诺分期"
            : "被告称无力履行，已告知申请执行",
      by,
      at,
    });
  }
}
