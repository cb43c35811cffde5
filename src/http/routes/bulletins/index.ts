/**
 * The monthly 审限与长期未结通报 for download: GET /api/bulletins/:month.xlsx (the detail workbook)
 * and GET /api/bulletins/:month.docx (the narrative to sign and circulate). Permission "bulletins"
 * (审管办, 院领导, administrators). The bulletin is computed as of the month's last day (today for
 * the current month) and cached for a few minutes, so fetching both files computes it once.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type BulletinData, buildBulletin } from "../../../app/bulletins/build-bulletin.js";
import { mustAuthorize } from "../../../app/shared/policy.js";
import { writeBulletinDocx } from "../../../io/bulletin-docx.js";
import { writeBulletinXlsx } from "../../../io/bulletin-xlsx.js";
import { type AppContext, requireActor, sendXlsx } from "../../server.js";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const params = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "应为 YYYY-MM，如 2024-06"),
});

export function bulletinFileName(data: BulletinData, ext: "xlsx" | "docx"): string {
  return `${data.court.name}-${data.month}-审限与长期未结通报.${ext}`;
}

function sendDocx(reply: FastifyReply, fileName: string, buffer: Buffer): FastifyReply {
  return reply
    .header("content-type", DOCX_TYPE)
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(buffer);
}

export function registerBulletinRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const bulletin = (actor: ReturnType<typeof requireActor>, month: string): Promise<BulletinData> => {
    mustAuthorize(actor, "view-bulletins");
    const today = ctx.today();
    // Everyone allowed to see a bulletin sees the whole court: the key need not name the actor.
    return ctx.cache.get(`bulletin|${month}|${today}`, () =>
      buildBulletin(actor, ctx.handle, month, { today }),
    );
  };

  r.get("/bulletins/:month.xlsx", { schema: { params } }, async (req, reply) => {
    const data = await bulletin(requireActor(req), req.params.month);
    return sendXlsx(reply, bulletinFileName(data, "xlsx"), await writeBulletinXlsx(data));
  });

  r.get("/bulletins/:month.docx", { schema: { params } }, async (req, reply) => {
    const data = await bulletin(requireActor(req), req.params.month);
    return sendDocx(reply, bulletinFileName(data, "docx"), await writeBulletinDocx(data));
  });
}
