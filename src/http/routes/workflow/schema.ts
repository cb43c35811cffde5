/** The workflow API: a matter (督办单, 四类案件监管, 阅核 …) with its trace, tasks and actions. */
import { z } from "zod";
import type { MatterView as AppMatterView } from "../../../app/workflow/matter-view.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const matterIdParams = z.object({ id: z.coerce.number().int().min(1) });
export const caseIdParams = z.object({ id: z.coerce.number().int().min(1) });

export const actBody = z.object({
  action: z.string().min(1).max(64),
  version: z.number().int().min(1).describe("操作所依据的事项版本：已被他人处理时返回 409"),
  input: z.record(z.string(), z.unknown()).default({}),
});

const fieldSpec = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(["text", "date", "choice", "choices", "number"]),
  required: z.boolean().optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  options: z.array(z.string()).readonly().optional(),
  notPast: z.boolean().optional(),
});

export const matterBody = z.object({
  id: z.number().int(),
  kind: z.string(),
  kindName: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  terminal: z.boolean(),
  version: z.number().int(),
  title: z.string(),
  caseId: z.number().int().nullable(),
  caseNumber: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  initiator: z.string(),
  initiatorName: z.string(),
  data: z.record(z.string(), z.unknown()),
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  links: z.array(z.object({ entity: z.string(), id: z.number().int() })),
  trace: z.array(
    z.object({
      seq: z.number().int(),
      action: z.string(),
      label: z.string(),
      from: z.string().nullable(),
      fromLabel: z.string().nullable(),
      to: z.string(),
      toLabel: z.string(),
      by: z.string(),
      byName: z.string(),
      on: isoDate,
      at: z.string(),
      note: z.string(),
      input: z.record(z.string(), z.unknown()),
    }),
  ),
  tasks: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      state: z.string(),
      assignee: z.string(),
      dueOn: isoDate.nullable(),
      workingDaysLeft: z.number().int().nullable().describe("剩余工作日（负数为已逾期）"),
      openedOn: isoDate,
      closedAt: z.string().nullable(),
      closedBy: z.string().nullable(),
    }),
  ),
  actions: z
    .array(z.object({ action: z.string(), label: z.string(), fields: z.array(fieldSpec) }))
    .describe("当前用户此刻可对该事项执行的操作及须填写的内容"),
});
export type MatterBody = z.infer<typeof matterBody>;
schemaMatches<MatterBody, AppMatterView>(true);

export const caseMattersBody = z.object({ matters: z.array(matterBody) });
