import { SingleBar } from "cli-progress";
import { withDatabase } from "../app/runtime/database.js";

/** Opens the database named by --db / SHENGUAN_DB (default ./data/shenguan.db), runs fn, closes it. */
export const withDb = withDatabase;

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
