/** 案件权重: the weights in force, whether they are the defaults, and whether the reader may change them. */
import type { Db } from "../../db/connect.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import type { WeightRow } from "../../domain/workload/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { readWorkloadWeights } from "./weights-setting.js";

export interface WorkloadWeightsView {
  rows: WeightRow[];
  otherWeight: number;
  /** The court has not changed the defaults. */
  isDefault: boolean;
  actions: "edit-workload-weights"[];
}

export async function getWorkloadWeights(actor: Actor, handle: Db): Promise<WorkloadWeightsView> {
  mustAuthorize(actor, "view-workload");
  const { weights, stored } = await readWorkloadWeights(handle);
  return {
    rows: weights.rows,
    otherWeight: weights.otherWeight,
    isDefault: !stored,
    actions: authorize(actor, "edit-workload-weights").allowed ? ["edit-workload-weights"] : [],
  };
}
