/**
 * Cron expressions through croner: five fields (minute hour day month weekday), read in China
 * time; day-of-month and weekday combine as in Vixie cron (either matches) when both are given.
 */
import { Cron } from "croner";
import { checkCronFields } from "../../domain/jobs/cron-fields.js";

export const JOB_TIME_ZONE = "Asia/Shanghai";

function cronOf(expression: string): Cron {
  return new Cron(expression, { timezone: JOB_TIME_ZONE, mode: "5-part", paused: true });
}

/** Why an expression is refused (Chinese), or null. */
export function checkCron(expression: string): string | null {
  const why = checkCronFields(expression);
  if (why !== null) return why;
  try {
    const c = cronOf(expression);
    const next = c.nextRun(new Date(0));
    c.stop();
    return next ? null : "按该表达式永远不会执行";
  } catch {
    return "无法解析，请检查各段的写法";
  }
}

/** The last `n` times the schedule fired at or before `now`, newest first. */
export function previousFires(expression: string, now: Date, n: number): Date[] {
  const c = cronOf(expression);
  try {
    return c.previousRuns(n, now);
  } finally {
    c.stop();
  }
}

/** The next time the schedule fires after `now`, or null. */
export function nextFire(expression: string, now: Date): Date | null {
  const c = cronOf(expression);
  try {
    return c.nextRun(now);
  } finally {
    c.stop();
  }
}

/** A running schedule calling `fn` at each fire time (errors are the callback's to catch). */
export function scheduleCron(expression: string, fn: () => Promise<void> | void): { stop(): void } {
  const c = new Cron(expression, { timezone: JOB_TIME_ZONE, mode: "5-part", protect: true, catch: true }, fn);
  return { stop: () => c.stop() };
}

/** The civil day in China of an instant (China keeps UTC+8 all year). */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
