import { describe, expect, it } from "vitest";
import { parseJobSettings } from "./settings.js";

const JOBS = [{ name: "monthly-bulletin", title: "审限与长期未结通报", defaultCron: "0 6 1 * *" }];
const check = (e: string) => (e.split(" ").length === 5 ? null : "应为五段");

describe("job settings", () => {
  it("fills in defaults", () => {
    expect(parseJobSettings(undefined, JOBS, check)).toEqual({
      settings: {
        jobs: { "monthly-bulletin": { enabled: true, cron: "0 6 1 * *" } },
        retry: { maxAttempts: 3, backoffMinutes: [5, 30] },
        catchUp: 2,
      },
    });
  });

  it("refuses a bad cron expression naming the job", () => {
    const r = parseJobSettings({ jobs: { "monthly-bulletin": { cron: "0 6 1" } } }, JOBS, check);
    expect(r).toMatchObject({ field: "jobs.monthly-bulletin.cron", value: "0 6 1" });
    expect("message" in r && r.message).toContain("审限与长期未结通报");
  });

  it("refuses an unknown job and bad retry figures", () => {
    expect(parseJobSettings({ jobs: { nope: {} } }, JOBS, check)).toMatchObject({
      field: "jobs",
      value: "nope",
    });
    expect(parseJobSettings({ retry: { maxAttempts: 0 } }, JOBS, check)).toMatchObject({
      field: "retry.maxAttempts",
    });
    expect(parseJobSettings({ retry: { backoffMinutes: [5, -1] } }, JOBS, check)).toMatchObject({
      field: "retry.backoffMinutes",
    });
    expect(parseJobSettings("{oops", JOBS, check)).toMatchObject({ field: "job_settings" });
  });
});
