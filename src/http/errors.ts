/**
 * Errors as answers: every AppError (the use cases' and HttpError, the transport's own) becomes its
 * status with `{ error: { code, message, … } }`; invalid parameters name the field; a refusal is
 * written to the audit log; anything else is logged and answered with a plain 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Db } from "../app/runtime/database.js";
import { recordRefusal } from "../app/shared/audit-refusal.js";
import { AppError, ForbiddenError } from "../app/shared/errors.js";

/** An error of the HTTP transport itself (no session, no CSRF token). */
export class HttpError extends AppError {}

export function errorHandler(handle: Db) {
  return async (err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const field =
        String(first?.instancePath ?? "").replace(/^\//, "") || String(first?.params?.missingProperty ?? "");
      return reply.status(400).send({
        error: {
          code: "bad-request",
          message: `参数 ${field} 无效：${first?.message ?? ""}`,
          field,
          details: err.validation,
        },
      });
    }
    if (err instanceof ForbiddenError) {
      await recordRefusal(handle, {
        user: req.actor?.username ?? "anonymous",
        role: req.actor?.role,
        what: `${req.method} ${req.url}`,
        reason: err.message,
      }).catch(() => undefined);
    }
    if (err instanceof AppError) {
      const retry = err.details.retryAfterSeconds;
      if (typeof retry === "number") reply.header("retry-after", String(retry));
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, ...err.details } });
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status < 500) {
      const message = err instanceof Error ? err.message : String(err);
      return reply
        .status(status)
        .send({ error: { code: status === 413 ? "too-large" : "bad-request", message } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: "internal", message: "服务器内部错误" } });
  };
}
