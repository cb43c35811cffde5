/** The courts API: the courts the signed-in account sees. */
import { z } from "zod";
import type { CourtRow } from "../../../app/courts/list-courts.js";
import { schemaMatches } from "../../schema/common.js";

export const courtRow = z.object({
  code: z.string().describe("法院代字"),
  name: z.string().describe("法院名称"),
  level: z
    .string()
    .describe(
      "法院层级：supreme 最高法院、high 高级法院、intermediate 中级法院、basic 基层法院、special 专门法院",
    ),
  parentCode: z.string().nullable().describe("上级法院的法院代字；最高人民法院为 null"),
});
schemaMatches<z.infer<typeof courtRow>, CourtRow>(true);

export const courtList = z.object({ rows: z.array(courtRow) });
