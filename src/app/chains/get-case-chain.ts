/**
 * The chain of a case's dispute (案-件比's drill): every case linked to it by 原审案号, from the
 * case that brought the dispute to court down to the last derived case, each with its type,
 * dates, closure and outcome. The reader must be allowed to read the case asked for; the other
 * cases of the chain are listed (the numbers, types and dates the court's own records share) and
 * open only for those who may read them (`canView`).
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import { readChainComponent } from "../../db/chains/read-chain-component.js";
import type { Db } from "../../db/connect.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import { lookupTypeCode } from "../../domain/case-number/index.js";
import { buildChainForest, chainOf } from "../../domain/chains/forest.js";
import { ForbiddenError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";

/** Shown on a root whose 原审案号 names a case the court's data does not hold. */
export const ORIGIN_OUTSIDE_NOTE = "原审案件不在本院数据中";
/** Shown on the case where a cycle of 原审案号 links was broken. */
export const ORIGIN_CYCLE_NOTE = "原审案号与本链其他案件循环指向，已按立案最早的案件作为源头";

export interface ChainCaseView {
  id: number;
  caseNumber: string;
  typeCode: string;
  typeName: string | null;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  /** 二审结果 recorded on the case (改判, 发回重审, 维持 …). */
  appealOutcome: string | null;
  /** 原审案号 as recorded. */
  originCaseNumber: string | null;
  /** The case of the chain it derives from; null on the root. */
  parentId: number | null;
  depth: number;
  /** Why the root's 原审案号 does not lead further (not in the data, a cycle); null otherwise. */
  originNote: string | null;
  /** The case asked for. */
  current: boolean;
  /** May the reader open it. */
  canView: boolean;
}

export interface CaseChainView {
  caseId: number;
  rootId: number;
  /** 件: the cases in the chain (1 for a case linked to none). */
  caseCount: number;
  cases: ChainCaseView[];
}

export async function getCaseChain(actor: Actor, handle: Db, id: number): Promise<CaseChainView> {
  mustAuthorize(actor, "view-cases");
  const rows = await readChainComponent(handle, id);
  const self = rows.find((r) => r.id === id);
  if (!self) throw new NotFoundError(`案件 ${id} 不存在`);
  const decision = authorize(actor, "view-case", self);
  if (!decision.allowed) {
    await appendAudit(handle.db, {
      user: actor.username,
      action: "forbidden",
      entity: "cases",
      entityId: self.caseNumber,
      detail: { role: actor.role },
    });
    throw new ForbiddenError(actor, "view-case", decision.reason);
  }
  const forest = buildChainForest(rows);
  const members = chainOf(forest, id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cases = members.map((m): ChainCaseView => {
    const r = byId.get(m.id) as (typeof rows)[number];
    return {
      id: r.id,
      caseNumber: r.caseNumber,
      typeCode: r.typeCode,
      typeName: lookupTypeCode(r.typeCode)?.name ?? null,
      filedOn: r.filedOn,
      closedOn: r.closedOn,
      closureMode: r.closureMode,
      appealOutcome: r.appealOutcome,
      originCaseNumber: r.originCaseNumber,
      parentId: m.parentId,
      depth: m.depth,
      originNote: forest.outsideOrigin.has(r.id)
        ? ORIGIN_OUTSIDE_NOTE
        : forest.cycleBroken.has(r.id)
          ? ORIGIN_CYCLE_NOTE
          : null,
      current: r.id === id,
      canView: authorize(actor, "view-case", r).allowed,
    };
  });
  return { caseId: id, rootId: members[0]?.id ?? id, caseCount: cases.length, cases };
}
