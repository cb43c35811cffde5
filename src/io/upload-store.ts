/**
 * Where uploads wait between validation and commit: one folder per upload under a root, named by
 * a random token; folders older than an hour are swept away.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

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

/** Writes one uploaded file into the folder; returns its path. */
export async function saveUploadedFile(dir: string, name: string, content: Readable): Promise<string> {
  const path = join(dir, name);
  await pipeline(content, createWriteStream(path));
  return path;
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
