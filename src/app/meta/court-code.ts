import { mostCommonCourtCode } from "../../db/cases/most-common-court.js";
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";

/** The court's own code: the setting `court_code`, else the most common code in the data, else 内0602. */
export async function courtCode(handle: Db): Promise<string> {
  return (await readSetting(handle, "court_code")) ?? (await mostCommonCourtCode(handle)) ?? "内0602";
}
