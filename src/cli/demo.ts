import { mkdir } from "node:fs/promises";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { retireDemo } from "../app/demo/retire-demo.js";
import { isEmpty } from "../app/demo/seed-demo-court.js";
import { planDemoCourts, seedDemoCourts } from "../app/demo/seed-demo-courts.js";
import {
  CSV_ENCODINGS,
  type CsvEncoding,
  type DemoOptions,
  planDemo,
  writeDemoFiles,
} from "../app/demo/write-demo-files.js";
import { todayInChina } from "../app/shared/today.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";

interface DemoCommandOptions {
  out?: string;
  remove?: boolean;
  db?: string;
  cases?: string;
  from?: string;
  to?: string;
  seed: string;
  xlsx?: boolean;
  court: string;
  asOf?: string;
  encoding?: string;
  courts?: string;
}

function integer(name: string, text: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(text.trim())) throw new CliError(`${name}: ${JSON.stringify(text)} — 应为整数`, 2);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(`${name}: ${text} — 应在 ${min} 与 ${max} 之间`, 2);
  }
  return n;
}

/** Progress on stderr when it is a terminal and the run is large; silent otherwise (pipes, tests). */
function progress(total: number): { update(n: number): void; stop(): void } {
  if (!process.stderr.isTTY || total < 20_000) return { update() {}, stop() {} };
  const bar = new SingleBar({
    format: "生成演示数据 [{bar}] {percentage}% | {value}/{total} 件 | 剩余 {eta_formatted}",
    stream: process.stderr,
    hideCursor: true,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  return { update: (n) => bar.update(n), stop: () => bar.stop() };
}

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("生成演示法院数据：一个基层法院的案件与审限变更，按导入格式输出（同一种子生成相同数据）")
    .option("--out <dir>", "输出目录（不存在则创建）")
    .option("--remove", "停用演示账号（数据库开始存放真实数据时；首次正式导入也会自动停用）")
    .option("--db <url>", "数据库（与 --remove 同用）")
    .option("--cases <n>", "案件总数（默认按每年约 21,000 件计算）")
    .option("--from <year>", "起始立案年度（默认基准日年度前两年）")
    .option("--to <year>", "结束立案年度（默认基准日所在年度）")
    .option("--seed <n>", "随机种子：相同参数与种子生成完全相同的数据", "1")
    .option("--xlsx", "输出一个工作簿 cases.xlsx（工作表 案件、审限变更），而非 cases.csv 与 events.csv")
    .option("--court <code>", "法院代字", "内0602")
    .option("--as-of <date>", "基准日 YYYY-MM-DD：此后不立案、不结案（默认今天，北京时间）")
    .option("--encoding <enc>", `CSV 编码：${CSV_ENCODINGS.join("、")}（默认 utf-8-bom）`)
    .option(
      "--courts <codes>",
      "多法院演示：以逗号分隔的基层法院与中级法院代字（如 内0602,内0603,内06），生成各院案件与账号并写入 --db 指定的空数据库；--cases 为每个基层法院的案件数",
    )
    .action(async (opts: DemoCommandOptions) => {
      if (opts.courts !== undefined && !opts.remove) {
        await seedCourtsCommand(opts);
        return;
      }
      if (opts.remove) {
        const n = await withDb(opts.db, (db) => retireDemo(db, process.env.USER ?? "cli", "cli"));
        console.log(n > 0 ? `已停用 ${n} 个演示账号；登录页不再列出演示账号。` : "没有在用的演示账号。");
        return;
      }
      if (!opts.out) throw new CliError("--out: 请指定输出目录（或用 --remove 停用演示账号）", 2);
      const out = opts.out;
      const asOf = opts.asOf ?? todayInChina();
      const asOfDay = tryParseIsoDate(asOf);
      if (asOfDay === undefined)
        throw new CliError(
          `--as-of: ${JSON.stringify(asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
          2,
        );
      const asOfYear = Number(asOf.slice(0, 4));
      const toYear = opts.to === undefined ? asOfYear : integer("--to", opts.to, 1990, 2100);
      const fromYear =
        opts.from === undefined ? Math.min(toYear, asOfYear) - 2 : integer("--from", opts.from, 1990, 2100);
      const encoding = opts.encoding as CsvEncoding | undefined;
      if (encoding !== undefined && !CSV_ENCODINGS.includes(encoding)) {
        throw new CliError(
          `--encoding: ${JSON.stringify(opts.encoding)} — 应为 ${CSV_ENCODINGS.join("、")}`,
          2,
        );
      }
      if (encoding !== undefined && opts.xlsx)
        throw new CliError("--encoding 只适用于 CSV，不能与 --xlsx 同用", 2);
      const options: DemoOptions = {
        fromYear,
        toYear,
        asOf,
        seed: integer("--seed", opts.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
        court: opts.court,
        ...(opts.cases !== undefined ? { cases: integer("--cases", opts.cases, 0, 100_000_000) } : {}),
      };
      let plan: ReturnType<typeof planDemo>;
      try {
        plan = planDemo(options);
      } catch (err) {
        if (err instanceof RangeError) throw new CliError(err.message, 2);
        throw err;
      }
      try {
        await mkdir(out, { recursive: true });
      } catch (err) {
        throw new CliError(`无法创建输出目录 ${out}: ${(err as Error).message}`, 2);
      }
      const started = performance.now();
      const bar = progress(plan.cases);
      let result: Awaited<ReturnType<typeof writeDemoFiles>>;
      try {
        result = await writeDemoFiles(out, options, {
          xlsx: opts.xlsx,
          encoding,
          onProgress: (n) => bar.update(n),
          progressEvery: 5000,
        });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code) throw new CliError(`写入 ${out} 失败: ${(err as Error).message}`, 1);
        throw err;
      } finally {
        bar.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      for (const w of plan.warnings) console.error(`提示: ${w}`);
      console.log(
        `${plan.court.name}（${plan.court.code}）演示数据：立案 ${plan.firstFilingDay} 至 ${plan.lastFilingDay}` +
          `，基准日 ${plan.asOf}，种子 ${plan.seed}`,
      );
      console.log(
        `案件 ${result.cases.toLocaleString("zh-CN")} 件（其中旧存 ${plan.backlog} 件），` +
          `审限变更 ${result.events.toLocaleString("zh-CN")} 条，用时 ${seconds.toFixed(1)} 秒`,
      );
      for (const f of result.files) console.log(`  ${f}`);
    });
}

/** `shenguan demo --courts 内0602,内0603,内06 [--db URL]`: several courts into an empty database. */
async function seedCourtsCommand(opts: DemoCommandOptions): Promise<void> {
  const courts = (opts.courts ?? "")
    .split(/[,，、\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  if (opts.out) throw new CliError("--courts 将演示数据写入数据库（--db），不能与 --out 同用", 2);
  const asOf = opts.asOf ?? todayInChina();
  if (tryParseIsoDate(asOf) === undefined)
    throw new CliError(`--as-of: ${JSON.stringify(asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`, 2);
  const asOfYear = Number(asOf.slice(0, 4));
  const fromYear = opts.from === undefined ? asOfYear - 2 : integer("--from", opts.from, 1990, asOfYear);
  const seed = integer("--seed", opts.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const cases = opts.cases !== undefined ? integer("--cases", opts.cases, 0, 10_000_000) : undefined;
  try {
    planDemoCourts({ courts, fromYear, asOf, seed, cases });
  } catch (err) {
    if (err instanceof RangeError) throw new CliError(err.message, 2);
    throw err;
  }
  const started = performance.now();
  const seeded = await withDb(opts.db, async (db) => {
    if (!(await isEmpty(db))) throw new CliError("数据库中已有案件：多法院演示只写入空数据库", 2);
    return seedDemoCourts(db, { asOf, courts, years: asOfYear - fromYear + 1, cases, seed });
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `多法院演示数据：${seeded.courts.length} 个法院，案件 ${seeded.report.cases.inserted.toLocaleString("zh-CN")} 件，` +
      `审限变更 ${seeded.report.events.inserted.toLocaleString("zh-CN")} 条，基准日 ${asOf}，种子 ${seed}，用时 ${seconds.toFixed(1)} 秒`,
  );
  for (const c of seeded.courts) {
    console.log(`${c.name}（${c.code}）`);
    for (const a of seeded.accounts.filter((x) => x.court === c.code)) {
      console.log(`  ${a.username}\t${a.password}\t${a.displayName}`);
    }
  }
}
