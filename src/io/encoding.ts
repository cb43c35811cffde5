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
 * - otherwise, when the sample is UTF-8 but for a few bad bytes — at least
 *   {@link UTF8_CHARACTERS_PER_BAD_SEQUENCE} valid multi-byte characters for each invalid sequence
 *   — → "utf-8", so that the reader reports the bad bytes by row and column instead of the whole
 *   file being read as GB18030 (and its header not being recognised). GBK/GB18030 text read as
 *   UTF-8 gives an invalid sequence for most of its characters;
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
    const { characters, invalid } = utf8Census(firstBytes.subarray(i, end));
    return characters >= UTF8_CHARACTERS_PER_BAD_SEQUENCE * invalid ? "utf-8" : "gb18030";
  }
}

/**
 * How many valid multi-byte UTF-8 characters a sample needs for each invalid sequence to be taken
 * as UTF-8 with bad bytes rather than as GB18030. Common GBK text read as UTF-8 gives at most one
 * valid sequence for every three invalid ones (its lead bytes B0–F7 are UTF-8 continuation bytes
 * or leads its trail bytes rarely continue); a UTF-8 header of Chinese column names alone has
 * some thirty characters.
 */
export const UTF8_CHARACTERS_PER_BAD_SEQUENCE = 8;

/** Valid multi-byte characters and invalid sequences in the bytes, read as UTF-8. */
export function utf8Census(bytes: Uint8Array): { characters: number; invalid: number } {
  const r = scanUtf8(bytes, true, false);
  return { characters: r.characters, invalid: r.replaced.length };
}

/**
 * Where the WHATWG UTF-8 decoder (TextDecoder, not fatal) writes U+FFFD in decoding `bytes`: one
 * entry per U+FFFD, in order — the bytes of the invalid sequence it replaces (the longest start of
 * a valid sequence, or one byte), or EF BF BD for a U+FFFD that is in the bytes themselves. `bytes` must start where the decoder stands between characters; an incomplete
 * sequence at the end counts only when `final` (it would be completed by the next bytes otherwise).
 */
export function utf8Replacements(bytes: Uint8Array, final: boolean): Uint8Array[] {
  return scanUtf8(bytes, final, true).replaced;
}

function scanUtf8(
  bytes: Uint8Array,
  final: boolean,
  literal: boolean,
): { replaced: Uint8Array[]; characters: number } {
  const out: Uint8Array[] = [];
  let characters = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else {
        out.push(bytes.subarray(i, i + 1));
        continue;
      }
      start = i;
      seen = 0;
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is replaced; this byte starts afresh.
      out.push(bytes.subarray(start, i));
      needed = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      characters++;
      if (literal && needed === 2 && bytes[start] === 0xef && bytes[start + 1] === 0xbf && b === 0xbd)
        out.push(bytes.subarray(start, i + 1));
      needed = 0;
    }
  }
  if (final && needed > 0) out.push(bytes.subarray(start));
  return { replaced: out, characters };
}

/**
 * The bytes a streaming UTF-8 decoder holds back after reading `bytes` (an incomplete but so far
 * valid sequence at the end, at most 3 bytes), or an empty array. Only the last 3 bytes matter.
 */
export function utf8PendingTail(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = bytes[n - k]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const needed = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (needed <= k - 1) break; // ASCII, an invalid byte, or a complete character
    let lower = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    let upper = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let j = n - k + 1; j < n; j++) {
      const c = bytes[j]!;
      if (c < lower || c > upper) return new Uint8Array(0);
      lower = 0x80;
      upper = 0xbf;
    }
    return bytes.subarray(n - k);
  }
  return new Uint8Array(0);
}

/** Bytes as people compare them with a hex editor: "FF BC A0". */
export function hexBytes(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++)
    s += (i > 0 ? " " : "") + bytes[i]!.toString(16).toUpperCase().padStart(2, "0");
  return s;
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
