/**
 * The workflow API's shapes as the screens use them: a matter (GET /api/matters/:id) with its
 * trace, tasks and the actions the reader may take now; a row of 我的待办 (GET /api/inbox). Types
 * only, from the server's schemas.
 */
import type { InboxCount, InboxPage, InboxRow } from "../../../../src/http/routes/inbox/schema.js";
import type { MatterBody } from "../../../../src/http/routes/workflow/schema.js";

export type MatterView = MatterBody;
export type TraceRow = MatterView["trace"][number];
export type TaskRow = MatterView["tasks"][number];
export type MatterAction = MatterView["actions"][number];
export type FieldSpec = MatterAction["fields"][number];
export type { InboxCount, InboxPage, InboxRow };
export type InboxTab = InboxPage["tab"];

export interface ActRequest {
  action: string;
  version: number;
  input: Record<string, unknown>;
}

export interface InboxQuery {
  tab?: InboxTab;
  page?: number;
  pageSize?: number;
}
