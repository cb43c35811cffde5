/**
 * The HTTP server: the JSON API under /api (zod-validated, OpenAPI at /api/docs), sessions and
 * CSRF protection, security headers, and the built web app at / with SPA fallback. Handlers stay
 * thin: they parse, call a use case in src/app, and shape the answer. Each route says whether it is
 * public (config.access); every other route needs a session, whatever its URL looks like.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { resolveSession } from "../app/auth/sessions.js";
import { SignInLimiter } from "../app/auth/sign-in.js";
import { importLimits, MAX_UPLOAD_FILES } from "../app/imports/import-limits.js";
import type { Db } from "../app/runtime/database.js";
import { ExportPool } from "../app/runtime/export-pool.js";
import { ResultCache } from "../app/runtime/result-cache.js";
import { todayInChina } from "../app/shared/today.js";
import { type AppContext, type RouteAccess, SESSION_COOKIE } from "./context.js";
import { errorHandler, HttpError } from "./errors.js";
import { ROUTE_MODULES } from "./routes/index.js";

export interface ServerOptions {
  handle: Db;
  /** Directory of the built web app (web/dist); not served when absent. */
  webDir?: string;
  logger?: boolean;
  /** "Today" for the whole server (tests); default: today in China, each request. */
  today?: () => string;
  /** Where uploads wait between validation and commit. */
  uploadDir?: string;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma
   * separated); none by default — the client's address is then the connection's.
   */
  trustProxy?: string;
  /**
   * The database as the export workers open it (a SQLite file, or a postgres:// URL with its
   * password); default: the handle's location.
   */
  dbUrl?: string;
}

/** The trusted-proxy setting as Fastify takes it: a list of addresses or ranges, or none. */
export function trustedProxies(setting: string | undefined): string[] | false {
  const list = (setting ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length > 0 ? list : false;
}

const CONTEXTS = new WeakMap<FastifyInstance, AppContext>();
const API_ROUTES = new WeakMap<FastifyInstance, ApiRoute[]>();

/** A route of the API as registered: its method, its URL pattern, and who may call it. */
export interface ApiRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

/** Every API route of a server built by buildServer (the permission matrix covers each). */
export function apiRoutes(app: FastifyInstance): ApiRoute[] {
  return API_ROUTES.get(app) ?? [];
}

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
    trustProxy: trustedProxies(options.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = {
    handle: options.handle,
    cache: new ResultCache(),
    today: options.today ?? todayInChina,
    uploadDir: options.uploadDir ?? join(process.env.TMPDIR ?? "/tmp", "shenguan-uploads"),
    signIns: new SignInLimiter(),
    exports: new ExportPool({ db: options.dbUrl ?? options.handle.location, handle: options.handle }),
  };
  app.addHook("onClose", async () => {
    await ctx.exports.close();
  });

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
  // Each file's size and the number of files are kept here, as the upload arrives; the total of an
  // upload is counted by validateUpload (SHENGUAN_IMPORT_MAX_* settings, docs/import-format.md).
  await app.register(multipart, {
    limits: { fileSize: importLimits().maxFileBytes, files: MAX_UPLOAD_FILES },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: "审管 shenguan API", version: "0.1.0", description: "docs/api.md" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  const routes: ApiRoute[] = [];
  API_ROUTES.set(app, routes);
  // Who may call each route, fixed as it is registered: API routes need a session unless they say
  // "public"; the API's documentation and the web app's files are public.
  app.addHook("onRoute", (route) => {
    const declared = (route.config as { access?: RouteAccess } | undefined)?.access;
    const api = route.url.startsWith("/api/") && !route.url.startsWith("/api/docs");
    const access = declared ?? (api ? "signed-in" : "public");
    route.config = { ...route.config, access };
    if (api) {
      for (const method of [route.method].flat())
        if (method !== "HEAD") routes.push({ method, url: route.url, access });
    }
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  // Authentication and CSRF, by route: a route is public only when it says so.
  app.addHook("onRequest", async (req) => {
    // A request no route matched (404) has no access; it reads no session either.
    const access = req.routeOptions.config?.access;
    if (access === undefined) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const signedIn = await resolveSession(ctx.handle, token);
      if (signedIn) {
        req.user = { ...signedIn.user, csrf: signedIn.csrf };
        req.actor = signedIn.actor;
      }
    }
    if (access === "public") return;
    if (!req.user) throw new HttpError(401, "unauthenticated", "请先登录");
    if (req.user.mustChangePassword && !req.routeOptions.config?.beforePasswordChange)
      throw new HttpError(
        403,
        "must-change-password",
        "请先修改密码：初始密码或重置后的密码须由本人修改后才能使用系统",
      );
    if (req.method !== "GET" && req.method !== "HEAD") {
      const header = req.headers["x-csrf-token"];
      if (typeof header !== "string" || header !== req.user.csrf) {
        throw new HttpError(403, "csrf", "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
      }
    }
  });

  app.setErrorHandler(errorHandler(ctx.handle));

  await app.register(
    async (api) => {
      for (const m of ROUTE_MODULES) m.register(api, ctx);
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
