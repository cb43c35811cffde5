/**
 * /api/workload, /api/judges/:name/record, /api/assignment-suggestions: 加权工作量 by judge, the
 * case weights (read; the office changes them), 本庭与全院对比, a judge's 业绩档案, and 分案建议 —
 * the suggestion for a pending case and the decisions recorded on suggestions.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { compareDivision } from "../../../app/workload/compare-division.js";
import { getJudgeRecord } from "../../../app/workload/get-judge-record.js";
import { getWorkload } from "../../../app/workload/get-workload.js";
import { getWorkloadWeights } from "../../../app/workload/get-workload-weights.js";
import { listAssignmentDecisions } from "../../../app/workload/list-assignment-decisions.js";
import { listCasesToAssign } from "../../../app/workload/list-cases-to-assign.js";
import { recordAssignmentDecision } from "../../../app/workload/record-assignment-decision.js";
import { suggestAssignment } from "../../../app/workload/suggest-assignment.js";
import { updateWorkloadWeights } from "../../../app/workload/update-workload-weights.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  caseIdParams,
  casesToAssign,
  decisionBody,
  decisionList,
  decisionListQuery,
  decisionView,
  divisionComparison,
  judgeParams,
  judgeRecord,
  periodQuery,
  suggestion,
  weightsBody,
  weightsView,
  workloadReport,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/workload",
    { schema: { querystring: periodQuery, response: { 200: workloadReport, ...errorResponses } } },
    async (req) => getWorkload(requireActor(req), ctx.handle, req.query),
  );

  r.get("/workload/weights", { schema: { response: { 200: weightsView, ...errorResponses } } }, async (req) =>
    getWorkloadWeights(requireActor(req), ctx.handle),
  );

  r.post(
    "/workload/weights",
    { schema: { body: weightsBody, response: { 200: weightsView, ...errorResponses } } },
    async (req) => updateWorkloadWeights(requireActor(req), ctx.handle, req.body),
  );

  r.get(
    "/workload/comparison",
    { schema: { querystring: periodQuery, response: { 200: divisionComparison, ...errorResponses } } },
    async (req) => compareDivision(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/judges/:name/record",
    {
      schema: {
        params: judgeParams,
        querystring: periodQuery,
        response: { 200: judgeRecord, ...errorResponses },
      },
    },
    async (req) =>
      getJudgeRecord(
        requireActor(req),
        ctx.handle,
        { judge: req.params.name, division: req.query.division, from: req.query.from, to: req.query.to },
        ctx.today(),
      ),
  );

  r.get(
    "/cases/:id/assignment-suggestion",
    { schema: { params: caseIdParams, response: { 200: suggestion, ...errorResponses } } },
    async (req) => suggestAssignment(requireActor(req), ctx.handle, req.params.id, ctx.today()),
  );

  r.get(
    "/assignment-suggestions/cases",
    { schema: { querystring: decisionListQuery, response: { 200: casesToAssign, ...errorResponses } } },
    async (req) => listCasesToAssign(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get(
    "/assignment-suggestions",
    { schema: { querystring: decisionListQuery, response: { 200: decisionList, ...errorResponses } } },
    async (req) => listAssignmentDecisions(requireActor(req), ctx.handle, req.query),
  );

  r.post(
    "/assignment-suggestions",
    {
      schema: {
        body: decisionBody,
        response: { 200: decisionView, ...errorResponses, 409: errorResponses[400] },
      },
    },
    async (req) => recordAssignmentDecision(requireActor(req), ctx.handle, req.body, ctx.today()),
  );
}
