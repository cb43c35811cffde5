/** A small court for the 四类案件 tests: each case meets (or just misses) one rule, as of 2024-08-01. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import type { Db } from "../../../src/db/connect.js";

export const AS_OF = "2024-08-01";
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,二审结果";
const names = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i + 1}`).join("、");
const C1 = "民事审判第一庭";
const C2 = "民事审判第二庭";

export const CASES = {
  /** 10 plaintiffs: mass-party (category 2). */
  mass: "（2024）内0602民初1号",
  /** 9 plaintiffs and 1 defendant: nothing. */
  nineOne: "（2024）内0602民初2号",
  /** 10,000,000 yuan exactly: large-amount (category 1). */
  large: "（2024）内0602民初3号",
  /** filed 2023-02-01, pending: 18 months reached on 2024-08-01 (long-pending). */
  old: "（2023）内0602民初4号",
  /** same parties and cause as `first`, filed later, both pending: parallel-dispute (category 3). */
  first: "（2024）内0602民初5号",
  second: "（2024）内0602民初6号",
  /** closed: nothing, though its amount is large. */
  closed: "（2024）内0602民初7号",
} as const;

export const CSV = [
  HEADER,
  `${CASES.mass},劳务合同纠纷,2024-05-01,普通程序,${C1},张法官,,,5000,"${names(10, "工人")}",某建筑公司,是,`,
  `${CASES.nineOne},劳务合同纠纷,2024-05-02,普通程序,${C1},张法官,,,5000,"${names(9, "工友")}",某劳务公司,是,`,
  `${CASES.large},买卖合同纠纷,2024-05-03,普通程序,${C2},王法官,,,10000000,甲公司,乙公司,否,`,
  `${CASES.old},民间借贷纠纷,2023-02-01,普通程序,${C2},王法官,,,20000,赵一,钱二,否,`,
  `${CASES.first},房屋租赁合同纠纷,2024-03-01,普通程序,${C1},李法官,,,30000,孙三,周四,否,`,
  `${CASES.second},房屋租赁合同纠纷,2024-06-01,普通程序,${C1},张法官,,,30000,周四,孙三,否,`,
  `${CASES.closed},买卖合同纠纷,2024-01-03,普通程序,${C2},王法官,2024-07-01,判决,20000000,丙公司,丁公司,否,`,
].join("\n");

export async function importFixture(db: Db, csv = CSV, today = AS_OF): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "shenguan-supervision-"));
  const file = join(dir, "cases.csv");
  writeFileSync(file, csv);
  const r = await importCases(systemActor(), db, [file], { today });
  expect(r.errors).toEqual([]);
}
