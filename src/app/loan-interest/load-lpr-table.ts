/**
 * The LPR table in use: the package rows plus the rows of the setting file named by `--lpr FILE` or
 * the SHENGUAN_LPR_FILE environment variable (docs/loan-interest.md). The file is read and checked
 * whole; a bad row stops everything with the row, field and value named.
 */
import { readFile } from "node:fs/promises";
import {
  DEFAULT_LPR_TABLE,
  LoanInputError,
  type LprTable,
  parseLprSetting,
  withLprRows,
} from "../../domain/loan-interest/index.js";
import { InvalidInputError } from "../shared/errors.js";

export const LPR_FILE_ENV = "SHENGUAN_LPR_FILE";

/** The file to read: the explicit path, else the environment variable, else none. */
export function lprFilePath(
  explicit?: string | null,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const p = explicit ?? env[LPR_FILE_ENV];
  return p !== undefined && p.trim() !== "" ? p : undefined;
}

export async function loadLprTable(
  explicit?: string | null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<LprTable> {
  const path = lprFilePath(explicit, env);
  if (path === undefined) return DEFAULT_LPR_TABLE;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new InvalidInputError("lpr", `无法读取报价利率设置文件 ${path}：${(err as Error).message}`, path);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new InvalidInputError(
      "lpr",
      `报价利率设置文件 ${path} 不是有效的 JSON：${(err as Error).message}`,
      path,
    );
  }
  try {
    const { rows, source } = parseLprSetting(json);
    return withLprRows(DEFAULT_LPR_TABLE, rows, source ?? "报价利率设置文件");
  } catch (err) {
    if (err instanceof LoanInputError) {
      throw new InvalidInputError(
        "lpr",
        `报价利率设置文件 ${path} 有误：\n${err.message.replace(/^/gm, "  ")}`,
        path,
      );
    }
    throw err;
  }
}
