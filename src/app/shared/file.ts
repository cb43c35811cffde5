/** A file a use case produces for download (an export, a bulletin): its name, type and bytes. */
export interface FileResult {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function xlsxFile(fileName: string, content: Buffer | ArrayBuffer): FileResult {
  return { fileName, mediaType: XLSX_TYPE, content: Buffer.from(content as ArrayBuffer) };
}

/** A file for download read from a stream (the list exports: built into a temporary file). */
export interface StreamedFile {
  fileName: string;
  mediaType: string;
  size: number;
  content: import("node:stream").Readable;
}
