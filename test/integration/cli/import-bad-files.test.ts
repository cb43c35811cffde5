/**
 * `shenguan import` of files that are no court export — a corrupt .xlsx, a zip bomb, a 400 MB CSV
 * without a line break: the report's one error, exit code 2, no stack trace, nothing written. Run
 * in this process (the sources: sheets read in this thread) and as the built command line (sheets
 * read by worker threads — an .xlsx too: the same report as in this thread).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../../src/cli/main.js";
import { openDb } from "../../../src/db/connect.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoXlsx } from "../../../src/demo/write.js";
import {
  repeatedPart,
  sheetXml,
  workbookParts,
  writeLineWithoutBreak,
  zip,
} from "../../helpers/hostile-files.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-bad-"));
const db = join(dir, "cli.db");
const TODAY = "2026-06-30";
let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/** The command in this process. */
async function here(...args: string[]) {
  process.exitCode = undefined;
  await main(["node", "shenguan", ...args]);
  return { out: out.join("\n"), err: err.join("\n"), code: process.exitCode };
}

/** The cases and events stored, without ids and times. */
async function stored(path: string) {
  const h = await openDb(path);
  try {
    const cases = (await h.db.selectFrom("cases").selectAll().orderBy("case_number").execute()).map(
      ({ id, import_id, created_at, updated_at, ...rest }) => rest,
    );
    const events = await h.db
      .selectFrom("case_events as e")
      .innerJoin("cases as c", "c.id", "e.case_id")
      .select(["c.case_number", "e.kind", "e.reason", "e.from_on", "e.to_on", "e.event_key"])
      .orderBy("c.case_number")
      .orderBy("e.event_key")
      .execute();
    return { cases, events };
  } finally {
    await h.close();
  }
}

/** The built command line, in its own process. */
function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

const HEADER = ["案号", "案由", "立案日期", "审理程序", "承办部门", "承办人"];

beforeAll(async () => {
  expect(
    existsSync(join(root, "dist", "app", "imports", "sheet-worker.js")),
    "run `npm run build` first",
  ).toBe(true);
  writeFileSync(join(dir, "corrupt.xlsx"), Buffer.from("这不是工作簿，只是改了扩展名的文本。\n".repeat(200)));
  const bomb = await repeatedPart(
    "xl/worksheets/sheet1.xml",
    sheetXml([HEADER]).replace("</sheetData></worksheet>", '<row r="2"><c r="A2" t="inlineStr"><is><t>'),
    2 ** 30,
    "</t></is></c></row></sheetData></worksheet>",
  );
  writeFileSync(join(dir, "bomb.xlsx"), zip(workbookParts([{ name: "案件", part: bomb }])));
  writeFileSync(
    join(dir, "liar.xlsx"),
    zip(workbookParts([{ name: "案件", part: { ...bomb, size: 2000 } }])),
  );
  await writeLineWithoutBreak(join(dir, "noline.csv"), 400 * 2 ** 20, "案号,立案日期,");
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("shenguan import of bad files", () => {
  const cases: [string, string, RegExp][] = [
    [
      "corrupt.xlsx",
      "文件不是有效的 Excel 工作簿（.xlsx）",
      /corrupt\.xlsx\s+文件不是有效的 Excel 工作簿（\.xlsx）/,
    ],
    [
      "bomb.xlsx",
      "工作簿解压后共 1 GB，超过 512 MB 上限，文件可能已损坏或经过恶意构造",
      /bomb\.xlsx\s+工作簿解压后共 1 GB/,
    ],
    [
      "liar.xlsx",
      "工作簿已损坏：工作表“案件”解压后比压缩包记录的 1.9 KB 更大，文件可能已损坏或经过恶意构造",
      /案件\s+工作簿已损坏/,
    ],
    [
      "noline.csv",
      "第 1 行超过 4 MB 仍未换行：不是有效的 CSV 文件",
      /noline\.csv\s+第 1 行超过 4 MB 仍未换行/,
    ],
  ];

  for (const [name, message, line] of cases) {
    it(`${name}: the message, exit code 2, no stack trace (in this process and built)`, async () => {
      for (const run of [
        () => here("import", "--db", db, "--today", TODAY, join(dir, name)),
        async () => built("import", "--db", db, "--today", TODAY, join(dir, name)),
      ]) {
        const r = await run();
        expect(r.code).toBe(2);
        expect(r.out).toMatch(line);
        expect(r.out).toMatch(/导入被拒绝：发现 1 处错误，未写入任何数据。/);
        expect(`${r.out}\n${r.err}`).not.toMatch(/^\s+at /m);
        expect(r.err).toBe("");
      }
      const json = built("import", "--db", db, "--today", TODAY, "--json", join(dir, name));
      const report = JSON.parse(json.out);
      expect(report.errors.map((e: { message: string }) => e.message)).toEqual([message]);
      expect(report.cases.inserted).toBe(0);
    }, 60_000);
  }
});

describe("an .xlsx read by worker threads (built) and in this thread", () => {
  it("gives the same report and stores the same", async () => {
    mkdirSync(join(dir, "demo"));
    await writeDemoXlsx(
      join(dir, "demo"),
      generateDemoCourt({ cases: 3000, fromYear: 2025, toYear: 2026, asOf: TODAY, seed: 9 }),
    );
    const book = join(dir, "demo", "cases.xlsx");
    const mine = await here("import", "--db", join(dir, "here.db"), "--today", TODAY, "--json", book);
    const theirs = built("import", "--db", join(dir, "built.db"), "--today", TODAY, "--json", book);
    const a = JSON.parse(mine.out);
    const b = JSON.parse(theirs.out);
    expect(a.status).toBe("imported");
    expect(a.cases.inserted).toBe(3000);
    for (const key of ["status", "cases", "events", "errors", "warnings", "errorCount", "warningCount"])
      expect(b[key], key).toEqual(a[key]);
    expect(await stored(join(dir, "built.db"))).toEqual(await stored(join(dir, "here.db")));
  }, 120_000);
});
