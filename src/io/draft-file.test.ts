import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { part, zip } from "../../test/helpers/hostile-files.js";
import { DOCX_MEDIA_TYPE, DraftFileError, hashStoredFile, PDF_TYPE, storeDraftFile } from "./draft-file.js";

const dirs: string[] = [];
function root(): string {
  const d = mkdtempSync(join(tmpdir(), "drafts-"));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const PDF = Buffer.from("%PDF-1.4\n%%EOF\n", "latin1");
// sha256sum of the 15 bytes "%PDF-1.4\n%%EOF\n", computed with coreutils:
const PDF_SHA256 = "14bcd090baf31edba64e9cbd8cdfc15f943344aa72cb3675ad8e91bfcbce03ad";
const DOCX = zip([part("[Content_Types].xml", "<Types/>"), part("word/document.xml", "<w:document/>")]);
const opts = { maxBytes: 1024, day: "2026-11-27" };

/** Every file left under the root (recursively), by name. */
function leftOver(r: string): string[] {
  return readdirSync(r, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

describe("storeDraftFile", () => {
  it("a PDF is stored by content, with its size and SHA-256", async () => {
    const r = root();
    const got = await storeDraftFile(r, Readable.from([PDF]), opts);
    expect(got).toMatchObject({
      size: 15,
      sha256: PDF_SHA256,
      kind: { mediaType: PDF_TYPE, extension: ".pdf" },
    });
    expect(got.storedPath).toMatch(/^2026-11\/[0-9a-f]{32}\.pdf$/);
    expect(readFileSync(join(r, got.storedPath))).toEqual(PDF);
    expect(await hashStoredFile(r, got.storedPath)).toBe(PDF_SHA256);
  });

  it("a .docx is a zip holding word/document.xml", async () => {
    const got = await storeDraftFile(root(), Readable.from([DOCX]), opts);
    expect(got.kind).toEqual({ mediaType: DOCX_MEDIA_TYPE, extension: ".docx" });
  });

  const refused: [string, Buffer, RegExp][] = [
    [
      "a Windows program (MZ)",
      Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(200)]),
      /只接受/,
    ],
    ["an HTML page", Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>"), /只接受/],
    ["a zip that is no Word document", zip([part("xl/workbook.xml", "<workbook/>")]), /word\/document\.xml/],
    ["an empty file", Buffer.alloc(0), /文件为空/],
  ];
  for (const [what, bytes, message] of refused)
    it(`refuses ${what}, leaving nothing behind`, async () => {
      const r = root();
      const err = await storeDraftFile(r, Readable.from(bytes.length ? [bytes] : []), opts).catch((e) => e);
      expect(err).toBeInstanceOf(DraftFileError);
      expect(err.message).toMatch(message);
      expect(leftOver(r)).toEqual([]);
    });

  it("refuses a file past the limit, reading the rest of it, leaving nothing behind", async () => {
    const r = root();
    let read = 0;
    const chunks = function* () {
      yield PDF;
      for (let i = 0; i < 4; i++) {
        read++;
        yield Buffer.alloc(512);
      }
    };
    const err = await storeDraftFile(r, Readable.from(chunks()), opts).catch((e) => e);
    expect(err.message).toBe("文件超过大小上限 1 KB（上传了 2 KB）");
    expect(read).toBe(4);
    expect(leftOver(r)).toEqual([]);
  });

  it("writes a large file arriving in small chunks, waiting on the disk without piling up listeners", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    const chunks = function* () {
      yield PDF;
      for (let i = 0; i < 4096; i++) yield Buffer.alloc(1024, i % 251);
    };
    try {
      const got = await storeDraftFile(root(), Readable.from(chunks()), {
        maxBytes: 8 * 1024 * 1024,
        day: "2026-11-27",
      });
      expect(got.size).toBe(15 + 4096 * 1024);
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  });

  it("refuses a stored path that leaves the root", async () => {
    await expect(hashStoredFile(root(), "../../etc/passwd")).rejects.toThrow(DraftFileError);
  });
});
