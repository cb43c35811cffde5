/**
 * 审管办 classifies a 发改案件 entry: 发改原因, 责任认定 and a note (checked by
 * src/domain/reversals/classification.ts — e.g. new evidence on appeal is never 差错). A
 * reclassification sends back the version it read; a stale one is refused.
 */
import type { Db } from "../../db/connect.js";
import { readClassification, writeClassification } from "../../db/reversals/classifications.js";
import type { Actor } from "../../domain/auth/index.js";
import { checkClassification, classificationState } from "../../domain/reversals/classification.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { findEntry, getReversal } from "./get-reversal.js";
import type { ReversalRow } from "./register.js";

export interface ClassifyInput {
  reason: string;
  responsibility: string;
  note: string;
  /** The version read (0 for an unclassified entry). */
  version: number;
}

export async function classifyReversal(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: ClassifyInput,
  now = new Date().toISOString(),
): Promise<ReversalRow> {
  const entry = await findEntry(actor, handle, caseId);
  const before = await readClassification(handle, caseId);
  mustAuthorize(actor, "classify-reversal", {
    courtCode: entry.courtCode,
    division: entry.division,
    judge: entry.judge,
    state: classificationState(before ?? null),
    responsibility: before?.responsibility ?? null,
  });
  const problems = checkClassification(input);
  const first = problems[0];
  if (first) throw new InvalidInputError(first.field, `${entry.caseNumber}：${first.message}`, first.value);
  const ok = await writeClassification(
    handle,
    {
      caseId,
      reason: input.reason,
      responsibility: input.responsibility,
      note: input.note.trim(),
      by: actor.name ?? actor.username,
      user: actor.username,
      at: now,
    },
    before ? input.version : input.version === 0 ? null : input.version,
    entry.caseNumber,
  );
  if (!ok) throw new ConflictError(`${entry.caseNumber} 的分类已被他人修改，请刷新后重试`);
  return getReversal(actor, handle, caseId);
}
