#!/usr/bin/env node
// Entry point of the `shenguan` command. The TypeScript sources are compiled to dist/ by
// `npm run build` (run automatically by `npm ci` through the `prepare` script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("shenguan 尚未构建 (not built yet): run `npm run build` first.");
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
