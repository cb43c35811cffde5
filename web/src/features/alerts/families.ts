import type { AlertFamily } from "../../shared/api/types";

/** The four alert screens, /alerts/<family>. */
export const ALERT_FAMILIES: readonly AlertFamily[] = [
  "time-limit",
  "long-pending",
  "concealed-overrun",
  "data-quality",
];

export function isAlertFamily(v: string | undefined): v is AlertFamily {
  return (ALERT_FAMILIES as readonly string[]).includes(v ?? "");
}
