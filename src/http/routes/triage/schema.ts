/** The 繁简分流 API: suggestions, mismatches, the settings and their history. */
import { z } from "zod";
import type { TriageSettingsView } from "../../../app/triage/get-triage-settings.js";
import type { MismatchList } from "../../../app/triage/list-mismatches.js";
import type { SuggestionList } from "../../../app/triage/list-suggestions.js";
import type { TriageSettingsHistory } from "../../../app/triage/triage-settings-history.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

const track = z.enum(["小额诉讼程序", "速裁", "简易程序", "普通程序"]);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "应为 YYYY-MM-DD");

export const suggestionListQuery = z.object({
  asOf: date.optional().describe("以该日为准的未结案件（默认今天）"),
  track: z.string().max(20).optional().describe("建议程序：小额诉讼程序、速裁、简易程序、普通程序"),
  division: z.string().max(100).optional(),
  judge: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

export const mismatchListQuery = z.object({
  from: date.optional().describe("结案期间首日（默认上一季度）"),
  to: date.optional().describe("结案期间末日"),
  status: z.string().max(10).optional().describe("all（默认）、pending 未结、closed 期间内已结"),
  kind: z.string().max(30).optional().describe("simple-as-ordinary 宜简未简；ordinary-as-simple 宜繁未繁"),
  division: z.string().max(100).optional(),
  judge: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

const row = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  division: z.string(),
  judge: z.string(),
  cause: z.string().nullable(),
  amountYuan: z.number().nullable(),
  filedOn: isoDate,
  closedOn: isoDate.nullable(),
  procedure: z.string().nullable(),
  actualTrack: track.nullable(),
  track,
  rules: z.array(z.string()),
  ruleTitles: z.array(z.string()),
  reasons: z.array(z.string()),
});

export const suggestionListBody = z.object({
  asOf: isoDate,
  counts: z.array(z.object({ track, count: z.number().int() })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(row),
});
schemaMatches<z.infer<typeof suggestionListBody>, SuggestionList>(true);

const kind = z.enum(["simple-as-ordinary", "ordinary-as-simple"]);
export const mismatchListBody = z.object({
  asOf: isoDate,
  from: isoDate,
  to: isoDate,
  status: z.enum(["all", "pending", "closed"]),
  counts: z.array(z.object({ kind, count: z.number().int() })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(row.extend({ kind, kindLabel: z.string() })),
});
schemaMatches<z.infer<typeof mismatchListBody>, MismatchList>(true);

const wage = z.object({
  appliesFrom: z.string(),
  wageYear: z.number(),
  yuan: z.number(),
  source: z.string(),
  demo: z.boolean().optional(),
});
const settings = z.object({
  averageWages: z.array(wage),
  smallClaimsShare: z.number(),
  consentMultiple: z.number(),
  moneyCauses: z.array(z.string()),
  personalRelationCauses: z.array(z.string()),
  ownershipCauses: z.array(z.string()),
  fastTrack: z.object({
    divisions: z.array(z.string()),
    causes: z.array(z.string()),
    maxAmountYuan: z.number(),
    maxParties: z.number(),
  }),
  ordinary: z.object({ minParties: z.number(), highAmountYuan: z.number() }),
  transferBackDays: z.number(),
});

export const triageSettingsView = z.object({
  settings,
  isDefault: z.boolean(),
  labels: z.record(z.string(), z.string()),
  rules: z.array(
    z.object({
      id: z.string(),
      track: z.enum(["小额诉讼程序", "速裁", "简易程序", "普通程序", "非小额诉讼"]),
      title: z.string(),
      basis: z.string(),
      settings: z.array(z.string()),
    }),
  ),
  actions: z.array(z.literal("edit-triage-settings")),
});
schemaMatches<z.infer<typeof triageSettingsView>, TriageSettingsView>(true);

/** Checked field by field by the use case (the errors name the field in Chinese). */
export const triageSettingsBody = z.record(z.string(), z.unknown());

export const historyQuery = z.object({
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

export const historyBody = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      user: z.string(),
      changes: z.array(
        z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() }),
      ),
    }),
  ),
});
schemaMatches<z.infer<typeof historyBody>, TriageSettingsHistory>(true);

export const causesBody = z.object({ causes: z.array(z.string()) });

export type SuggestionListBody = z.infer<typeof suggestionListBody>;
export type MismatchListBody = z.infer<typeof mismatchListBody>;
export type TriageSettingsViewBody = z.infer<typeof triageSettingsView>;
export type TriageSettingsHistoryBody = z.infer<typeof historyBody>;
