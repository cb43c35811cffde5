/** A 并案审理 group as the API returns it: its cases, judges, divisions, amount, span and proposal. */
import type { BatchProposalRecord } from "../../db/batches/proposals.js";
import { type Actor, authorize, dataScope, withinScope } from "../../domain/auth/index.js";
import {
  BATCH_TRIAL_STATES,
  type BatchGroup,
  type BatchSide,
  batchTrialStateLabel,
} from "../../domain/batches/index.js";

export interface BatchCaseView {
  id: number;
  caseNumber: string;
  division: string;
  judge: string;
  filedOn: string;
  amountFen: number | null;
  plaintiffs: string | null;
  defendants: string | null;
}

export interface BatchProposalView {
  matterId: number;
  state: string;
  stateName: string;
  openedOn: string;
}

export interface BatchView {
  key: string;
  side: BatchSide;
  sideName: "原告" | "被告";
  party: string;
  cause: string;
  caseCount: number;
  cases: BatchCaseView[];
  judges: { division: string; judge: string; cases: number }[];
  divisions: { division: string; cases: number }[];
  mainDivision: string;
  totalAmountFen: number;
  amountMissing: number;
  firstFiledOn: string;
  lastFiledOn: string;
  spanDays: number;
  /** The latest proposal on the group (same party, side and cause, sharing a case), if any. */
  proposal: BatchProposalView | null;
  actions: "propose-batch"[];
}

/** Is a group visible to the actor: has it a case within their scope? */
export function batchVisible(actor: Actor, g: BatchGroup): boolean {
  const scope = dataScope(actor);
  return (scope.kind === "court" && !scope.courts) || g.cases.some((c) => withinScope(scope, c));
}

/** The latest proposal on a group: same side, party and cause, linking one of its cases. */
export function proposalOf(
  g: BatchGroup,
  proposals: readonly BatchProposalRecord[],
): BatchProposalRecord | null {
  const ids = new Set(g.cases.map((c) => c.id));
  let found: BatchProposalRecord | null = null;
  for (const p of proposals) {
    if (p.data.side !== g.side || p.data.partyKey !== g.partyKey || p.data.cause !== g.cause) continue;
    if (!p.caseIds.some((id) => ids.has(id))) continue;
    if (!found || p.id > found.id) found = p;
  }
  return found;
}

/** Waiting for the chief or agreed: no second proposal. */
export function proposalBlocks(p: BatchProposalRecord | null): boolean {
  return p !== null && (p.state === BATCH_TRIAL_STATES.proposed || p.state === BATCH_TRIAL_STATES.approved);
}

export function batchView(actor: Actor, g: BatchGroup, proposal: BatchProposalRecord | null): BatchView {
  const ref = { cases: g.cases, proposed: proposalBlocks(proposal) };
  return {
    key: g.key,
    side: g.side,
    sideName: g.sideName,
    party: g.party,
    cause: g.cause,
    caseCount: g.cases.length,
    cases: g.cases.map((c) => ({
      id: c.id,
      caseNumber: c.caseNumber,
      division: c.division,
      judge: c.judge,
      filedOn: c.filedOn,
      amountFen: c.amountFen,
      plaintiffs: c.plaintiffs,
      defendants: c.defendants,
    })),
    judges: g.judges,
    divisions: g.divisions,
    mainDivision: g.mainDivision,
    totalAmountFen: g.totalAmountFen,
    amountMissing: g.amountMissing,
    firstFiledOn: g.firstFiledOn,
    lastFiledOn: g.lastFiledOn,
    spanDays: g.spanDays,
    proposal: proposal
      ? {
          matterId: proposal.id,
          state: proposal.state,
          stateName: batchTrialStateLabel(proposal.state),
          openedOn: proposal.openedOn,
        }
      : null,
    actions: authorize(actor, "propose-batch", ref).allowed ? ["propose-batch"] : [],
  };
}
