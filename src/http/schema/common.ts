/**
 * What every part of the API shares: the error envelope, a page of rows, a downloaded file, and
 * the compile-time check that a response schema describes exactly the type its use case returns.
 */
import { z } from "zod";

/** Every error: `{ error: { code, message, field?, value?, … } }` with a Chinese message. */
export const errorBody = z
  .object({
    error: z.looseObject({
      code: z.string().describe("bad-request, unauthenticated, forbidden, csrf, not-found, rate-limited …"),
      message: z.string().describe("给用户看的中文说明"),
      field: z.string().optional(),
      value: z.unknown().optional(),
    }),
  })
  .describe("错误");

/** The error answers any route may give. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
};

/** The error answers of a list export: those of any route, and 503 when too many exports are under way. */
export const exportErrorResponses = {
  ...errorResponses,
  503: errorBody.describe("导出任务较多（code busy，Retry-After 说明多少秒后再试）"),
};

/** A page of rows with the total. */
export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    rows: z.array(row),
  });
}

/** A file for download (.xlsx or .docx); the body is the file itself. */
export const fileBody = z.string().describe("文件（Content-Disposition: attachment）");

export const isoDate = z.string().describe("YYYY-MM-DD");

/**
 * `true` only when A and B accept the same values and have the same keys, optional ones included
 * (a key missing from a response schema would be stripped from the answer).
 */
export type Matches<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never]
      ? true
      : false
    : false
  : false;

/** A compile-time assertion: `schemaMatches<Schema, AppType>(true)` fails to compile unless they match. */
export function schemaMatches<A, B>(_: Matches<A, B>): void {}
