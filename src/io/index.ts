/**
 * Readers for court exports (docs/import-format.md): streaming CSV (UTF-8 or GB18030) and .xlsx,
 * and the header mapping both share. The importer (src/app) composes them.
 */
export {
  CsvFormatError,
  CsvParser,
  type CsvReadOptions,
  type CsvRow,
  type CsvSource,
  type CsvTable,
  readCsv,
} from "./csv-reader.js";
export { DETECTION_SAMPLE_BYTES, type DetectedEncoding, detectEncoding, hasUtf8Bom } from "./encoding.js";
export { type HeaderMapping, mapHeader, normalizeHeader, toRawRow } from "./table.js";
export {
  excelSerialToDate,
  isDateFormat,
  readXlsx,
  type XlsxReadOptions,
  type XlsxRow,
} from "./xlsx-reader.js";
