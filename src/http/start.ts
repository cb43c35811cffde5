/**
 * Starting the application: open (and migrate) the database, complete an import a crashed process
 * left half-done, build the web app if it is missing or older than its sources, seed the demo court
 * on an empty database, make sure an administrator exists, and listen.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { type DemoAccount, isEmpty, seedDemoCourt } from "../app/demo/seed-demo-court.js";
import { seedDemoCourts } from "../app/demo/seed-demo-courts.js";
import { ensureCurrentFacts } from "../app/facts/ensure-current-facts.js";
import { isFederation } from "../app/federation/federation.js";
import { completePendingImports } from "../app/imports/complete-pending-imports.js";
import { importLimits } from "../app/imports/import-limits.js";
import { queryLimits } from "../app/indicators/query-limits.js";
import { warmDashboard } from "../app/indicators/warm-dashboard.js";
import { type Scheduler, startScheduler } from "../app/jobs/scheduler.js";
import { type Db, openDb, resolveDbUrl } from "../app/runtime/database.js";
import { todayInChina } from "../app/shared/today.js";
import { escalateOverdueOrders } from "../app/supervision-orders/escalate-overdue-orders.js";
import { ensureAdministrator } from "../app/users/ensure-administrator.js";
import { appContext, buildServer } from "./server.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const WEB_DIST = join(ROOT, "web", "dist");

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    newest = Math.max(newest, name.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function webIsCurrent(): boolean {
  const index = join(WEB_DIST, "index.html");
  const config = join(ROOT, "web", "vite.config.ts");
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return (
    built >= newestMtime(join(ROOT, "web", "src")) &&
    built >= statSync(config).mtimeMs &&
    built >= statSync(join(ROOT, "web", "index.html")).mtimeMs
  );
}

/**
 * Builds web/dist with Vite when it is missing or older than its sources; returns whether it
 * built. Several processes may start at once (parallel test files): a lock directory makes one of
 * them build while the others wait, then find the build current.
 */
export async function ensureWebBuilt(log: (s: string) => void = () => {}): Promise<boolean> {
  const config = join(ROOT, "web", "vite.config.ts");
  if (!existsSync(config) || webIsCurrent()) return false;
  const lock = join(ROOT, "web", ".build.lock");
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another process is building; a lock older than 5 minutes is stale.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      if (waited > 600_000) throw new Error("timed out waiting for the web build lock");
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (webIsCurrent()) return false;
    log("正在构建前端 (building the web app)…");
    const { build } = await import("vite");
    // Always the production bundle, as `vite build` makes it when NODE_ENV is unset. A caller's
    // NODE_ENV (vitest sets "test") would otherwise reach the bundle: React's and antd's development
    // builds, several times slower, left in web/dist for the next `npm start` to serve.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ configFile: config, logLevel: "warn", mode: "production" });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    return true;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface StartOptions {
  db?: string;
  host?: string;
  port?: number;
  /** Seed the demo court when the database is empty (default true). */
  demo?: boolean;
  demoCases?: number;
  demoYears?: number;
  /** Archive the demo's scheduled reports when seeding (default true; tests may leave them out). */
  demoReports?: boolean;
  /**
   * A multi-court demo (法院代字, e.g. 内0602,内0603,内06) instead of the one demo court; demoCases
   * is then per basic court. Default: SHENGUAN_DEMO_COURTS, else the one-court demo.
   */
  demoCourts?: readonly string[];
  /** Fixed "today" (tests, demos); default: today in China. */
  today?: string;
  logger?: boolean;
  buildWeb?: boolean;
  /** Compute the dashboard's first figures in the background after start (default true). */
  warm?: boolean;
  log?: (s: string) => void;
  /** Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma separated). */
  trustProxy?: string;
  /** Run the scheduled reports (定时报表; `shenguan start` does, tests only when they ask). */
  scheduler?: boolean;
}

export interface RunningApp {
  app: FastifyInstance;
  handle: Db;
  url: string;
  admin?: { username: string; password: string };
  demoAccounts?: DemoAccount[];
  /** The scheduled reports' scheduler, when started (StartOptions.scheduler). */
  scheduler?: Scheduler;
  close(): Promise<void>;
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const log = options.log ?? (() => {});
  // A limit set to something that is not a number stops the start here, naming the variable, rather
  // than failing every import or every figure later.
  importLimits();
  queryLimits();
  if (options.buildWeb !== false) {
    try {
      await ensureWebBuilt(log);
    } catch (err) {
      // The API still works without the browser app; say so loudly instead of refusing to start.
      log(
        `前端构建失败，仅提供接口服务 (web build failed; serving the API only): ${(err as Error).message.split("\n")[0]}`,
      );
    }
  }
  const url = resolveDbUrl(options.db);
  const handle = await openDb(url);
  let demoAccounts: DemoAccount[] | undefined;
  try {
    // Before anything is served: an import whose process died after committing its cases gets its
    // facts and the alerts now, so that no screen shows cases, facts and alerts that disagree.
    const completed = await completePendingImports(handle);
    if (completed) {
      log(
        `已补完未完成的导入（编号 ${completed.imports.join("、")}）：刷新 ${completed.facts} 件案件的审限与统计数据，重算预警 ${completed.alerts.total} 条（截至 ${completed.asOf}）。`,
      );
    }
    await escalateOverdueOrders(handle, options.today ?? todayInChina()); // 督办单 past their reply date
    // A federation node holds no cases of its own: never seeded (its members hold the cases).
    if (options.demo !== false && !(await isFederation(handle)) && (await isEmpty(handle))) {
      const asOf = options.today ?? todayInChina();
      log(`数据库为空，正在生成演示法院数据（${options.demoYears ?? 3} 年，截至 ${asOf}）…`);
      const started = performance.now();
      const courts = options.demoCourts ?? demoCourtsFromEnv();
      const seeded =
        courts && courts.length > 0
          ? await seedDemoCourts(handle, { asOf, courts, years: options.demoYears, cases: options.demoCases })
          : await seedDemoCourt(handle, {
              asOf,
              years: options.demoYears,
              cases: options.demoCases,
              archiveReports: options.demoReports,
            });
      demoAccounts = seeded.accounts;
      log(
        `已生成演示法院：${seeded.report.cases.inserted} 件案件，${seeded.report.events.inserted} 条审限变更，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`,
      );
    }
    if (!demoAccounts) await ensureCurrentFacts(handle, { asOf: options.today, log });
    const admin = await ensureAdministrator(handle);
    const fixedToday = options.today;
    const app = await buildServer({
      handle,
      dbUrl: url,
      webDir: WEB_DIST,
      logger: options.logger,
      today: fixedToday ? () => fixedToday : undefined,
      trustProxy: options.trustProxy ?? process.env.SHENGUAN_TRUST_PROXY,
    });
    const address = await app.listen({ host: options.host ?? "127.0.0.1", port: options.port ?? 3000 });
    if (options.warm !== false) void warmDashboard(appContext(app), log);
    const scheduler = options.scheduler ? startScheduler(handle, { log }) : undefined;
    return {
      app,
      handle,
      url: address.replace("[::1]", "localhost"),
      admin,
      demoAccounts,
      scheduler,
      async close() {
        await scheduler?.stop();
        await app.close();
        await handle.close();
      },
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** SHENGUAN_DEMO_COURTS=内0602,内0603,内06: the first start seeds a multi-court demo. */
function demoCourtsFromEnv(): string[] | undefined {
  const v = process.env.SHENGUAN_DEMO_COURTS?.trim();
  return v ? v.split(/[,，、\s]+/).filter((c) => c !== "") : undefined;
}
