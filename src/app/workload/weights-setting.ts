/** The court's case weights (setting `workload_weights`, JSON; absent: the defaults). */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { parseWorkloadWeights, type WorkloadWeights } from "../../domain/workload/index.js";
import { AppError } from "../shared/errors.js";

export const WORKLOAD_WEIGHTS_SETTING = "workload_weights";

export async function readWorkloadWeights(
  handle: Db,
): Promise<{ weights: WorkloadWeights; stored: boolean }> {
  const text = await readSetting(handle, WORKLOAD_WEIGHTS_SETTING);
  const parsed = parseWorkloadWeights(text);
  if ("weights" in parsed)
    return { weights: parsed.weights, stored: text !== undefined && text.trim() !== "" };
  throw new AppError(500, "bad-setting", `案件权重设置有误（${parsed.field}）：${parsed.message}`, {
    field: parsed.field,
  });
}
