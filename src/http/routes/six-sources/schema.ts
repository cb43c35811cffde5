/** 六源治理: the sources and their figures (catalogue ids). */
import { z } from "zod";
import type { SixSourcesView } from "../../../app/six-sources/get-six-sources.js";
import { schemaMatches } from "../../schema/common.js";

export const sixSources = z.object({
  basis: z.string().describe("六源治理的依据与口径说明"),
  sources: z.array(
    z.object({
      key: z.enum(["su", "an", "zhi", "ji", "fang", "fu"]),
      name: z.string().describe("诉源、案源、执源、积源、访源、腐源"),
      description: z.string(),
      note: z.string().optional(),
      figures: z.array(
        z.object({
          indicator: z.string().describe("质效指标目录中的指标"),
          name: z.string(),
          breakdown: z.enum(["month", "type"]).nullable().describe("按月走势或按类型代字分列"),
        }),
      ),
    }),
  ),
});
export type SixSources = z.infer<typeof sixSources>;
schemaMatches<SixSources, SixSourcesView>(true);
