/**
 * The court's meeting settings (setting "meeting_settings", JSON).
 *
 * - nonAdoption: when the panel does not adopt the 专业法官会议's majority view, the item is sent on
 *   to the 审委会 at once ("committee"), or the division's chief (or a 院领导) decides whether to send
 *   it ("chief", default). 法发〔2021〕2号 leaves the referral to the 院庭长's supervision; a court
 *   that makes it mandatory sets "committee".
 * - enforceOrder: opinions must be recorded in the speaking order (default yes).
 */
export interface MeetingSettings {
  nonAdoption: "committee" | "chief";
  enforceOrder: boolean;
}

export const DEFAULT_MEETING_SETTINGS: MeetingSettings = { nonAdoption: "chief", enforceOrder: true };

export function parseMeetingSettings(value: unknown): MeetingSettings {
  const o = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return {
    nonAdoption: o.nonAdoption === "committee" ? "committee" : "chief",
    enforceOrder: o.enforceOrder !== false,
  };
}
