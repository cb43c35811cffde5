/** Sending what a use case produced: a file for download (exports, bulletins). */
import type { FastifyReply } from "fastify";
import type { FileResult } from "../app/shared/file.js";

export function sendFile(reply: FastifyReply, file: FileResult): FastifyReply {
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.content);
}
