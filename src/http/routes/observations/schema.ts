/** The 庭审观摩评比 API: rounds, scoring by the 考评小组, 座谈会, 示范庭. */
import { z } from "zod";
import type { ObservationPlanView as AppPlanView } from "../../../app/observation/observation-plans.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const idParams = z.object({ id: z.coerce.number().int().min(1) });

export const createObservationBody = z.object({
  title: z.string().max(200),
  quarter: z.string().max(10).describe("季度，如 2026-4"),
  members: z.array(z.string().max(100)).max(50).describe("考评小组成员账号"),
  hearings: z
    .array(
      z.object({
        caseNumber: z.string().max(100),
        heldOn: z.string().max(10),
        courtroom: z.string().max(100),
        division: z.string().max(100).optional(),
        judge: z.string().max(100).optional(),
      }),
    )
    .max(100),
});

export const observationList = z.array(
  z.object({
    id: z.number().int(),
    /** The court (法院代字) the round belongs to; null on a one-court installation. */
    courtCode: z.string().nullable(),
    title: z.string(),
    quarter: z.string(),
    members: z.number().int(),
    meetingHeld: z.boolean(),
  }),
);

const meeting = z.object({
  heldOn: isoDate,
  reflections: z.string(),
  problems: z.string(),
  suggestions: z.string(),
});

export const observationPlan = z.object({
  id: z.number().int(),
  courtCode: z.string().nullable(),
  title: z.string(),
  quarter: z.string(),
  members: z.array(z.string()),
  sheet: z.array(z.object({ code: z.string(), name: z.string(), points: z.number() })),
  meeting: meeting.nullable(),
  trimAtScorers: z.number().int(),
  demonstrationCount: z.number().int(),
  canManage: z.boolean(),
  hearings: z.array(
    z.object({
      id: z.number().int(),
      caseId: z.number().int().nullable(),
      caseNumber: z.string(),
      division: z.string(),
      judge: z.string(),
      heldOn: isoDate,
      courtroom: z.string(),
      rank: z.number().int().nullable(),
      score: z.number().nullable(),
      scorers: z.number().int(),
      trimmed: z.boolean(),
      proposed: z.boolean(),
      confirmed: z.boolean(),
      myScores: z.record(z.string(), z.number()).nullable(),
      actions: z.array(z.string()),
    }),
  ),
});
schemaMatches<z.infer<typeof observationPlan>, AppPlanView>(true);

export const scoreHearingBody = z.object({ scores: z.record(z.string().max(50), z.number()) });
export const totalBody = z.object({ total: z.number() });
export const meetingBody = z.object({
  heldOn: z.string().max(10),
  reflections: z.string().max(10000),
  problems: z.string().max(10000),
  suggestions: z.string().max(10000),
});
export const proposedBody = z.object({ hearingIds: z.array(z.number().int()) });
export const okBody = z.object({ ok: z.literal(true) });
export const createdBody = z.object({ id: z.number().int() });
