/**
 * The court a document or a figure is about, in a database of several courts: one court, or every
 * court of a hierarchy level under a court (内06 + basic → the basic courts under 内06), always
 * within the courts the actor sees.
 */
import type { Db } from "../../db/connect.js";
import { listCourtCodes, listCourts } from "../../db/courts/courts.js";
import type { Actor } from "../../domain/auth/index.js";
import { type CourtLevel, lookupCourt } from "../../domain/case-number/index.js";
import { courtNodeOf, courtsAtLevel } from "../../domain/court/hierarchy.js";
import { checkCourtFilter } from "../indicators/validate-query.js";
import { InvalidInputError } from "../shared/errors.js";

/** Chinese names of the court levels. */
export const LEVEL_NAMES: Readonly<Record<CourtLevel, string>> = {
  supreme: "最高人民法院",
  high: "高级人民法院",
  intermediate: "中级人民法院",
  basic: "基层人民法院",
  special: "专门人民法院",
};

/**
 * The courts of a hierarchy level under a court, among those the database knows and the actor
 * sees (内06 + basic → every basic court under 内06): the courts a level's bulletins are made for.
 */
export async function courtsOfLevel(
  actor: Actor,
  handle: Db,
  over: string,
  level: CourtLevel,
): Promise<string[]> {
  const known = await listCourtCodes(handle);
  if (!known.includes(over)) throw InvalidInputError.of("court", over, "数据库中没有这个法院");
  checkCourtFilter(actor, [{ field: "court_code", values: [over] }]);
  const visible = actor.courts ? known.filter((c) => actor.courts?.includes(c)) : known;
  return courtsAtLevel(over, level, visible);
}

/** The court's name: the courts table's (the register's), else the code's shape. */
export async function courtName(handle: Db, code: string): Promise<string> {
  return (
    (await listCourts(handle)).find((c) => c.code === code)?.name ??
    lookupCourt(code)?.name ??
    courtNodeOf(code).name
  );
}
