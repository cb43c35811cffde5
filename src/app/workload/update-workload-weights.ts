/**
 * The office changes the case weights. The whole table is checked first; a bad row is refused
 * with its number, type code, procedure and value, and nothing is stored.
 */
import type { Db } from "../../db/connect.js";
import { writeWorkloadWeights } from "../../db/workload/write-weights.js";
import type { Actor } from "../../domain/auth/index.js";
import { checkWorkloadWeights } from "../../domain/workload/index.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getWorkloadWeights, type WorkloadWeightsView } from "./get-workload-weights.js";
import { readWorkloadWeights, WORKLOAD_WEIGHTS_SETTING } from "./weights-setting.js";

export async function updateWorkloadWeights(
  actor: Actor,
  handle: Db,
  input: unknown,
): Promise<WorkloadWeightsView> {
  mustAuthorize(actor, "edit-workload-weights");
  const checked = checkWorkloadWeights(input);
  if (!("weights" in checked)) throw new InvalidInputError(checked.field, checked.message);
  const before = (await readWorkloadWeights(handle)).weights;
  await writeWorkloadWeights(
    handle,
    WORKLOAD_WEIGHTS_SETTING,
    JSON.stringify(checked.weights),
    new Date().toISOString(),
    {
      user: actor.username,
      action: "update",
      entity: "setting",
      entityId: WORKLOAD_WEIGHTS_SETTING,
      before,
      after: checked.weights,
    },
  );
  return getWorkloadWeights(actor, handle);
}
