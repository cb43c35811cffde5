/**
 * The 营商环境 pack's definitions (setting `business_environment_definitions`, JSON; absent: the
 * defaults): reading them, and the office changing them — checked whole first, a bad field refused
 * with its name and value and nothing stored; the change is audited.
 */
import { writeDefinitionsSetting } from "../../db/business-environment/write-definitions.js";
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import {
  BUSINESS_ENVIRONMENT_BASIS,
  type BusinessEnvironmentDefinitions,
  checkDefinitions,
  DEFAULT_BUSINESS_ENVIRONMENT_DEFINITIONS,
  parseDefinitions,
} from "../../domain/business-environment/index.js";
import { AppError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";

export const DEFINITIONS_SETTING = "business_environment_definitions";

export async function readDefinitions(
  handle: Db,
): Promise<{ definitions: BusinessEnvironmentDefinitions; stored: boolean }> {
  const text = await readSetting(handle, DEFINITIONS_SETTING);
  const parsed = parseDefinitions(text);
  if ("definitions" in parsed)
    return { definitions: parsed.definitions, stored: text !== undefined && text.trim() !== "" };
  throw new AppError(500, "bad-setting", `营商环境指标口径设置有误（${parsed.field}）：${parsed.message}`, {
    field: parsed.field,
  });
}

export interface DefinitionsView {
  definitions: BusinessEnvironmentDefinitions;
  defaults: BusinessEnvironmentDefinitions;
  /** The court has stored its own (otherwise the defaults apply). */
  stored: boolean;
  basis: string;
  canEdit: boolean;
}

export async function getDefinitions(actor: Actor, handle: Db): Promise<DefinitionsView> {
  mustAuthorize(actor, "view-business-environment");
  const { definitions, stored } = await readDefinitions(handle);
  const canEdit = authorize(actor, "edit-business-environment-definitions").allowed;
  return {
    definitions,
    defaults: DEFAULT_BUSINESS_ENVIRONMENT_DEFINITIONS,
    stored,
    basis: BUSINESS_ENVIRONMENT_BASIS,
    canEdit,
  };
}

export async function updateDefinitions(actor: Actor, handle: Db, input: unknown): Promise<DefinitionsView> {
  mustAuthorize(actor, "edit-business-environment-definitions");
  const checked = checkDefinitions(input);
  if (!("definitions" in checked)) throw new InvalidInputError(checked.field, checked.message);
  const before = (await readDefinitions(handle)).definitions;
  await writeDefinitionsSetting(
    handle,
    DEFINITIONS_SETTING,
    JSON.stringify(checked.definitions),
    new Date().toISOString(),
    {
      user: actor.username,
      action: "update",
      entity: "setting",
      entityId: DEFINITIONS_SETTING,
      before,
      after: checked.definitions,
    },
  );
  return getDefinitions(actor, handle);
}
