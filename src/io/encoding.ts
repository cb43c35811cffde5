/**
 * Character-encoding detection for court CSV exports (docs/import-format.md): UTF-8 with or without
 * a BOM, or GB18030/GBK as Excel on a Chinese Windows saves "CSV (逗号分隔)".
 */

/** What {@link detectEncoding} can tell from a file's first bytes. */
export type DetectedEncoding = "utf-8" | "utf-8-bom" | "gb18030";

/** How many leading bytes the readers hand to {@link detectEncoding}. */
export const DETECTION_SAMPLE_BYTES = 64 * 1024;

/** True when the bytes start with the UTF-8 byte-order mark EF BB BF. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The encoding of a file, judged from its first bytes (a sample, not necessarily the whole file):
 * - a UTF-8 BOM → "utf-8-bom";
 * - otherwise, when the sample is valid UTF-8 (pure ASCII included) → "utf-8". A multi-byte
 *   character cut by the end of the sample does not count against UTF-8;
 * - otherwise → "gb18030" (a superset of GBK and GB2312).
 *
 * A sample that is valid UTF-8 but whose file later holds invalid bytes is still "utf-8": the CSV
 * reader reports such bytes per row and column (csv-reader.ts).
 */
export function detectEncoding(firstBytes: Uint8Array): DetectedEncoding {
  if (hasUtf8Bom(firstBytes)) return "utf-8-bom";
  const end = completeUtf8Length(firstBytes);
  // Fast path: ASCII needs no decoder.
  let i = 0;
  while (i < end && firstBytes[i]! < 0x80) i++;
  if (i === end) return "utf-8";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(firstBytes.subarray(i, end));
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

/**
 * The sample's length without a trailing UTF-8 sequence that the cut left incomplete (a lead byte
 * followed by fewer continuation bytes than it announces). Anything else is left for the decoder to
 * judge.
 */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    if (b < 0x80) return n; // ASCII: nothing is cut
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return n - i < needed ? i : n;
  }
  return n;
}
