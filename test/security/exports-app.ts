/**
 * The built server (dist/, `npm run build`) for the export tests: list exports are built by worker
 * threads, which exist only as compiled code. Starts it on a fresh database with the export pool's
 * settings given as environment variables, and reads an export back.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import type { DemoAccount } from "../../src/app/demo/seed-demo-court.js";
import type { ExportPoolStats } from "../../src/app/runtime/export-pool.js";
import { TEST_TODAY } from "../helpers/app.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface BuiltApp {
  url: string;
  accounts: DemoAccount[];
  /**
   * The export pool's counts and its folder of temporary files (throws on a server without one);
   * `usesWorkers` is false when the compiled worker is missing (`npm run build`).
   */
  pool(): { stats: ExportPoolStats; tempDir: string; usesWorkers: boolean };
  close(): Promise<void>;
}

export async function startBuiltApp(options: {
  db: string;
  cases?: number;
  env?: Record<string, string>;
}): Promise<BuiltApp> {
  const start = join(root, "dist", "http", "start.js");
  if (!existsSync(start)) throw new Error("run `npm run build` first: the tests start the built server");
  const { startApp } = (await import(pathToFileURL(start).href)) as typeof import("../../src/http/start.js");
  const { appContext } = (await import(
    pathToFileURL(join(root, "dist", "http", "server.js")).href
  )) as typeof import("../../src/http/server.js");
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(options.env ?? {})) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  try {
    const running = await startApp({
      db: options.db,
      port: 0,
      today: TEST_TODAY,
      demoCases: options.cases ?? 3000,
      demoYears: 2,
      buildWeb: false,
      warm: false,
    });
    const app: FastifyInstance = running.app;
    return {
      url: running.url,
      accounts: running.demoAccounts ?? [],
      pool() {
        const p = appContext(app).exports;
        return { stats: p.stats(), tempDir: p.tempDir, usesWorkers: p.usesWorkers };
      },
      close: () => running.close(),
    };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export type Cell = string | number | null;

/** The data rows of an exported list (row 1 is the title, row 2 the headers), cell by cell. */
export async function xlsxRows(res: Response): Promise<{ title: string; headers: Cell[]; rows: Cell[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("no worksheet");
  const cells = (n: number): Cell[] => {
    const row = ws.getRow(n);
    return Array.from({ length: ws.columnCount }, (_, i) => (row.getCell(i + 1).value as Cell) ?? null);
  };
  const rows: Cell[][] = [];
  for (let n = 3; n <= ws.rowCount; n++) rows.push(cells(n));
  return { title: String(ws.getCell(1, 1).value), headers: cells(2), rows };
}

export async function until(what: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (what()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return what();
}
