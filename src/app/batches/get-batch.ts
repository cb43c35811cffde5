/** One 并案审理 group by its key (as of a day, default today): found again among its party's cases of its cause. */

import { readPendingForBatches } from "../../db/batches/pending-cases.js";
import { readBatchProposals } from "../../db/batches/proposals.js";
import type { Db } from "../../db/connect.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { type BatchGroup, type BatchSettings, findBatches } from "../../domain/batches/index.js";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { readBatchSettings } from "./batch-settings.js";
import { type BatchView, batchView, batchVisible, proposalOf } from "./batch-view.js";
import { checkAsOf } from "./list-batches.js";

/** The parts of a group's key: side | party | cause | first filing. */
export function parseBatchKey(key: string): { side: string; cause: string } {
  const parts = key.split("|");
  if (parts.length < 4 || (parts[0] !== "plaintiff" && parts[0] !== "defendant"))
    throw new InvalidInputError("key", `不是有效的并案审理分组标识：${JSON.stringify(key)}`, key);
  return { side: parts[0], cause: parts[parts.length - 2] as string };
}

/** The group (with its settings), or NotFound when its cases no longer form it (closed, or regrouped). */
export async function findBatchGroup(
  handle: Db,
  key: string,
  asOf: string,
  /** The reader's courts (a group is formed of the cases of the courts they see). */
  courts?: readonly string[],
): Promise<{ group: BatchGroup; settings: BatchSettings }> {
  const { cause } = parseBatchKey(key);
  const { settings } = await readBatchSettings(handle);
  const group = findBatches(await readPendingForBatches(handle, asOf, { cause, courts }), settings).find(
    (g) => g.key === key,
  );
  if (!group) throw new NotFoundError("该组案件已不再构成并案审理候选（部分案件可能已结案），请刷新列表");
  return { group, settings };
}

export async function getBatch(actor: Actor, handle: Db, key: string, asOf?: string): Promise<BatchView> {
  mustAuthorize(actor, "view-batches");
  const { group } = await findBatchGroup(handle, key, checkAsOf(asOf), dataScope(actor).courts);
  if (!batchVisible(actor, group))
    throw new ForbiddenError(actor, "view-batches", "无权查看该组案件：其中没有您数据范围内的案件");
  return batchView(actor, group, proposalOf(group, await readBatchProposals(handle)));
}
