/**
 * The judge whose case it is objects (异议) to a 差错 or 瑕疵 finding, once, with reasons (at least
 * 10 characters); the office, or the 审判委员会, then decides.
 */
import type { Db } from "../../db/connect.js";
import { readClassification, writeObjection } from "../../db/reversals/classifications.js";
import type { Actor } from "../../domain/auth/index.js";
import { classificationState, MIN_OBJECTION_LENGTH } from "../../domain/reversals/classification.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { findEntry, getReversal } from "./get-reversal.js";
import type { ReversalRow } from "./register.js";

export async function objectToReversal(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: { text: string; version: number },
  now = new Date().toISOString(),
): Promise<ReversalRow> {
  const entry = await findEntry(actor, handle, caseId);
  const c = await readClassification(handle, caseId);
  mustAuthorize(actor, "object-reversal", {
    courtCode: entry.courtCode,
    division: entry.division,
    judge: entry.judge,
    state: classificationState(c ?? null),
    responsibility: c?.responsibility ?? null,
  });
  const text = input.text.trim();
  if (text.length < MIN_OBJECTION_LENGTH)
    throw new InvalidInputError(
      "text",
      `${entry.caseNumber}：异议理由至少 ${MIN_OBJECTION_LENGTH} 个字`,
      input.text,
    );
  const ok = await writeObjection(
    handle,
    { caseId, text, by: actor.name ?? actor.username, user: actor.username, at: now },
    input.version,
    entry.caseNumber,
  );
  if (!ok) throw new ConflictError(`${entry.caseNumber} 的分类已被他人修改，请刷新后重试`);
  return getReversal(actor, handle, caseId);
}
