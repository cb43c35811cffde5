/**
 * Uploads a hostile tester sends to /api/imports/validate: a corrupt .xlsx, zip bombs, a CSV without
 * line breaks, a header of a million columns, a bad UTF-8 byte, files past the size limits. Each is
 * answered with a clear Chinese error (a report with one error, or 413 naming the limit), said in
 * the server's log at warn, removed from the upload folder, and nothing is written.
 *
 * The server has its own upload folder (TMPDIR) and, so that the size limits are met with small
 * files, a file limit of 8 MB and an upload limit of 12 MB (SHENGUAN_IMPORT_MAX_FILE_BYTES,
 * SHENGUAN_IMPORT_MAX_UPLOAD_BYTES); the reading limits are the defaults.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type RunningApp, startApp } from "../../src/http/start.js";
import { ApiClient } from "../helpers/app.js";
import {
  repeatedPart,
  sheetXml,
  workbookParts,
  writeLineWithoutBreak,
  zip,
} from "../helpers/hostile-files.js";

const MiB = 2 ** 20;
const dir = mkdtempSync(join(tmpdir(), "shenguan-uploads-"));
const uploadDir = join(dir, "shenguan-uploads");
const file = (name: string) => join(dir, name);

let app: RunningApp;
let admin: ApiClient;
let warn: ReturnType<typeof vi.fn>;
const saved = { ...process.env };

const HEADER = ["案号", "案由", "立案日期", "审理程序", "承办部门", "承办人"];
const ROW = ["（2024）内0602民初1号", "民间借贷纠纷", "2024-03-01", "简易程序", "民事审判第一庭", "张三"];

beforeAll(async () => {
  process.env.TMPDIR = dir;
  process.env.SHENGUAN_IMPORT_MAX_FILE_BYTES = String(8 * MiB);
  process.env.SHENGUAN_IMPORT_MAX_UPLOAD_BYTES = String(12 * MiB);
  app = await startApp({ db: join(dir, "app.db"), port: 0, demo: false, buildWeb: false, warm: false });
  admin = new ApiClient(app.url);
  const a = app.admin as { username: string; password: string };
  expect((await admin.login(a.username, a.password)).status).toBe(200);

  writeFileSync(file("corrupt.xlsx"), Buffer.from("这不是工作簿，只是改了扩展名的文本。\n".repeat(200)));
  const bomb = await repeatedPart(
    "xl/worksheets/sheet1.xml",
    sheetXml([HEADER]).replace("</sheetData></worksheet>", '<row r="2"><c r="A2" t="inlineStr"><is><t>'),
    2 ** 30,
    "</t></is></c></row></sheetData></worksheet>",
  );
  writeFileSync(file("bomb.xlsx"), zip(workbookParts([{ name: "案件", part: bomb }])));
  writeFileSync(file("liar.xlsx"), zip(workbookParts([{ name: "案件", part: { ...bomb, size: 2000 } }])));
  await writeLineWithoutBreak(file("noline.csv"), 6 * MiB, "案号,立案日期,");
  writeFileSync(file("wide.csv"), `${HEADER.join(",")},${"列,".repeat(999_993)}列\n${ROW.join(",")}\n`);
  const good = `${HEADER.join(",")}\n${ROW.join(",")}\n`;
  const bad = Buffer.from(good, "utf8");
  bad[bad.indexOf(Buffer.from("张三", "utf8"))] = 0xff;
  writeFileSync(file("badbyte.csv"), bad);
  writeFileSync(file("good.csv"), good);
  await writeLineWithoutBreak(file("nine.csv"), 9 * MiB);
  await writeLineWithoutBreak(file("seven.csv"), 7 * MiB);
}, 120_000);

afterAll(async () => {
  await app?.close();
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  // Without a configured logger, every request logs through the server's (silent) logger.
  warn = vi.fn();
  app.app.log.warn = warn as unknown as typeof app.app.log.warn;
});

function form(...names: string[]): FormData {
  const f = new FormData();
  for (const name of names) f.append("files", new Blob([readFileSync(file(name))]), name);
  return f;
}

const uploadsLeft = () => readdirSync(uploadDir);
const casesStored = async () =>
  Number(
    (
      await app.handle.db
        .selectFrom("cases")
        .select((e) => e.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

interface Answer {
  token: string | null;
  report: { ok: boolean; errorCount: number; errors: { sheet: string; row: number; message: string }[] };
}

/** Validates the upload; expects a rejected report with one error, logged, and nothing kept. */
async function rejected(name: string): Promise<Answer["report"]["errors"][number]> {
  const res = await admin.post("/api/imports/validate", form(name));
  expect(res.status).toBe(200);
  const body = (await res.json()) as Answer;
  expect(body.token).toBeNull();
  expect(body.report.ok).toBe(false);
  expect(body.report.errorCount).toBe(1);
  const error = body.report.errors[0]!;
  expect(uploadsLeft()).toEqual([]);
  expect(await casesStored()).toBe(0);
  expect(warn).toHaveBeenCalledTimes(1);
  const [details, message] = warn.mock.calls[0] as [Record<string, unknown>, string];
  expect(message).toBe("上传的导入文件未通过校验，已删除");
  expect(details).toMatchObject({ user: "admin", errors: 1 });
  expect(String((details.first as string[])[0])).toContain(error.message);
  return error;
}

describe("bad uploads", () => {
  it("a corrupt .xlsx", async () => {
    expect(await rejected("corrupt.xlsx")).toMatchObject({
      sheet: "corrupt.xlsx",
      message: "文件不是有效的 Excel 工作簿（.xlsx）",
    });
  });

  it("a zip bomb (1 MB → a 1 GiB cell)", async () => {
    expect(await rejected("bomb.xlsx")).toMatchObject({
      message: "工作簿解压后共 1 GB，超过 512 MB 上限，文件可能已损坏或经过恶意构造",
    });
  });

  it("a zip bomb whose directory lies about its size", async () => {
    expect(await rejected("liar.xlsx")).toMatchObject({
      sheet: "案件",
      message: "工作簿已损坏：工作表“案件”解压后比压缩包记录的 1.9 KB 更大，文件可能已损坏或经过恶意构造",
    });
  });

  it("a CSV without a line break", async () => {
    expect(await rejected("noline.csv")).toMatchObject({
      sheet: "noline.csv",
      message: "第 1 行超过 4 MB 仍未换行：不是有效的 CSV 文件",
    });
  });

  it("a header of a million columns", async () => {
    expect(await rejected("wide.csv")).toMatchObject({
      message: "第 1 行（表头）有 1000000 列，超过 1000 列的上限，文件可能已损坏或经过恶意构造",
    });
  });

  it("a bad UTF-8 byte, named by row, column and bytes", async () => {
    expect(await rejected("badbyte.csv")).toMatchObject({
      row: 2,
      message: "第 2 行第 6 列含有无法按 UTF-8 解码的字节（FF BC A0）",
    });
  });
});

describe("uploads past the size limits: 413 naming the limit, nothing kept", () => {
  const refused = async (f: FormData, expected: string) => {
    const res = await admin.post("/api/imports/validate", f);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: "too-large", message: expected });
    expect(uploadsLeft()).toEqual([]);
    expect(await casesStored()).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![1]).toBe("上传的导入文件超过上限，已拒绝并删除");
    expect(warn.mock.calls[0]![0]).toMatchObject({ user: "admin", reason: expected });
  };

  it("one file past the file limit", async () => {
    await refused(form("nine.csv"), "文件 nine.csv 超过单个文件 8 MB 的上限");
  });

  it("files that together pass the upload limit, each within the file limit", async () => {
    await refused(
      form("good.csv", "seven.csv", "seven.csv"),
      "本次上传的文件合计超过 12 MB 的上限，未导入任何数据",
    );
  });

  it("more files than an upload may hold", async () => {
    await refused(form("good.csv", "good.csv", "good.csv", "good.csv", "good.csv"), "一次最多上传 4 个文件");
  });

  it("while a valid upload is kept for its commit, and removed by it", async () => {
    const res = await admin.post("/api/imports/validate", form("good.csv"));
    const body = (await res.json()) as Answer;
    expect(body.report.ok).toBe(true);
    expect(uploadsLeft()).toEqual([body.token]);
    expect(warn).not.toHaveBeenCalled();
    const commit = await admin.post(`/api/imports/${body.token}/commit`);
    expect(commit.status).toBe(200);
    expect(uploadsLeft()).toEqual([]);
    expect(await casesStored()).toBe(1);
    await app.handle.db.deleteFrom("case_facts").execute();
    await app.handle.db.deleteFrom("alerts").execute();
    // Workflow matters (四类案件 candidates among them) refer to cases.
    await app.handle.db.deleteFrom("supervision_findings").execute();
    await app.handle.db.deleteFrom("tasks").execute();
    await app.handle.db.deleteFrom("matter_trace").execute();
    await app.handle.db.deleteFrom("matter_links").execute();
    await app.handle.db.deleteFrom("matters").execute();
    await app.handle.db.deleteFrom("cases").execute();
  });
});

describe("while an import holds the database connection", () => {
  it("a signed-in request is still answered (the session is read on a read-pool connection)", async () => {
    // An import (validation included) writes in one transaction, which reserves the server's
    // connection until it ends: a session read there waited for the whole import.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let entered = () => {};
    const inside = new Promise<void>((r) => {
      entered = r;
    });
    const transaction = app.handle.db.transaction().execute(async () => {
      entered();
      await held;
    });
    await inside;
    try {
      const res = await admin.get("/api/auth/me");
      expect(res.status).toBe(200);
      expect(((await res.json()) as { user: { username: string } }).user.username).toBe("admin");
    } finally {
      release();
      await transaction;
    }
  });
});
