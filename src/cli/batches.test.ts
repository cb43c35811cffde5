import { mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureConsole, programWith } from "../../test/helpers/cli.js";
import { importCases } from "../app/imports/import-cases.js";
import { systemActor } from "../app/shared/actor.js";
import { openDb } from "../db/connect.js";
import { registerBatchesCommand } from "./batches.js";
import { CliError } from "./errors.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-batches-cli-"));
const dbPath = join(dir, "court.db");
afterAll(() => rm(dir, { recursive: true, force: true }));

// Five 物业 cases of one company (two spellings), 2025-03-03 … 2025-05-30 (29 + 30 + 29 = 88 days
// apart: within 90), and four 信用卡 cases of one bank (one short of 5).
const P = "鄂尔多斯市安居物业服务有限公司";
const CASES = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,原告,被告",
  `（2025）内0602民初101号,物业服务合同纠纷,2025-03-03,简易程序,民事审判第三庭,张三,,,${P},业主甲`,
  `（2025）内0602民初102号,物业服务合同纠纷,2025-04-01,简易程序,民事审判第三庭,李四,,,鄂尔多斯市安居物业服务有限责任公司,业主乙`,
  `（2025）内0602民初103号,物业服务合同纠纷,2025-04-20,简易程序,速裁团队,王五,,,${P},业主丙`,
  `（2025）内0602民初104号,物业服务合同纠纷,2025-05-10,简易程序,速裁团队,王五,,,${P},业主丁`,
  `（2025）内0602民初105号,物业服务合同纠纷,2025-05-30,简易程序,民事审判第三庭,张三,,,${P},业主戊`,
  ...[1, 2, 3, 4].map(
    (i) =>
      `（2025）内0602民初20${i}号,信用卡纠纷,2025-04-0${i},简易程序,速裁团队,王五,,,甲银行股份有限公司信用卡中心,持卡人${i}`,
  ),
].join("\n");

beforeAll(async () => {
  const csv = join(dir, "cases.csv");
  writeFileSync(csv, CASES);
  const handle = await openDb(dbPath);
  try {
    expect((await importCases(systemActor(), handle, [csv], { today: "2025-06-30" })).errors).toEqual([]);
  } finally {
    await handle.close();
  }
});

const { out } = captureConsole();
const run = (...args: string[]) =>
  programWith(registerBatchesCommand).parseAsync(["node", "shenguan", "batches", "--db", dbPath, ...args]);

describe("shenguan batches", () => {
  it("--json: exactly { party, cause, caseNumbers } per group", async () => {
    await run("--as-of", "2025-06-30", "--json");
    expect(JSON.parse(out.join("\n"))).toEqual([
      {
        party: P,
        cause: "物业服务合同纠纷",
        caseNumbers: [101, 102, 103, 104, 105].map((n) => `（2025）内0602民初${n}号`),
      },
    ]);
  });

  it("before the fifth filing there is no group; the table says so", async () => {
    await run("--as-of", "2025-05-29");
    expect(out.join("\n")).toBe(
      "截至 2025-05-29：并案审理候选 0 组，涉及 0 件未结案件（同一当事人、同一案由，立案相距不超过 90 日，每组至少 5 件）",
    );
  });

  it("refuses a date that is not one", async () => {
    await expect(run("--as-of", "2025-02-30")).rejects.toBeInstanceOf(CliError);
  });
});
