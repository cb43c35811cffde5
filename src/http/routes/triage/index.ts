/**
 * /api/triage: 繁简分流 — the suggested track of every pending 民初 case (list, .xlsx), 程序不符
 * (list, .xlsx), and the rules' settings (read; the office changes them, every change audited)
 * with their history, and the civil 案由 catalogue for the settings' cause lists.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { exportMismatches, exportSuggestions } from "../../../app/triage/export-triage.js";
import { getTriageSettings } from "../../../app/triage/get-triage-settings.js";
import { listCivilCauses } from "../../../app/triage/list-civil-causes.js";
import { listMismatches } from "../../../app/triage/list-mismatches.js";
import { listSuggestions } from "../../../app/triage/list-suggestions.js";
import { triageSettingsHistory } from "../../../app/triage/triage-settings-history.js";
import { updateTriageSettings } from "../../../app/triage/update-triage-settings.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import {
  causesBody,
  historyBody,
  historyQuery,
  mismatchListBody,
  mismatchListQuery,
  suggestionListBody,
  suggestionListQuery,
  triageSettingsBody,
  triageSettingsView,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/triage/suggestions",
    {
      schema: { querystring: suggestionListQuery, response: { 200: suggestionListBody, ...errorResponses } },
    },
    async (req) => listSuggestions(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get(
    "/triage/suggestions/export",
    { schema: { querystring: suggestionListQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await exportSuggestions(requireActor(req), ctx.handle, req.query, ctx.today())),
  );

  r.get(
    "/triage/mismatches",
    { schema: { querystring: mismatchListQuery, response: { 200: mismatchListBody, ...errorResponses } } },
    async (req) => listMismatches(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get(
    "/triage/mismatches/export",
    { schema: { querystring: mismatchListQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await exportMismatches(requireActor(req), ctx.handle, req.query, ctx.today())),
  );

  r.get(
    "/triage/settings",
    { schema: { response: { 200: triageSettingsView, ...errorResponses } } },
    async (req) => getTriageSettings(requireActor(req), ctx.handle),
  );

  r.put(
    "/triage/settings",
    { schema: { body: triageSettingsBody, response: { 200: triageSettingsView, ...errorResponses } } },
    async (req) => updateTriageSettings(requireActor(req), ctx.handle, req.body),
  );

  r.get("/triage/causes", { schema: { response: { 200: causesBody, ...errorResponses } } }, async (req) =>
    listCivilCauses(requireActor(req)),
  );

  r.get(
    "/triage/settings/history",
    { schema: { querystring: historyQuery, response: { 200: historyBody, ...errorResponses } } },
    async (req) => triageSettingsHistory(requireActor(req), ctx.handle, req.query),
  );
}
