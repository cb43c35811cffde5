/**
 * /api/case-rules: 类案裁判规则 — list and search (by status, 案由, words), the 类案指导 of a case
 * (adopted rules with its 案由, for a pending case), and the office's drafting, recording of the
 * 审委会's adoption, and retirement.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { adoptCaseRule, editCaseRule, retireCaseRule } from "../../../app/case-rules/change-case-rule.js";
import { createCaseRule } from "../../../app/case-rules/create-case-rule.js";
import { caseGuidance, listCaseRules } from "../../../app/case-rules/list-case-rules.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  adoptBody,
  caseGuidanceBody,
  caseIdParams,
  caseRuleListBody,
  caseRuleListQuery,
  caseRuleRow,
  retireBody,
  ruleBody,
  ruleChangeBody,
  ruleIdParams,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const conflict = { ...errorResponses, 409: errorResponses[400] };

  r.get(
    "/case-rules",
    { schema: { querystring: caseRuleListQuery, response: { 200: caseRuleListBody, ...errorResponses } } },
    async (req) => listCaseRules(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/case-rules/for-case/:caseId",
    { schema: { params: caseIdParams, response: { 200: caseGuidanceBody, ...errorResponses } } },
    async (req) => caseGuidance(requireActor(req), ctx.handle, req.params.caseId),
  );

  r.post(
    "/case-rules",
    { schema: { body: ruleBody, response: { 200: caseRuleRow, ...errorResponses } } },
    async (req) => createCaseRule(requireActor(req), ctx.handle, req.body),
  );

  r.patch(
    "/case-rules/:id",
    { schema: { params: ruleIdParams, body: ruleChangeBody, response: { 200: caseRuleRow, ...conflict } } },
    async (req) => editCaseRule(requireActor(req), ctx.handle, req.params.id, req.body),
  );

  r.post(
    "/case-rules/:id/adopt",
    { schema: { params: ruleIdParams, body: adoptBody, response: { 200: caseRuleRow, ...conflict } } },
    async (req) => adoptCaseRule(requireActor(req), ctx.handle, req.params.id, req.body),
  );

  r.post(
    "/case-rules/:id/retire",
    { schema: { params: ruleIdParams, body: retireBody, response: { 200: caseRuleRow, ...conflict } } },
    async (req) => retireCaseRule(requireActor(req), ctx.handle, req.params.id, req.body),
  );
}
