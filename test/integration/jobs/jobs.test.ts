/**
 * Scheduled reports on SQLite and PostgreSQL: the job lock under two concurrent acquirers (two
 * connections), the monthly bulletin run and archived, downloaded with its SHA-256 checked (a real
 * .docx and .xlsx), a changed file refused, a failed attempt recorded and retried after its wait,
 * the per-division versions and who may read them, and the scheduler catching up missed periods.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { appendFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { executeJob, JobLockedError } from "../../../src/app/jobs/execute-job.js";
import { updateJobSettings } from "../../../src/app/jobs/job-settings.js";
import { listJobs } from "../../../src/app/jobs/list-jobs.js";
import type { JobDefinition } from "../../../src/app/jobs/registry.js";
import { runJob } from "../../../src/app/jobs/run-job.js";
import { startScheduler } from "../../../src/app/jobs/scheduler.js";
import { downloadArchivedReport } from "../../../src/app/report-archive/download-archived-report.js";
import { listArchivedReports } from "../../../src/app/report-archive/list-archived-reports.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { AppError, ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import { filesDirOf } from "../../../src/app/sign-off/sign-off-settings.js";
import { createUserUnchecked } from "../../../src/app/users/create-user.js";
import { openDb } from "../../../src/db/connect.js";
import { acquireJobLock } from "../../../src/db/jobs/acquire-job-lock.js";
import { releaseJobLock } from "../../../src/db/jobs/release-job-lock.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { parsePeriod } from "../../../src/domain/jobs/periods.js";
import { DEFAULT_RETRY } from "../../../src/domain/jobs/retry.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const DIVISION = "民事审判第一庭";
// Pending cases of 民一庭: A 简易 filed 2024-01-15 (deadline 2024-04-15: overdue at 2024-06-30), B
// 普通 filed 2024-01-22 (deadline 2024-07-22); and one overdue case of 民二庭. The June bulletin
// lists two overdue cases for the court, one in 民一庭's version.
const CASES = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,上诉,二审结果",
  `（2024）内0602民初101号,民间借贷纠纷,2024-01-15,简易程序,${DIVISION},张三,,,10000,甲某,乙某,否,,`,
  `（2024）内0602民初103号,物业服务合同纠纷,2024-01-22,普通程序,${DIVISION},张三,,,10000,甲某,乙某,否,,`,
  // Another division's case, overdue too (简易, filed 2024-01-10: deadline 2024-04-10).
  "（2024）内0602民初207号,买卖合同纠纷,2024-01-10,简易程序,民事审判第二庭,李四,,,5000,丙某,丁某,否,,",
].join("\n");

const office: Actor = { username: "office1", role: "office" };
const chief: Actor = { username: "chief1", role: "chief", division: DIVISION };
const otherChief: Actor = { username: "chief2", role: "chief", division: "刑事审判庭" };
const judge: Actor = { username: "zhang", role: "judge", division: DIVISION, judgeName: "张三" };

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const MIN = 60_000;

for (const dialect of TEST_DIALECTS) {
  describe(`scheduled reports on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const dir = mkdtempSync(join(tmpdir(), "shenguan-jobs-"));
      const csv = join(dir, "cases.csv");
      writeFileSync(csv, CASES);
      const r = await importCases(systemActor(), db, [csv], { today: "2024-07-15" });
      expect(r.errors).toEqual([]);
      await createUserUnchecked(db, { username: "office1", role: "office", password: "Passw0rd!x" });
      await createUserUnchecked(db, {
        username: "chief1",
        role: "chief",
        division: DIVISION,
        password: "Passw0rd!x",
      });
      await rm(dir, { recursive: true, force: true });
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("lets exactly one of two concurrent acquirers hold a job's lock", async () => {
      const a = await openDb(db.url);
      const b = await openDb(db.url);
      try {
        const now = "2024-07-01T00:00:00.000Z";
        const until = "2024-07-01T01:00:00.000Z";
        for (let round = 0; round < 10; round++) {
          const name = `race-${round}`;
          const got = await Promise.all([
            acquireJobLock(a, { name, holder: "A", now, expiresAt: until }),
            acquireJobLock(b, { name, holder: "B", now, expiresAt: until }),
          ]);
          expect(got.filter(Boolean)).toHaveLength(1);
        }
        // A held lock is not taken by another before it expires; after it, it is (once).
        expect(await acquireJobLock(b, { name: "race-0", holder: "C", now, expiresAt: until })).toBe(false);
        const later = "2024-07-01T02:00:00.000Z";
        const retaken = await Promise.all([
          acquireJobLock(a, {
            name: "race-0",
            holder: "D",
            now: later,
            expiresAt: "2024-07-01T03:00:00.000Z",
          }),
          acquireJobLock(b, {
            name: "race-0",
            holder: "E",
            now: later,
            expiresAt: "2024-07-01T03:00:00.000Z",
          }),
        ]);
        expect(retaken.filter(Boolean)).toHaveLength(1);
        // Released by its holder, it is free at once; a release by someone else does nothing.
        const holder = retaken[0] ? "D" : "E";
        await releaseJobLock(a, "race-0", "nobody");
        expect(await acquireJobLock(b, { name: "race-0", holder: "F", now: later, expiresAt: until })).toBe(
          false,
        );
        await releaseJobLock(a, "race-0", holder);
        expect(await acquireJobLock(b, { name: "race-0", holder: "F", now: later, expiresAt: until })).toBe(
          true,
        );
      } finally {
        await a.close();
        await b.close();
      }
    });

    let docxId = 0;
    it("runs the monthly bulletin, archives it and downloads it with its SHA-256 checked", async () => {
      const r = await runJob(office, db, {
        name: "monthly-bulletin",
        period: "2024-06",
        today: "2024-07-15",
      });
      expect(r.period).toEqual({ label: "2024-06", name: "2024年6月" });
      // The court's version, and one for 民一庭, the only division with a chief (chief1).
      expect(r.runs.map((x) => [x.scope, x.status, x.attempt])).toEqual([
        ["court", "succeeded", 1],
        [DIVISION, "succeeded", 1],
      ]);
      expect(r.runs[0]?.dataDate).toBe("2024-06-30");
      const list = await listArchivedReports(office, db, { job: "monthly-bulletin", period: "2024-06" });
      expect(list.total).toBe(4);
      // The court's version first, its .docx then its .xlsx (the order they were made), then 民一庭's.
      expect(list.rows.map((x) => [x.scope, x.fileName.slice(-4)])).toEqual([
        ["court", "docx"],
        ["court", "xlsx"],
        [DIVISION, "docx"],
        [DIVISION, "xlsx"],
      ]);
      const docx = list.rows.find((x) => x.scope === "court" && x.fileName.endsWith(".docx"));
      const xlsx = list.rows.find((x) => x.scope === "court" && x.fileName.endsWith(".xlsx"));
      expect(docx?.scopeName).toBe("全院");
      docxId = docx?.id ?? 0;

      const d = await downloadArchivedReport(office, db, docxId);
      const bytes = await bytesOf(d.content);
      expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(docx?.sha256);
      const zip = await JSZip.loadAsync(bytes);
      const text = await zip.file("word/document.xml")?.async("string");
      expect(text).toContain("审限与长期未结案件通报");
      expect(text).toContain("全院超审限未结案件 2 件");
      expect(text).toContain("（2024）内0602民初101号");
      expect(text).toContain("（2024）内0602民初207号");

      const x = await downloadArchivedReport(office, db, xlsx?.id ?? 0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await bytesOf(x.content)) as unknown as ArrayBuffer);
      expect(book.worksheets.length).toBeGreaterThan(1);
    });

    it("gives the chief their division's version: its cases and counts only", async () => {
      const mine = await listArchivedReports(chief, db, { job: "monthly-bulletin", period: "2024-06" });
      expect(mine.rows.map((x) => x.fileName).sort()).toEqual([
        "鄂尔多斯市东胜区人民法院-2024-06-审限与长期未结通报-民事审判第一庭.docx",
        "鄂尔多斯市东胜区人民法院-2024-06-审限与长期未结通报-民事审判第一庭.xlsx",
      ]);
      const docx = mine.rows.find((x) => x.fileName.endsWith(".docx"));
      expect(docx?.title).toBe("鄂尔多斯市东胜区人民法院民事审判第一庭 2024年6月审限与长期未结案件通报");
      const bytes = await bytesOf((await downloadArchivedReport(chief, db, docx?.id ?? 0)).content);
      const text = (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
      expect(text).toContain("民事审判第一庭超审限未结案件 1 件");
      expect(text).toContain("（2024）内0602民初101号");
      expect(text).not.toContain("民初207号");
      expect(text).not.toContain("民事审判第二庭");
      expect(text).not.toContain("全院");
      const xlsx = mine.rows.find((x) => x.fileName.endsWith(".xlsx"));
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(
        (await bytesOf(
          (
            await downloadArchivedReport(chief, db, xlsx?.id ?? 0)
          ).content,
        )) as unknown as ArrayBuffer,
      );
      const cells: string[] = [];
      for (const ws of book.worksheets)
        ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
      expect(cells).toContain("民事审判第一庭合计");
      expect(
        cells.some((c) => c.includes("民初207号") || c.includes("民事审判第二庭") || c.includes("全院")),
      ).toBe(false);
    });

    it("refuses a period not yet ended and an unknown job, naming them", async () => {
      await expect(
        runJob(office, db, { name: "monthly-bulletin", period: "2024-07", today: "2024-07-15" }),
      ).rejects.toThrow(/2024年7月尚未结束/);
      await expect(
        runJob(office, db, { name: "monthly-bulletin", period: "2024/06", today: "2024-07-15" }),
      ).rejects.toBeInstanceOf(InvalidInputError);
      await expect(runJob(office, db, { name: "nope", today: "2024-07-15" })).rejects.toThrow(
        /没有名为“nope”的定时任务/,
      );
      await expect(
        runJob(chief, db, { name: "monthly-bulletin", today: "2024-07-15" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("refuses a download whose file changed since it was archived", async () => {
      const list = await listArchivedReports(office, db, { job: "monthly-bulletin", period: "2024-06" });
      const row = list.rows.find((x) => x.id === docxId);
      expect(row).toBeDefined();
      const { findArchivedReport } = await import("../../../src/db/jobs/find-archived-report.js");
      const stored = await findArchivedReport(db, docxId);
      await appendFile(join(filesDirOf(db), stored?.storedPath ?? ""), "x");
      const err = await downloadArchivedReport(office, db, docxId).catch((e) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("file-changed");
    });

    it("records a failed attempt with its error and retries it after the wait", async () => {
      let calls = 0;
      const flaky: JobDefinition = {
        name: "test-flaky",
        title: "测试报表",
        defaultCron: "0 6 1 * *",
        period: "month",
        perDivision: true,
        async run({ scope, period }) {
          calls++;
          if (calls === 1) throw new Error("磁盘已满");
          return {
            title: `测试报表 ${period.name} ${scope}`,
            dataDate: period.to,
            files: [{ fileName: "测试.txt", mime: "text/plain", data: Buffer.from(`版本 ${scope}`) }],
          };
        },
      };
      const period = parsePeriod("month", "2024-06");
      if (!period) throw new Error("period");
      const t0 = Date.parse("2024-07-01T00:00:00Z");
      const options = {
        today: "2024-07-01",
        trigger: "schedule",
        startedBy: "scheduler",
        mode: "due" as const,
        policy: DEFAULT_RETRY,
        nowMs: t0,
        scopes: ["court"],
      };
      const first = await executeJob(db, flaky, period, options);
      expect(first).toMatchObject([
        { scope: "court", attempt: 1, status: "failed", error: "运行出错：磁盘已满" },
      ]);
      // Four minutes on: the five-minute wait is not over, nothing runs.
      expect(await executeJob(db, flaky, period, { ...options, nowMs: t0 + 4 * MIN })).toEqual([]);
      const second = await executeJob(db, flaky, period, { ...options, nowMs: t0 + 6 * MIN });
      expect(second).toMatchObject([{ scope: "court", attempt: 2, status: "succeeded" }]);
      // Done: nothing more to run.
      expect(await executeJob(db, flaky, period, { ...options, nowMs: t0 + 60 * MIN })).toEqual([]);

      // The chief's division gets its own version; the chief reads it and not the court's.
      const all = await executeJob(db, flaky, period, {
        ...options,
        scopes: undefined,
        nowMs: t0 + 61 * MIN,
      });
      expect(all.map((x) => x.scope)).toEqual([DIVISION]);
      const mine = await listArchivedReports(chief, db, { job: "test-flaky" });
      expect(mine.rows.map((x) => x.scope)).toEqual([DIVISION]);
      expect((await listArchivedReports(otherChief, db, {})).total).toBe(0);
      const courtRow = (await listArchivedReports(office, db, { job: "test-flaky" })).rows.find(
        (x) => x.scope === "court",
      );
      await expect(downloadArchivedReport(chief, db, courtRow?.id ?? 0)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      const own = await downloadArchivedReport(chief, db, mine.rows[0]?.id ?? 0);
      expect((await bytesOf(own.content)).toString()).toBe(`版本 ${DIVISION}`);
      await expect(listArchivedReports(judge, db, {})).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("lets one of two concurrent runs of a job through and refuses the other", async () => {
      const slow: JobDefinition = {
        name: "test-slow",
        title: "慢报表",
        defaultCron: "0 6 1 * *",
        period: "month",
        perDivision: false,
        async run({ period }) {
          await new Promise((r) => setTimeout(r, 300));
          return {
            title: "慢",
            dataDate: period.to,
            files: [{ fileName: "a.txt", mime: "text/plain", data: Buffer.from("a") }],
          };
        },
      };
      const period = parsePeriod("month", "2024-05");
      if (!period) throw new Error("period");
      const other = await openDb(db.url);
      try {
        const options = {
          today: "2024-07-01",
          trigger: "manual",
          startedBy: "x",
          mode: "all" as const,
          policy: DEFAULT_RETRY,
          nowMs: Date.now(),
        };
        const results = await Promise.allSettled([
          executeJob(db, slow, period, options),
          executeJob(other, slow, period, options),
        ]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        const refused = results.find((r) => r.status === "rejected");
        expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(JobLockedError);
      } finally {
        await other.close();
      }
    });

    it("validates job settings, naming the job of a bad cron expression", async () => {
      const err = await updateJobSettings(office, db, {
        jobs: { "monthly-bulletin": { cron: "0 6 32 * *" } },
      }).catch((e) => e);
      expect(err).toBeInstanceOf(InvalidInputError);
      expect((err as InvalidInputError).message).toContain("审限与长期未结案件通报");
      expect((err as InvalidInputError).field).toBe("jobs.monthly-bulletin.cron");
      const saved = await updateJobSettings(office, db, {
        jobs: { "monthly-bulletin": { enabled: true, cron: "30 7 1 * *" } },
      });
      expect(saved.jobs["monthly-bulletin"]?.cron).toBe("30 7 1 * *");
      // 07:30 China time on 1 August 2024 is 23:30 UTC on 31 July.
      const jobs = await listJobs(office, db, { nowMs: Date.parse("2024-07-15T00:00:00Z") });
      const bulletin = jobs.jobs.find((j) => j.name === "monthly-bulletin");
      expect(bulletin?.nextRunAt).toBe("2024-07-31T23:30:00.000Z");
      expect(bulletin?.nextPeriod).toBe("2024-07");
      expect(bulletin?.runs.map((r) => [r.periodLabel, r.scopeName, r.status])).toEqual([
        ["2024-06", DIVISION, "succeeded"],
        ["2024-06", "全院", "succeeded"],
      ]);
      expect(bulletin?.scopes).toEqual([
        { scope: "court", scopeName: "全院", recipients: ["office1"] },
        { scope: DIVISION, scopeName: DIVISION, recipients: ["chief1"] },
      ]);
      await updateJobSettings(office, db, {});
    });

    it("catches up the periods of missed fire times when the scheduler sweeps", async () => {
      // On 2 August 2024 the last two fire times (06:00 on 1 Aug and 1 Jul) cover July and June;
      // June is archived already, so only July runs.
      const scheduler = startScheduler(db, {
        now: () => new Date("2024-08-02T00:00:00Z"),
        firstSweepMs: 3_600_000,
      });
      await scheduler.sweep();
      await scheduler.stop();
      const july = await listArchivedReports(office, db, { job: "monthly-bulletin", period: "2024-07" });
      expect(july.rows.map((x) => x.dataDate)).toEqual([
        "2024-07-31",
        "2024-07-31",
        "2024-07-31",
        "2024-07-31",
      ]);
      const june = await listArchivedReports(office, db, { job: "monthly-bulletin", period: "2024-06" });
      expect(june.total).toBe(4);
      const runs =
        (await listJobs(office, db, { nowMs: Date.parse("2024-08-02T00:00:00Z") })).jobs[0]?.runs ?? [];
      expect(runs[0]).toMatchObject({ periodLabel: "2024-07", trigger: "schedule", startedBy: "scheduler" });
    });
  });
}
