/**
 * A federation node (PostgreSQL, postgres_fdw): preparing it, adding and removing members, checking
 * them. A node holds no cases: every reading command runs on it as on a member, each member
 * aggregating its own rows; imports and refreshes go to the members.
 */
import type { Db } from "../../db/connect.js";
import { ensureCourts } from "../../db/courts/courts.js";
import { initFederationNodePostgres, NodeHasCasesError } from "../../db/federation/init-node.js";
import {
  analyzeMemberPostgres,
  attachMemberPostgres,
  connectMemberPostgres,
  dropMemberPostgres,
  parseMemberUrl,
  probeMemberPostgres,
} from "../../db/federation/members.js";
import {
  type FederationMember,
  isFederationNode,
  listFederationMembers,
  localSchemaVersion,
} from "../../db/federation/node.js";
import { readSetting, writeSetting } from "../../db/settings/settings.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";

export type { FederationMember } from "../../db/federation/node.js";

/** Setting: answer without an unreachable member (and name it on the result) instead of failing. */
export const SKIP_UNREACHABLE_SETTING = "federation_skip_unreachable";

export function isFederation(handle: Db): Promise<boolean> {
  return isFederationNode(handle);
}

function notPostgres(handle: Db): void {
  if (handle.dialect !== "postgres")
    throw new InvalidInputError("db", "联邦节点只能建在 PostgreSQL 数据库上（--db postgres://…）。");
}

async function mustBeNode(handle: Db): Promise<void> {
  notPostgres(handle);
  if (!(await isFederationNode(handle)))
    throw new ConflictError("该数据库不是联邦节点，请先执行 shenguan federation init --db …。");
}

/** Prepares the database as a node; false when it already was one. */
export async function initFederation(handle: Db): Promise<boolean> {
  notPostgres(handle);
  try {
    return await initFederationNodePostgres(handle);
  } catch (err) {
    if (err instanceof NodeHasCasesError)
      throw new ConflictError(
        "该数据库已有案件，不能作为联邦节点：联邦节点不保存案件，请使用一个新的空数据库。",
      );
    throw err;
  }
}

const NAME = /^[\p{L}\p{N}_-]{1,40}$/u;

function courtsText(courts: readonly string[]): string {
  return courts.join("、");
}

export async function addFederationMember(
  handle: Db,
  input: { name: string; url: string; now: string },
): Promise<FederationMember> {
  await mustBeNode(handle);
  if (!NAME.test(input.name))
    throw InvalidInputError.of("name", input.name, "成员名称须为 1–40 个汉字、字母、数字、下划线或连字符");
  const address = parseMemberUrl(input.url);
  if (!address)
    throw InvalidInputError.of(
      "url",
      input.url,
      "成员地址须为 postgres://用户@主机:端口/数据库 形式的 PostgreSQL 地址",
    );
  const members = await listFederationMembers(handle);
  if (members.some((m) => m.name === input.name))
    throw new ConflictError(`联邦中已有名为“${input.name}”的成员。`);
  const nodeVersion = await localSchemaVersion(handle);
  const added = await handle.db
    .transaction()
    .execute(async (trx) => {
      const info = await connectMemberPostgres(trx, address);
      if (info.schemaVersion !== nodeVersion)
        throw new ConflictError(
          `成员“${input.name}”的数据库结构版本（${info.schemaVersion || "无"}）与联邦节点（${nodeVersion}）不同，不能加入：请先将两边升级到同一版本的审管。`,
        );
      if (info.courts.length === 0)
        throw new ConflictError(
          `成员“${input.name}”（${address.location}）没有案件，不能加入：请先在成员库中导入案件。`,
        );
      for (const m of members) {
        const overlap = info.courts.filter((c) => m.courts.includes(c));
        if (overlap.length > 0)
          throw new ConflictError(
            `成员“${input.name}”的法院 ${courtsText(overlap)} 已属于成员“${m.name}”，不能加入：每个法院的案件只能由一个成员提供。`,
          );
      }
      const member = {
        name: input.name,
        server: info.server,
        location: address.location,
        courts: info.courts,
        schemaVersion: info.schemaVersion,
        now: input.now,
      };
      await attachMemberPostgres(trx, member);
      // The node's court register knows the member's courts: accounts of a 中院 or 高院 on the node
      // see the courts under theirs (src/domain/court/hierarchy.ts).
      await ensureCourts(trx, member.courts);
      return member;
    })
    .catch((err: unknown) => {
      if (err instanceof ConflictError) throw err;
      throw new ConflictError(
        `无法连接成员“${input.name}”（${address.location}）或读取其案件：请检查地址、网络与账号，并确认它是审管的 PostgreSQL 数据库。`,
      );
    });
  await analyzeMemberPostgres(handle, added.server);
  return {
    name: added.name,
    server: added.server,
    location: added.location,
    courts: added.courts,
    schemaVersion: added.schemaVersion,
    addedAt: added.now,
  };
}

export async function removeFederationMember(handle: Db, name: string): Promise<void> {
  await mustBeNode(handle);
  if (!(await dropMemberPostgres(handle, name))) throw new NotFoundError(`联邦中没有名为“${name}”的成员。`);
}

export interface MemberCheck {
  name: string;
  location: string;
  courts: string[];
  status: "ok" | "unreachable" | "version-differs" | "courts-differ";
  /** In Chinese, for people. */
  message: string;
  /** The database's own words when unreachable (for the operator's log). */
  detail?: string;
}

/** Reaches every member: its schema version against the node's, its courts against those attached. */
export async function checkFederation(
  handle: Db,
): Promise<{ schemaVersion: string; members: MemberCheck[]; ok: boolean }> {
  await mustBeNode(handle);
  const schemaVersion = await localSchemaVersion(handle);
  const members = await listFederationMembers(handle);
  const checks: MemberCheck[] = [];
  for (const m of members) {
    const p = await probeMemberPostgres(handle, m.server);
    const base = { name: m.name, location: m.location, courts: p.courts ?? m.courts };
    if (!p.reachable) {
      checks.push({ ...base, status: "unreachable", message: "无法连接", detail: p.error });
    } else if (p.schemaVersion !== schemaVersion) {
      checks.push({
        ...base,
        status: "version-differs",
        message: `数据库结构版本 ${p.schemaVersion || "无"}，与节点的 ${schemaVersion} 不同`,
      });
    } else if (courtsText(p.courts ?? []) !== courtsText(m.courts)) {
      checks.push({
        ...base,
        status: "courts-differ",
        message: `现有法院 ${courtsText(p.courts ?? [])}，与加入时的 ${courtsText(m.courts)} 不同：请移除后重新加入该成员`,
      });
    } else {
      checks.push({ ...base, status: "ok", message: "正常" });
    }
  }
  return { schemaVersion, members: checks, ok: checks.every((c) => c.status === "ok") };
}

export async function setSkipUnreachable(handle: Db, on: boolean, now: string): Promise<void> {
  await mustBeNode(handle);
  await writeSetting(handle, SKIP_UNREACHABLE_SETTING, on ? "true" : "false", now);
}

export async function readSkipUnreachable(handle: Db): Promise<boolean> {
  return (await readSetting(handle, SKIP_UNREACHABLE_SETTING)) === "true";
}
