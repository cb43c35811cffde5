/**
 * 提议并案审理: 审管办 or a judge of one of the group's cases sends the group (as it stands today) to
 * the chief of its main division — a 并案审理建议 matter linked to every case of the group, with the
 * group's summary and the bases written into its first step.
 */
import { readBatchProposals } from "../../db/batches/proposals.js";
import type { Db } from "../../db/connect.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { BATCH_BASIS, BATCH_TRIAL_KIND_ID, type BatchGroup } from "../../domain/batches/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import type { MatterView } from "../workflow/matter-view.js";
import { openMatter } from "../workflow/open-matter.js";
import { proposalBlocks, proposalOf } from "./batch-view.js";
import { findBatchGroup } from "./get-batch.js";

export interface ProposeBatchRequest {
  key: string;
  /** 提议理由 (≥ 5 characters). */
  reason: string;
}

const yuan = (fen: number) =>
  (fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Case numbers written out in the summary (all are linked to the matter anyway). */
const MAX_LISTED = 80;

/** The group in words, as the proposal's first step records it. */
export function batchSummary(g: BatchGroup): string {
  const judges = g.judges.map((j) => `${j.division}${j.judge}（${j.cases} 件）`).join("、");
  const amount =
    `标的额合计 ${yuan(g.totalAmountFen)} 元` +
    (g.amountMissing > 0 ? `（另有 ${g.amountMissing} 件未录入标的额）` : "");
  return [
    `${g.sideName}：${g.party}；案由：${g.cause}；共 ${g.cases.length} 件未结案件。`,
    `立案日期 ${g.firstFiledOn} 至 ${g.lastFiledOn}（相距 ${g.spanDays} 日）；${amount}。`,
    `承办情况：${judges}。`,
    g.cases.length > MAX_LISTED
      ? `案号：${g.cases
          .slice(0, MAX_LISTED)
          .map((c) => c.caseNumber)
          .join("、")}等 ${g.cases.length} 件（全部案件见关联案件）。`
      : `案号：${g.cases.map((c) => c.caseNumber).join("、")}。`,
  ].join("\n");
}

export async function proposeBatch(
  actor: Actor,
  handle: Db,
  req: ProposeBatchRequest,
  today: string = todayInChina(),
): Promise<MatterView> {
  mustAuthorize(actor, "view-batches");
  const { group } = await findBatchGroup(handle, req.key, today, dataScope(actor).courts);
  const existing = proposalOf(group, await readBatchProposals(handle));
  mustAuthorize(actor, "propose-batch", { cases: group.cases, proposed: proposalBlocks(existing) });
  const first = group.cases[0];
  return openMatter(
    actor,
    handle,
    {
      kind: BATCH_TRIAL_KIND_ID,
      title: `并案审理建议：${group.party}（${group.sideName}）${group.cause} ${group.cases.length} 件`,
      division: group.mainDivision,
      judge: "",
      caseId: null,
      caseNumber: first?.caseNumber ?? null,
      links: group.cases.map((c) => ({ entity: "case", id: c.id })),
      input: { reason: req.reason, summary: batchSummary(group), basis: BATCH_BASIS.join("\n") },
      data: {
        key: group.key,
        side: group.side,
        partyKey: group.partyKey,
        party: group.party,
        cause: group.cause,
        caseCount: group.cases.length,
        totalAmountFen: group.totalAmountFen,
        firstFiledOn: group.firstFiledOn,
        lastFiledOn: group.lastFiledOn,
      },
    },
    today,
    // The proposer was checked above (propose-batch): a judge may propose a group whose main division
    // is not their own, which the generic opening check (reading the matter's division) would refuse.
    { system: true },
  );
}
