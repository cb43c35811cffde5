/**
 * The demo court's 执行不能案件库. The generator files 执恢 cases without a 原审案号, so about one
 * 终本 case in eight (closed at least two months before an unlinked 执恢 was filed) is linked to one:
 * the 执恢 takes its 原审案号 and parties, and the entry is closed by 恢复执行. The other entries get
 * searches: most on schedule (every six months after 终本, the latest on or before the demo date),
 * some that stopped (overdue), some never searched (overdue once six months have passed); about one
 * latest search in twelve found property, half of those with a 恢复执行 proposal. Then the alert
 * termination-search-overdue is merged. Deterministic: the choices follow the case ids.
 */
import type { Db } from "../../db/connect.js";
import {
  insertSearchesBulk,
  linkResumption,
  unlinkedResumptions,
} from "../../db/termination-library/demo.js";
import { readProposals, upsertProposal } from "../../db/termination-library/library.js";
import { listDemoUsers } from "../../db/users/users.js";
import { addMonths, formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";
import { SEARCH_INTERVAL_MONTHS } from "../../domain/termination-library/index.js";
import { allEntries } from "../termination-library/library.js";
import { recomputeTerminationAlerts } from "../termination-library/termination-alerts.js";

const NONE_NOTES = [
  "网络执行查控系统查询，未发现可供执行的财产",
  "总对总查询无存款、车辆、不动产",
  "点对点查询未发现财产线索",
];
const FOUND_NOTES = [
  "查询到被执行人名下银行存款 3.2 万元",
  "查询到被执行人名下小型轿车一辆",
  "查询到被执行人新登记的不动产一处",
  "查询到被执行人对第三人的到期债权",
];

/** A fixed pseudo-random number in [0, 1) from a case id and a salt. */
function hash(id: number, salt: number): number {
  let x = (id * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822519) >>> 0;
  x ^= x >>> 13;
  return (x >>> 0) / 4294967296;
}

export async function seedDemoTermination(handle: Db, asOf: string): Promise<void> {
  const users = await listDemoUsers(handle);
  const clerk = users.find((u) => u.role === "office")?.username ?? "demo";
  const now = new Date().toISOString();
  const today = parseIsoDate(asOf);

  // 1. Link some 执恢 to 终本 cases closed well before them.
  const entries = (await allEntries(handle, asOf)).sort((a, b) => a.closedOn.localeCompare(b.closedOn));
  const free = await unlinkedResumptions(handle);
  const used = new Set<number>();
  let cursor = 0;
  for (const e of entries) {
    if (e.resumption || hash(e.caseId, 1) >= 0.125) continue;
    const earliest = formatIsoDate(parseIsoDate(e.closedOn) + 60);
    while (cursor < free.length && (free[cursor] as { filedOn: string }).filedOn < earliest) cursor++;
    const r = free.slice(cursor).find((x) => !used.has(x.id) && x.filedOn <= asOf);
    if (!r) continue;
    used.add(r.id);
    await linkResumption(handle, r.id, e, now);
  }

  // 2. Searches on the entries still under the search duty.
  const rows: { caseId: number; searchedOn: string; result: string; note: string; by: string; at: string }[] =
    [];
  const found: { caseId: number; on: string }[] = [];
  for (const e of await allEntries(handle, asOf)) {
    if (e.state !== "due" && e.state !== "overdue") continue;
    if (e.searches.length > 0) continue;
    const kind = hash(e.caseId, 2);
    // 0.60 on schedule; 0.25 stopped after some searches; 0.15 never searched.
    if (kind >= 0.85) continue;
    const dates: string[] = [];
    let d = parseIsoDate(e.closedOn);
    for (;;) {
      // Searched a few days before each due date.
      const due = addMonths(d, SEARCH_INTERVAL_MONTHS);
      const on = due - Math.floor(hash(e.caseId, 3 + dates.length) * 12);
      if (on > today) break;
      dates.push(formatIsoDate(on));
      d = on;
    }
    const keep = kind < 0.6 ? dates.length : Math.floor(dates.length * hash(e.caseId, 4));
    const kept = dates.slice(0, keep);
    kept.forEach((on, i) => {
      const last = i === kept.length - 1;
      const hit = last && hash(e.caseId, 5) < 1 / 12;
      if (hit) found.push({ caseId: e.caseId, on });
      const notes = hit ? FOUND_NOTES : NONE_NOTES;
      rows.push({
        caseId: e.caseId,
        searchedOn: on,
        result: hit ? "发现财产" : "无财产",
        note: notes[Math.floor(hash(e.caseId, 6 + i) * notes.length)] as string,
        by: clerk,
        at: now,
      });
    });
  }
  if (rows.length > 0) await insertSearchesBulk(handle, rows);

  // 3. Half of the 发现财产 entries have a 恢复执行 proposal.
  const proposed = new Set((await readProposals(handle)).map((p) => p.caseId));
  for (const f of found) {
    if (proposed.has(f.caseId) || hash(f.caseId, 7) >= 0.5) continue;
    const on = formatIsoDate(Math.min(parseIsoDate(f.on) + 5, today));
    await upsertProposal(
      handle,
      { caseId: f.caseId, proposedOn: on, note: "查询发现财产，建议依职权恢复执行", by: clerk, at: now },
      {
        user: clerk,
        action: "propose-resumption",
        entity: "termination_proposal",
        entityId: String(f.caseId),
        after: { proposedOn: on },
      },
    );
  }
  await recomputeTerminationAlerts(handle, asOf);
}
