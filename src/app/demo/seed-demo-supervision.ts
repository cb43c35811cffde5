/**
 * The demo court's 四类案件: identification has run with the import (candidates opened); here the
 * demo accounts confirm some, revoke some, take supervision measures on the confirmed ones (tasks
 * for their judges, one reported on), mark a case by hand (category 四), and take one recently
 * closed case through the whole flow so that it ends with its case — every state present, each step
 * taken through the workflow's own use cases. Deterministic: matters in id order.
 */
import type { Db } from "../../db/connect.js";
import {
  pendingCasesWithoutSupervision,
  recentlyClosedCases,
} from "../../db/supervision/supervised-matters.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { Actor } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";
import { actorOf } from "../shared/actor.js";
import { closeSupervisedCases } from "../supervision/close-supervised-cases.js";
import { identifySupervisedCases } from "../supervision/identify-supervised-cases.js";
import { listSupervisedCases } from "../supervision/list-supervised-cases.js";
import { markSupervisedCase } from "../supervision/mark-supervised-case.js";
import { actOnMatter } from "../workflow/act-on-matter.js";

const CONFIRM = "经审查，本案符合四类案件识别情形，确认纳入院庭长监督管理";
const REVOKE = "经审查，本案情况已有变化，不属于四类案件，撤销标注";

export async function seedDemoSupervision(handle: Db, asOf: string): Promise<void> {
  await identifySupervisedCases(handle, { asOf });
  const users = await listDemoUsers(handle);
  const actor = (u: (typeof users)[number]): Actor => ({
    ...actorOf({
      username: u.username,
      role: u.role,
      division: u.division,
      judgeName: u.judge_name,
      isDemo: true,
    }),
    name: u.display_name,
  });
  const officeRow = users.find((u) => u.role === "office");
  const office: Actor = officeRow ? actor(officeRow) : { username: "system", role: "office", name: "审管办" };
  const chiefOf = (division: string): Actor => {
    const u = users.find((x) => x.role === "chief" && x.division === division);
    return u ? actor(u) : office;
  };
  const judgeOf = (division: string, judge: string): Actor | undefined => {
    const u = users.find((x) => x.role === "judge" && x.division === division && x.judge_name === judge);
    return u ? actor(u) : undefined;
  };
  const due = (days: number) => formatIsoDate(parseIsoDate(asOf) + days);

  const candidates = (
    await listSupervisedCases(office, handle, { tab: "candidate", pageSize: 1000 })
  ).rows.sort((a, b) => a.matterId - b.matterId);
  let confirmed = 0;
  let revoked = 0;
  for (const [i, c] of candidates.entries()) {
    if (i % 5 === 4 || (confirmed >= 15 && revoked >= 6)) continue; // left to confirm
    if (i % 5 === 2 || i % 5 === 3) {
      if (revoked >= 6) continue;
      await actOnMatter(
        i % 2 ? office : chiefOf(c.division),
        handle,
        c.matterId,
        "revoke",
        c.version,
        { note: REVOKE },
        asOf,
      );
      revoked++;
      continue;
    }
    if (confirmed >= 15) continue;
    const confirmer = i % 2 ? chiefOf(c.division) : office;
    let m = await actOnMatter(confirmer, handle, c.matterId, "confirm", c.version, { note: CONFIRM }, asOf);
    confirmed++;
    const chief = chiefOf(c.division);
    if (confirmed % 3 === 1) {
      m = await actOnMatter(
        chief,
        handle,
        m.id,
        "request-report",
        m.version,
        { note: "请书面报告案件审理进展、争议焦点及下一步安排", "request-reportDueOn": due(7) },
        asOf,
      );
      const j = judgeOf(c.division, c.judge);
      if (j && confirmed % 2 === 1)
        m = await actOnMatter(
          j,
          handle,
          m.id,
          "report",
          m.version,
          { note: "已完成证据交换，拟于下月开庭，争议焦点为合同效力" },
          asOf,
        );
    } else if (confirmed % 3 === 2) {
      m = await actOnMatter(
        chief,
        handle,
        m.id,
        "similar-case-search",
        m.version,
        { note: "请检索本院及上级法院类案裁判并提交报告", "similar-case-searchDueOn": due(10) },
        asOf,
      );
    }
  }

  // A pending case marked by hand (category 四), left for the chief to confirm.
  const [complaint] = await pendingCasesWithoutSupervision(handle.db, asOf, 1);
  if (complaint)
    await markSupervisedCase(
      office,
      handle,
      complaint.id,
      { category: 4, note: "当事人来信反映承办法官存在违法审判行为，提请甄别" },
      asOf,
    );
  // A recently closed case through the whole flow: marked, confirmed, a hearing attended, ended
  // with the case (the outcome recorded by the system step).
  const [closed] = await recentlyClosedCases(handle.db, asOf, 1);
  if (closed) {
    const marked = await markSupervisedCase(
      office,
      handle,
      closed.id,
      { category: 1, note: "本案标的额较大、社会关注度高，提请纳入四类案件监管" },
      asOf,
    );
    const chief = chiefOf(marked.division);
    const m = await actOnMatter(chief, handle, marked.id, "confirm", marked.version, { note: CONFIRM }, asOf);
    await actOnMatter(chief, handle, m.id, "attend-hearing", m.version, { note: "庭长旁听本案庭审" }, asOf);
  }
  await closeSupervisedCases(handle, asOf);
}
