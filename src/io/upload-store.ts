/**
 * Where uploads wait between validation and commit: one folder per upload under a root, named by
 * a random token; folders older than an hour are swept away.
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";

export const UPLOAD_TTL_MS = 60 * 60_000;

export const UPLOAD_TOKEN = /^[A-Za-z0-9_-]{10,64}$/;

/** Removes upload folders older than the TTL. */
export async function sweepUploads(root: string, now = Date.now()): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[]);
  for (const n of names) {
    const p = join(root, n);
    const s = await stat(p).catch(() => undefined);
    if (s && now - s.mtimeMs > UPLOAD_TTL_MS) await rm(p, { recursive: true, force: true });
  }
}

/** Who uploaded: kept beside the files, never one of them. */
const OWNER_FILE = ".owner";

/** A new upload folder for `owner` (only they may use its files): its token and path. */
export async function newUploadFolder(root: string, owner: string): Promise<{ token: string; dir: string }> {
  const token = randomBytes(18).toString("base64url");
  const dir = join(root, token);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, OWNER_FILE), owner, "utf8");
  return { token, dir };
}

/** A file name safe to write into an upload folder (letters, digits, . _ -). */
export function safeFileName(name: string, fallback: string): string {
  return basename(name || fallback).replace(/[^\p{L}\p{N}._-]/gu, "_");
}

/** An upload passed the room it had: the rest of it was read and dropped. */
export class UploadTooLargeError extends Error {
  override readonly name = "UploadTooLargeError";
}

/** The room left for an upload's files, in bytes; each file saved takes its size from it. */
export interface UploadBudget {
  left: number;
}

/**
 * Writes one uploaded file into the folder; returns its path and size. With a budget, the bytes
 * are counted as they arrive, and as soon as they pass the room left nothing more is written: the
 * part written is removed, and the rest of the file is read and dropped (the request goes on
 * arriving; a stream left unread would stall it) before UploadTooLargeError is thrown. A failure
 * to write is thrown the same way, after the file has been read to its end.
 */
export async function saveUploadedFile(
  dir: string,
  name: string,
  content: Readable,
  budget?: UploadBudget,
): Promise<{ path: string; bytes: number }> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  let failure: unknown;
  out.on("error", (err) => {
    failure ??= err;
  });
  let bytes = 0;
  let refused = false;
  for await (const chunk of content as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (refused || failure !== undefined) continue;
    if (budget) {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        refused = true;
        continue;
      }
    }
    if (!out.write(chunk)) await waitForDrain(out);
  }
  if (refused || failure !== undefined) {
    out.destroy();
    await once(out, "close").catch(() => undefined);
    await rm(path, { force: true });
    throw refused ? new UploadTooLargeError(`upload past its limit at ${name}`) : failure;
  }
  out.end();
  await finished(out);
  return { path, bytes };
}

/** Resolves when the stream drains or fails (its error is recorded by its listener). */
function waitForDrain(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("error", done);
      resolve();
    };
    out.on("drain", done);
    out.on("error", done);
  });
}

/**
 * The files of `owner`'s upload, in name order; undefined when the folder is gone or empty, or was
 * uploaded by someone else (a token another user got hold of opens nothing).
 */
export async function uploadedFiles(
  root: string,
  token: string,
  owner: string,
): Promise<string[] | undefined> {
  if (!UPLOAD_TOKEN.test(token)) return undefined;
  const dir = join(root, token);
  const uploadedBy = await readFile(join(dir, OWNER_FILE), "utf8").catch(() => undefined);
  if (uploadedBy !== owner) return undefined;
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n !== OWNER_FILE);
  if (names.length === 0) return undefined;
  return names.sort().map((n) => join(dir, n));
}

export async function removeUpload(root: string, token: string): Promise<void> {
  if (!UPLOAD_TOKEN.test(token)) return;
  await rm(join(root, token), { recursive: true, force: true });
}
