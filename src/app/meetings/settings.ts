/** The court's meeting settings (setting `meeting_settings`, JSON; domain/meetings/settings.ts). */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { type MeetingSettings, parseMeetingSettings } from "../../domain/meetings/index.js";

export const MEETING_SETTINGS = "meeting_settings";

export async function readMeetingSettings(handle: Db): Promise<MeetingSettings> {
  const text = await readSetting(handle, MEETING_SETTINGS);
  if (!text) return parseMeetingSettings(undefined);
  try {
    return parseMeetingSettings(JSON.parse(text));
  } catch {
    throw new Error(`设置 ${MEETING_SETTINGS} 不是有效的 JSON`);
  }
}
