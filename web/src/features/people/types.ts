/** The staff register API's shapes: the server's HTTP schema types. */
import type { z } from "zod";
import type {
  newStaffBody,
  StaffRow,
  staffChangeBody,
  staffImportReport,
  staffPage,
} from "../../../../src/http/routes/people/schema.js";

export type { StaffRow };
export type StaffPage = z.infer<typeof staffPage>;
export type NewStaff = z.input<typeof newStaffBody>;
export type StaffChange = z.input<typeof staffChangeBody>;
export type StaffImportReport = z.infer<typeof staffImportReport>;
export type Position = StaffRow["positions"][number];
