import { Temporal } from "temporal-polyfill";

/** Today's civil date in China (Asia/Shanghai), `YYYY-MM-DD` — the default "as of" date. */
export function todayInChina(): string {
  return Temporal.Now.plainDateISO("Asia/Shanghai").toString();
}
