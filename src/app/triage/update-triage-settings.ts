/**
 * The office changes the 繁简分流 settings. The whole object is checked first; a bad field is
 * refused with its Chinese name (and row), and nothing is stored. Every change is appended to the
 * audit trail with the settings before and after (like the case weights).
 */
import type { Db } from "../../db/connect.js";
import { factsRange } from "../../db/facts/data-range.js";
import { TRIAGE_SETTINGS_NAME, writeTriageSettings } from "../../db/triage/triage-settings.js";
import type { Actor } from "../../domain/auth/index.js";
import { parseTriageSettings } from "../../domain/triage/parse-settings.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getTriageSettings, type TriageSettingsView } from "./get-triage-settings.js";
import { refreshTriageFacts } from "./refresh-triage-facts.js";
import { readTriageSettings } from "./triage-settings.js";

export async function updateTriageSettings(
  actor: Actor,
  handle: Db,
  input: unknown,
  now: string = new Date().toISOString(),
): Promise<TriageSettingsView> {
  mustAuthorize(actor, "edit-triage-settings");
  const parsed = parseTriageSettings(input);
  if ("issues" in parsed) {
    const first = parsed.issues[0];
    const more = parsed.issues.length > 1 ? `（另有${parsed.issues.length - 1}处问题）` : "";
    throw new InvalidInputError(first?.field ?? "settings", `${first?.message ?? "设置有误"}${more}`);
  }
  const before = (await readTriageSettings(handle)).settings;
  await writeTriageSettings(handle, JSON.stringify(parsed.settings), now, {
    user: actor.username,
    action: "update",
    entity: "setting",
    entityId: TRIAGE_SETTINGS_NAME,
    before,
    after: parsed.settings,
  });
  // The fast-track facts (分流率, 退案率, 小额诉讼适用率) follow the settings at once: the pass is
  // rerun as of the facts' own date, writing only the rows that change.
  const { asOf } = await factsRange(handle);
  if (asOf)
    await handle.db
      .transaction()
      .execute((trx) => refreshTriageFacts(trx, parsed.settings, asOf, handle.sqlite));
  return getTriageSettings(actor, handle);
}
