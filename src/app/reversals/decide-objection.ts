/**
 * The office records the decision on a judge's objection — its own, or the 审判委员会's (with a
 * reference to the committee's decision, e.g. 审委会 2025年第3次会议纪要). Upheld (成立), the
 * classification changes to the responsibility (and reason) decided and the former one is kept;
 * rejected (不成立), it stands.
 */
import type { Db } from "../../db/connect.js";
import { readClassification, writeObjectionDecision } from "../../db/reversals/classifications.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  checkClassification,
  classificationState,
  OBJECTION_DECIDERS,
  OBJECTION_DECISIONS,
  type ObjectionDecider,
  type ObjectionDecision,
} from "../../domain/reversals/classification.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { findEntry, getReversal } from "./get-reversal.js";
import type { ReversalRow } from "./register.js";

export interface DecideObjectionInput {
  decision: ObjectionDecision;
  decider: ObjectionDecider;
  /** The decision's reasons, or the reference to the 审委会's decision. */
  reference: string;
  /** When upheld: the responsibility (and reason) decided. */
  responsibility?: string;
  reason?: string;
  version: number;
}

export async function decideObjection(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: DecideObjectionInput,
  now = new Date().toISOString(),
): Promise<ReversalRow> {
  const entry = await findEntry(actor, handle, caseId);
  const c = await readClassification(handle, caseId);
  mustAuthorize(actor, "decide-reversal-objection", {
    courtCode: entry.courtCode,
    division: entry.division,
    judge: entry.judge,
    state: classificationState(c ?? null),
    responsibility: c?.responsibility ?? null,
  });
  if (!c) throw new ConflictError(`${entry.caseNumber} 尚未分类`);
  if (!OBJECTION_DECISIONS.includes(input.decision))
    throw InvalidInputError.of("decision", input.decision, `应为${OBJECTION_DECISIONS.join("或")}`);
  if (!OBJECTION_DECIDERS.includes(input.decider))
    throw InvalidInputError.of("decider", input.decider, `应为${OBJECTION_DECIDERS.join("或")}`);
  const reference = input.reference.trim();
  if (reference.length < 2)
    throw new InvalidInputError(
      "reference",
      input.decider === "审判委员会"
        ? `${entry.caseNumber}：请填写审委会决定的出处（如会议纪要的期次）`
        : `${entry.caseNumber}：请填写处理理由`,
      input.reference,
    );
  let change: {
    reason: string;
    responsibility: string;
    originalReason: string;
    originalResponsibility: string;
  } | null = null;
  if (input.decision === "成立") {
    const responsibility = input.responsibility ?? "";
    const reason = input.reason ?? c.reason;
    if (responsibility === c.responsibility && reason === c.reason)
      throw new InvalidInputError(
        "responsibility",
        `${entry.caseNumber}：异议成立时，请选择改定后的责任认定（与原认定“${c.responsibility}”不同）`,
        responsibility,
      );
    const problems = checkClassification({
      reason,
      responsibility,
      note: c.note.length >= 5 ? c.note : reference,
    });
    const first = problems.find((p) => p.field !== "note");
    if (first) throw new InvalidInputError(first.field, `${entry.caseNumber}：${first.message}`, first.value);
    change = { reason, responsibility, originalReason: c.reason, originalResponsibility: c.responsibility };
  }
  const ok = await writeObjectionDecision(
    handle,
    {
      caseId,
      decision: input.decision,
      decider: input.decider,
      reference,
      by: actor.name ?? actor.username,
      user: actor.username,
      at: now,
      change,
    },
    input.version,
    entry.caseNumber,
  );
  if (!ok) throw new ConflictError(`${entry.caseNumber} 的分类已被他人修改，请刷新后重试`);
  return getReversal(actor, handle, caseId);
}
