/**
 * /api/cases/:id/loan-form: the 民间借贷要素表 of a 民间借贷纠纷 case (要素式审判) — read it with its
 * calculation, 试算 a form as entered, save it (the case's judge; a stale version is 409), export it.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { computeLoanForm } from "../../../app/loan-forms/compute-loan-form.js";
import { exportLoanForm, exportLoanParagraph } from "../../../app/loan-forms/export-loan-form.js";
import { getLoanForm } from "../../../app/loan-forms/get-loan-form.js";
import { saveLoanForm } from "../../../app/loan-forms/save-loan-form.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import {
  asOfQuery,
  caseIdParams,
  computeLoanFormBody,
  loanComputation,
  loanFormView,
  saveLoanFormBody,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const conflict = { ...errorResponses, 409: errorResponses[400] };

  r.get(
    "/cases/:id/loan-form",
    {
      schema: {
        params: caseIdParams,
        querystring: asOfQuery,
        response: { 200: loanFormView, ...errorResponses },
      },
    },
    async (req) => getLoanForm(requireActor(req), ctx.handle, req.params.id, req.query.asOf ?? ctx.today()),
  );

  r.put(
    "/cases/:id/loan-form",
    {
      schema: { params: caseIdParams, body: saveLoanFormBody, response: { 200: loanFormView, ...conflict } },
    },
    async (req) =>
      saveLoanForm(
        requireActor(req),
        ctx.handle,
        req.params.id,
        { form: req.body.form, version: req.body.version },
        undefined,
        req.body.asOf ?? ctx.today(),
      ),
  );

  r.post(
    "/cases/:id/loan-form/compute",
    {
      schema: {
        params: caseIdParams,
        body: computeLoanFormBody,
        response: { 200: loanComputation, ...errorResponses },
      },
    },
    async (req) =>
      computeLoanForm(
        requireActor(req),
        ctx.handle,
        req.params.id,
        req.body.form,
        req.body.asOf ?? ctx.today(),
      ),
  );

  r.get(
    "/cases/:id/loan-form/export",
    {
      schema: {
        params: caseIdParams,
        querystring: asOfQuery,
        response: { 200: fileBody, ...errorResponses },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await exportLoanForm(requireActor(req), ctx.handle, req.params.id, req.query.asOf ?? ctx.today()),
      ),
  );

  r.get(
    "/cases/:id/loan-form/paragraph.docx",
    {
      schema: {
        params: caseIdParams,
        querystring: asOfQuery,
        response: { 200: fileBody, ...errorResponses },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await exportLoanParagraph(
          requireActor(req),
          ctx.handle,
          req.params.id,
          req.query.asOf ?? ctx.today(),
        ),
      ),
  );
}
