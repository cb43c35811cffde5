import { SingleBar } from "cli-progress";
import type { CompletionResult } from "../app/imports/complete-pending-imports.js";
import { type Db, withDatabase } from "../app/runtime/database.js";

/** What a command says (on stderr) when it first completed an import a crashed process left half-done. */
export function completionNotice(r: CompletionResult): string {
  return `已补完未完成的导入（编号 ${r.imports.join("、")}）：刷新 ${r.facts} 件案件的审限与统计数据，重算预警 ${r.alerts.total} 条（截至 ${r.asOf}）。`;
}

/**
 * Opens the database named by --db / SHENGUAN_DB (default ./data/shenguan.db), completes an import
 * left half-done by a crash (saying so on stderr), runs fn, closes it.
 */
export function withDb<T>(url: string | undefined, fn: (db: Db) => Promise<T>): Promise<T> {
  return withDatabase(url, fn, { onCompleted: (r) => console.error(completionNotice(r)) });
}

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, tests). */
export function progressBar(label: string, total: number): { update(n: number): void; stop(): void } {
  if (!process.stderr.isTTY || total < 5000) return { update() {}, stop() {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}`,
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(total, 0);
  return {
    update: (n) => bar.update(n),
    stop: () => bar.stop(),
  };
}

/** A spinner-like counter for streams of unknown length. */
export function counter(label: string): { update(n: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  let last = 0;
  return {
    update(n) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      process.stderr.write(`\r${label} ${n.toLocaleString("zh-CN")} 行`);
    },
    stop() {
      process.stderr.write("\n");
    },
  };
}
