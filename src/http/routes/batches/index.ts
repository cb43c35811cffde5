/**
 * /api/batches: 并案审理 candidates (the groups within the reader's scope, filtered by cause, division
 * or side), one group, the proposal of a group to the chief of its main division (a 并案审理建议
 * matter; acting on it is on the generic matter page), and the settings.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getBatch } from "../../../app/batches/get-batch.js";
import { getBatchSettings } from "../../../app/batches/get-batch-settings.js";
import { listBatches } from "../../../app/batches/list-batches.js";
import { proposeBatch } from "../../../app/batches/propose-batch.js";
import { updateBatchSettings } from "../../../app/batches/update-batch-settings.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import { matterBody } from "../workflow/schema.js";
import {
  batchGroupQuery,
  batchListBody,
  batchListQuery,
  batchSettingsBody,
  batchSettingsView,
  batchView,
  proposeBody,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/batches",
    { schema: { querystring: batchListQuery, response: { 200: batchListBody, ...errorResponses } } },
    async (req) =>
      listBatches(requireActor(req), ctx.handle, { ...req.query, asOf: req.query.asOf ?? ctx.today() }),
  );

  r.get(
    "/batches/group",
    { schema: { querystring: batchGroupQuery, response: { 200: batchView, ...errorResponses } } },
    async (req) => getBatch(requireActor(req), ctx.handle, req.query.key, req.query.asOf ?? ctx.today()),
  );

  r.post(
    "/batches/proposals",
    { schema: { body: proposeBody, response: { 200: matterBody, ...errorResponses } } },
    async (req) => proposeBatch(requireActor(req), ctx.handle, req.body, ctx.today()),
  );

  r.get(
    "/batches/settings",
    { schema: { response: { 200: batchSettingsView, ...errorResponses } } },
    async (req) => getBatchSettings(requireActor(req), ctx.handle),
  );

  r.post(
    "/batches/settings",
    { schema: { body: batchSettingsBody, response: { 200: batchSettingsView, ...errorResponses } } },
    async (req) => updateBatchSettings(requireActor(req), ctx.handle, req.body),
  );
}
