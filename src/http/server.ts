/**
 * The HTTP server: the JSON API under /api (zod-validated, OpenAPI at /api/docs), sessions and
 * CSRF protection, security headers, and the built web app at / with SPA fallback. Handlers stay
 * thin: they parse, call a use case in src/app, and shape the answer.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { sessionUser } from "../app/auth/sessions.js";
import { ResultCache } from "../app/runtime/result-cache.js";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../app/shared/errors.js";
import { actorOf, UserError, type UserInfo, userInfo } from "../app/users/users.js";
import { appendAudit } from "../db/audit/append-audit.js";
import type { Db } from "../db/connect.js";
import { type Actor, can } from "../domain/auth/index.js";
import { registerAlertRoutes } from "./routes/alerts/index.js";
import { registerAuthRoutes } from "./routes/auth/index.js";
import { registerBulletinRoutes } from "./routes/bulletins/index.js";
import { registerCaseRoutes } from "./routes/cases/index.js";
import { registerImportRoutes } from "./routes/imports/index.js";
import { registerIndicatorRoutes } from "./routes/indicators/index.js";
import { registerMetaRoutes } from "./routes/meta/index.js";

export interface ServerOptions {
  handle: Db;
  /** Directory of the built web app (web/dist); not served when absent. */
  webDir?: string;
  logger?: boolean;
  /** "Today" for the whole server (tests); default: today in China, each request. */
  today?: () => string;
  /** Where uploads wait between validation and commit. */
  uploadDir?: string;
}

export interface AppContext {
  handle: Db;
  cache: ResultCache;
  today: () => string;
  uploadDir: string;
}

declare module "fastify" {
  interface FastifyRequest {
    user?: UserInfo & { csrf: string };
    actor?: Actor;
  }
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const SESSION_COOKIE = "sg_session";
export const CSRF_COOKIE = "sg_csrf";

/** The signed-in user's actor, or 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new HttpError(401, "unauthenticated", "请先登录");
  return req.actor;
}

export function sendXlsx(reply: FastifyReply, fileName: string, buffer: ArrayBuffer | Buffer): FastifyReply {
  return reply
    .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(Buffer.from(buffer as ArrayBuffer));
}

const OPEN_PATHS = new Set(["/api/auth/login", "/api/auth/demo-accounts"]);

const CONTEXTS = new WeakMap<FastifyInstance, AppContext>();

/** The application context of a server built by buildServer. */
export function appContext(app: FastifyInstance): AppContext {
  const ctx = CONTEXTS.get(app);
  if (!ctx) throw new Error("not a shenguan server");
  return ctx;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: "info" } : false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = {
    handle: options.handle,
    cache: new ResultCache(),
    today:
      options.today ??
      (() => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date())),
    uploadDir: options.uploadDir ?? join(process.env.TMPDIR ?? "/tmp", "shenguan-uploads"),
  };

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 500 * 1024 * 1024, files: 4 } });
  await app.register(swagger, {
    openapi: {
      info: { title: "审管 shenguan API", version: "0.1.0", description: "docs/api.md" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  // Authentication and CSRF for the API.
  app.addHook("onRequest", async (req) => {
    const path = req.url.split("?")[0] as string;
    if (!path.startsWith("/api/") || path.startsWith("/api/docs")) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const row = await sessionUser(ctx.handle, token);
      if (row) {
        const info = userInfo(row, can);
        req.user = { ...info, csrf: row.csrf };
        req.actor = actorOf(info);
      }
    }
    if (OPEN_PATHS.has(path)) return;
    if (!req.user) throw new HttpError(401, "unauthenticated", "请先登录");
    if (req.method !== "GET" && req.method !== "HEAD") {
      const header = req.headers["x-csrf-token"];
      if (typeof header !== "string" || header !== req.user.csrf) {
        throw new HttpError(403, "csrf", "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
      }
    }
  });

  app.setErrorHandler(async (err, req, reply) => {
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
    if (err instanceof HttpError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...err.extra } });
    }
    if (err instanceof ForbiddenError) {
      await appendAudit(ctx.handle.db, {
        user: req.actor?.username ?? "anonymous",
        action: "forbidden",
        entity: "http",
        entityId: `${req.method} ${req.url}`.slice(0, 500),
        detail: { role: req.actor?.role, reason: err.message },
      }).catch(() => undefined);
      return reply.status(403).send({ error: { code: "forbidden", message: err.message } });
    }
    if (err instanceof InvalidInputError) {
      return reply
        .status(400)
        .send({ error: { code: "bad-request", message: err.message, field: err.field, value: err.value } });
    }
    if (err instanceof UserError) {
      return reply
        .status(400)
        .send({ error: { code: "bad-request", message: err.message, field: err.field } });
    }
    if (err instanceof NotFoundError)
      return reply.status(404).send({ error: { code: "not-found", message: err.message } });
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status < 500) {
      const message = err instanceof Error ? err.message : String(err);
      return reply
        .status(status)
        .send({ error: { code: status === 413 ? "too-large" : "bad-request", message } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: "internal", message: "服务器内部错误" } });
  });

  await app.register(
    async (api) => {
      registerAuthRoutes(api, ctx);
      registerMetaRoutes(api, ctx);
      registerIndicatorRoutes(api, ctx);
      registerCaseRoutes(api, ctx);
      registerAlertRoutes(api, ctx);
      registerImportRoutes(api, ctx);
      registerBulletinRoutes(api, ctx);
    },
    { prefix: "/api" },
  );

  const webDir = options.webDir;
  const index = webDir ? join(webDir, "index.html") : undefined;
  if (webDir && index && existsSync(index)) {
    // wildcard: files built after start are served too; preCompressed: the .br/.gz Vite wrote.
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: "/",
      wildcard: true,
      preCompressed: true,
      index: ["index.html"],
    });
  }
  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split("?")[0] as string;
    // Routes of the app (no file extension) get index.html; a missing asset or API path is a 404.
    if (path.startsWith("/api/") || /\.[A-Za-z0-9]+$/.test(path) || !index || !existsSync(index)) {
      return reply.status(404).send({ error: { code: "not-found", message: "未找到" } });
    }
    return reply.type("text/html").sendFile("index.html");
  });
  CONTEXTS.set(app, ctx);
  return app;
}
