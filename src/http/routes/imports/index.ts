import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { importCases } from "../../../app/imports/import-cases.js";
import { mustAuthorize } from "../../../app/shared/policy.js";
import { type AppContext, HttpError, requireActor } from "../../server.js";
import { warmDashboard } from "../../warm.js";

const TOKEN_TTL_MS = 60 * 60_000;

/** Removes upload folders older than an hour. */
async function sweep(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const now = Date.now();
  for (const n of names) {
    const p = join(dir, n);
    const s = await stat(p).catch(() => undefined);
    if (s && now - s.mtimeMs > TOKEN_TTL_MS) await rm(p, { recursive: true, force: true });
  }
}

export function registerImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/imports/validate", async (req) => {
    const actor = requireActor(req);
    mustAuthorize(actor, "import");
    await sweep(ctx.uploadDir);
    const token = randomBytes(18).toString("base64url");
    const dir = join(ctx.uploadDir, token);
    await mkdir(dir, { recursive: true });
    const files: string[] = [];
    try {
      for await (const part of req.files()) {
        const name = basename(part.filename || `upload-${files.length}`).replace(/[^\p{L}\p{N}._-]/gu, "_");
        const path = join(dir, name);
        await pipeline(part.file, createWriteStream(path));
        if (part.file.truncated) throw new HttpError(413, "too-large", `文件 ${name} 超过大小上限`);
        files.push(path);
      }
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
    if (files.length === 0) {
      await rm(dir, { recursive: true, force: true });
      throw new HttpError(400, "bad-request", "请上传 .xlsx 文件，或 cases.csv 与 events.csv", {
        field: "files",
      });
    }
    const report = await importCases(actor, ctx.handle, files, { dryRun: true, today: ctx.today() });
    if (!report.ok) await rm(dir, { recursive: true, force: true });
    return { token: report.ok ? token : null, report };
  });

  r.post(
    "/imports/:token/commit",
    { schema: { params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) }) } },
    async (req) => {
      const actor = requireActor(req);
      mustAuthorize(actor, "import");
      const dir = join(ctx.uploadDir, req.params.token);
      const names = await readdir(dir).catch(() => undefined);
      if (!names || names.length === 0)
        throw new HttpError(404, "not-found", "上传的文件已过期或不存在，请重新上传");
      try {
        const report = await importCases(
          actor,
          ctx.handle,
          names.sort().map((n) => join(dir, n)),
          { today: ctx.today() },
        );
        ctx.cache.invalidate();
        void warmDashboard(ctx);
        return report;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  r.get(
    "/imports",
    {
      schema: {
        querystring: z.object({
          page: z.coerce.number().int().min(1).optional(),
          pageSize: z.coerce.number().int().min(1).max(200).optional(),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      mustAuthorize(actor, "import");
      const pageSize = req.query.pageSize ?? 20;
      const page = req.query.page ?? 1;
      const total = await ctx.handle.db
        .selectFrom("imports")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      const rows = await ctx.handle.db
        .selectFrom("imports")
        .selectAll()
        .orderBy("id", "desc")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        total: Number(total.n),
        page,
        pageSize,
        rows: rows.map((x) => ({
          id: x.id,
          fileNames: x.file_names,
          status: x.status,
          dryRun: x.dry_run === 1,
          casesTotal: x.cases_total,
          casesInserted: x.cases_inserted,
          casesUpdated: x.cases_updated,
          casesUnchanged: x.cases_unchanged,
          eventsTotal: x.events_total,
          eventsInserted: x.events_inserted,
          warnings: x.warnings,
          errors: x.errors,
          userName: x.user_name,
          startedAt: x.started_at,
          finishedAt: x.finished_at,
        })),
      };
    },
  );
}
