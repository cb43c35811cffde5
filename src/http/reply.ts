/**
 * Sending what a use case produced: a file for download (the panel export, bulletins), or a list
 * export built by the export pool and streamed from its temporary file.
 */
import type { FastifyReply } from "fastify";
import { AppError } from "../app/shared/errors.js";
import type { FileResult, StreamedFile } from "../app/shared/file.js";

function attachment(fileName: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function sendFile(reply: FastifyReply, file: FileResult): FastifyReply {
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", attachment(file.fileName))
    .send(file.content);
}

/** A signal that aborts when the client goes away before its answer has been sent in full. */
export function clientGone(reply: FastifyReply): AbortSignal {
  const ac = new AbortController();
  const res = reply.raw;
  if (res.destroyed) ac.abort();
  else
    res.once("close", () => {
      if (!res.writableFinished) ac.abort();
    });
  return ac.signal;
}

/**
 * A list export: `make` gets a signal that aborts when the client goes away (the export is then
 * dropped or stopped); the file is streamed as it is read. A refusal because too many exports are
 * running says when to come back (Retry-After).
 */
export async function sendExport(
  reply: FastifyReply,
  make: (signal: AbortSignal) => Promise<StreamedFile>,
): Promise<FastifyReply> {
  let file: StreamedFile;
  try {
    file = await make(clientGone(reply));
  } catch (err) {
    const retryAfter = err instanceof AppError ? err.details.retryAfter : undefined;
    if (typeof retryAfter === "number") reply.header("retry-after", String(retryAfter));
    throw err;
  }
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", attachment(file.fileName))
    .header("content-length", String(file.size))
    .send(file.content);
}

/**
 * A stored file someone uploaded (a 阅核 draft): always an attachment, its type never sniffed by the
 * browser, and sandboxed should anything try to show it.
 */
export function sendUploadedFile(
  reply: FastifyReply,
  file: StreamedFile,
  headers: Record<string, string> = {},
): FastifyReply {
  reply
    .header("content-type", file.mediaType)
    .header("content-disposition", attachment(file.fileName))
    .header("content-length", String(file.size))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; sandbox");
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return reply.send(file.content);
}
