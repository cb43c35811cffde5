/**
 * /api/termination-library: the 执行不能案件库 (entries within the reader's scope with their search
 * schedule, and the figures), recording a property search, proposing 恢复执行.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listTerminationLibrary } from "../../../app/termination-library/list-termination-library.js";
import { proposeResumption } from "../../../app/termination-library/propose-resumption.js";
import { recordTerminationSearch } from "../../../app/termination-library/record-search.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  caseIdParams,
  proposalBody,
  searchBody,
  terminationListBody,
  terminationListQuery,
  terminationRow,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/termination-library",
    {
      schema: {
        querystring: terminationListQuery,
        response: { 200: terminationListBody, ...errorResponses },
      },
    },
    async (req) => listTerminationLibrary(requireActor(req), ctx.handle, req.query),
  );

  r.post(
    "/termination-library/:caseId/searches",
    {
      schema: {
        params: caseIdParams,
        body: searchBody,
        response: { 200: terminationRow, ...errorResponses },
      },
    },
    async (req) => recordTerminationSearch(requireActor(req), ctx.handle, req.params.caseId, req.body),
  );

  r.post(
    "/termination-library/:caseId/proposal",
    {
      schema: {
        params: caseIdParams,
        body: proposalBody,
        response: { 200: terminationRow, ...errorResponses },
      },
    },
    async (req) => proposeResumption(requireActor(req), ctx.handle, req.params.caseId, req.body),
  );
}
