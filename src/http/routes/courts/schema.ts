/** The courts API: the courts an account sees. */
import { z } from "zod";
import type { CourtRow } from "../../../app/courts/list-courts.js";
import { schemaMatches } from "../../schema/common.js";

export const courtRow = z.object({
  code: z.string().describe("法院代字"),
  name: z.string().describe("法院名称"),
  level: z.string().describe("层级：supreme 最高、high 高级、intermediate 中级、basic 基层、special 专门"),
  parentCode: z.string().nullable().describe("上级法院代字"),
});
export type CourtRowBody = z.infer<typeof courtRow>;
schemaMatches<CourtRowBody, CourtRow>(true);

export const courtList = z.object({ rows: z.array(courtRow) });
