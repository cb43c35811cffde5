/**
 * Reading through a federation node: a read that fails because a member cannot be reached either
 * fails with a message naming the member, or — with the setting federation_skip_unreachable — runs
 * again without the unreachable members' courts and names them on the result. Never a silent
 * partial result. On a database that is not a node, the read runs as it is.
 */
import type { Db } from "../../db/connect.js";
import { probeMemberPostgres } from "../../db/federation/members.js";
import { type FederationMember, isFederationNode, listFederationMembers } from "../../db/federation/node.js";
import type { Filter } from "../../db/indicators/compile.js";
import { AppError, ConflictError } from "../shared/errors.js";
import { readSkipUnreachable } from "./federation.js";

/** A member's courts for a message: the first ten, then how many more. */
export function courtList(courts: readonly string[]): string {
  return courts.length <= 10
    ? courts.join("、")
    : `${courts.slice(0, 10).join("、")} 等 ${courts.length} 个法院`;
}

/** A member left out of a result: its name and its courts. */
export interface MissingMember {
  name: string;
  courts: string[];
}

/** 503: a member of the federation could not be reached. */
export class MemberUnreachableError extends AppError {
  constructor(readonly members: MissingMember[]) {
    super(
      503,
      "member-unreachable",
      `联邦成员${members.map((m) => `“${m.name}”（${courtList(m.courts)}）`).join("、")}无法连接，统计未完成（不提供缺少成员的部分结果）。请检查成员数据库与网络；如需在成员不可用时仍给出其余成员的结果，可开启联邦设置“跳过不可用成员”（skipUnreachable）。`,
      { members },
    );
  }
}

export async function federatedRead<T>(
  handle: Db,
  filters: Filter[],
  run: (filters: Filter[]) => Promise<T>,
): Promise<{ value: T; missing: MissingMember[] }> {
  if (!(await isFederationNode(handle))) return { value: await run(filters), missing: [] };
  const members = await listFederationMembers(handle);
  const missing: FederationMember[] = [];
  for (;;) {
    const live = members.filter((m) => !missing.includes(m));
    const scoped: Filter[] =
      missing.length === 0
        ? filters
        : [...filters, { field: "court_code", values: live.flatMap((m) => m.courts) }];
    try {
      const value = await run(scoped);
      return { value, missing: missing.map((m) => ({ name: m.name, courts: m.courts })) };
    } catch (err) {
      const down: FederationMember[] = [];
      for (const m of live) if (!(await probeMemberPostgres(handle, m.server, false)).reachable) down.push(m);
      if (down.length === 0) throw err;
      if (!(await readSkipUnreachable(handle)))
        throw new MemberUnreachableError(down.map((m) => ({ name: m.name, courts: m.courts })));
      missing.push(...down);
    }
  }
}

/** Imports and refreshes write case data: on a node they are refused, naming the members. */
export async function refuseOnFederationNode(handle: Db, action: string): Promise<void> {
  if (!(await isFederationNode(handle))) return;
  const members = await listFederationMembers(handle);
  const where =
    members.length === 0
      ? "该节点尚无成员"
      : `请在相应的成员库中${action}：${members.map((m) => `“${m.name}”（${courtList(m.courts)}，${m.location}）`).join("；")}`;
  throw new ConflictError(`本数据库是联邦节点，不保存案件，不能在此${action}。${where}。`);
}
