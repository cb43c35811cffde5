/** Rows of the 阅核 queries as the app reads them. */
import type { Selectable } from "kysely";
import type { MatterFilesTable } from "../schema.js";

export type MatterFileRowDb = Selectable<MatterFilesTable>;

export interface MatterFile {
  id: number;
  matterId: number | null;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  storedPath: string;
  uploadedBy: string;
  uploadedAt: string;
}

export function toMatterFile(r: MatterFileRowDb): MatterFile {
  return {
    id: r.id,
    matterId: r.matter_id,
    name: r.name,
    mediaType: r.media_type,
    size: Number(r.size),
    sha256: r.sha256,
    storedPath: r.stored_path,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  };
}
