/** The court's order of its divisions (setting `division_order`: a JSON array of names). */
import { parseDivisionOrder } from "../../domain/court/division-order.js";
import type { Db } from "../connect.js";
import { readSetting, writeSetting } from "./settings.js";

export const DIVISION_ORDER_SETTING = "division_order";

/** The names in the court's order; empty when the setting is absent or unreadable. */
export async function readDivisionOrder(handle: Db): Promise<string[]> {
  return parseDivisionOrder(await readSetting(handle, DIVISION_ORDER_SETTING));
}

export async function writeDivisionOrder(handle: Db, names: readonly string[], now: string): Promise<void> {
  await writeSetting(handle, DIVISION_ORDER_SETTING, JSON.stringify(names), now);
}
