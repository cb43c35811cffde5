import { mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureConsole, programWith } from "../../test/helpers/cli.js";
import { importCases } from "../app/imports/import-cases.js";
import { systemActor } from "../app/shared/actor.js";
import { issueOrders } from "../app/supervision-orders/issue-orders.js";
import { openDb } from "../db/connect.js";
import { CliError } from "./errors.js";
import { registerOrdersCommand } from "./orders.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-orders-cli-"));
const dbPath = join(dir, "court.db");
afterAll(() => rm(dir, { recursive: true, force: true }));

// One case; an order issued on Friday 2024-09-27 is due 2024-10-08 (29 Sep 调休, 30 Sep, 8 Oct).
const CASES = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式",
  "（2024）内0602民初101号,民间借贷纠纷,2024-05-06,简易程序,民事审判第一庭,张三,,",
].join("\n");

beforeAll(async () => {
  const csv = join(dir, "cases.csv");
  writeFileSync(csv, CASES);
  const handle = await openDb(dbPath);
  try {
    expect((await importCases(systemActor(), handle, [csv], { today: "2024-09-27" })).errors).toEqual([]);
    const c = await handle.db.selectFrom("cases").select("id").executeTakeFirstOrThrow();
    await issueOrders(
      { username: "analyst", role: "office" },
      handle,
      { caseIds: [Number(c.id)], request: "请说明该案超审限的原因及结案安排" },
      "2024-09-27",
    );
  } finally {
    await handle.close();
  }
});

const { out } = captureConsole();

describe("shenguan orders escalate", () => {
  const run = (...args: string[]) =>
    programWith(registerOrdersCommand).parseAsync([
      "node",
      "shenguan",
      "orders",
      "escalate",
      "--db",
      dbPath,
      ...args,
    ]);

  it("escalates nothing on the reply date, to the chief the day after, to the 院领导 after 3 more working days", async () => {
    await run("--as-of", "2024-10-08");
    expect(out.join("\n")).toBe("截至 2024-10-08：逾期报庭长 0 件，报分管院领导 0 件。");
    out.length = 0;
    await run("--as-of", "2024-10-09");
    expect(out.join("\n")).toBe("截至 2024-10-09：逾期报庭长 1 件，报分管院领导 0 件。");
    out.length = 0;
    await run("--as-of", "2024-10-12");
    expect(out.join("\n")).toBe("截至 2024-10-12：逾期报庭长 0 件，报分管院领导 1 件。");
  });

  it("refuses a malformed date, naming it", async () => {
    await expect(run("--as-of", "2024-13-01")).rejects.toThrow(CliError);
    await expect(run("--as-of", "2024-13-01")).rejects.toThrow("--as-of");
  });
});
