/**
 * Files of the report archive (定时报表): written whole under the files directory, in a folder
 * `reports/<YYYY-MM>` of the day they were made, under a random name with the file's extension;
 * their SHA-256 computed as they are written. Read back (and hashed again) with draft-file.ts's
 * openStoredFile / hashStoredFile.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";

export interface StoredReport {
  /** Relative to the files directory. */
  storedPath: string;
  size: number;
  sha256: string;
}

export async function storeReportFile(
  root: string,
  content: Buffer,
  options: { fileName: string; day: string },
): Promise<StoredReport> {
  const folder = join(root, "reports", options.day.slice(0, 7));
  await mkdir(folder, { recursive: true });
  const ext = extname(options.fileName)
    .replace(/[^.a-z0-9]/gi, "")
    .slice(0, 8);
  const base = randomBytes(16).toString("hex");
  const partial = join(folder, `${base}.part`);
  await writeFile(partial, content, { flag: "wx" });
  const final = join(folder, `${base}${ext}`);
  await rename(partial, final);
  return {
    storedPath: relative(root, final).split(sep).join("/"),
    size: content.length,
    sha256: createHash("sha256").update(content).digest("hex"),
  };
}
