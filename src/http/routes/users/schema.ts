/** The accounts API (administrators): its requests and responses. */
import { z } from "zod";
import type { AccountRow as AppAccountRow } from "../../../app/users/account-row.js";
import { RECORD_ACTIONS, ROLES } from "../../../domain/auth/index.js";
import { schemaMatches } from "../../schema/common.js";
import { user } from "../auth/schema.js";

export const accountRow = user.extend({
  disabled: z.boolean(),
  createdAt: z.string(),
  staff: z
    .object({
      id: z.number().int(),
      staffNo: z.string(),
      name: z.string(),
      division: z.string(),
      active: z.boolean(),
    })
    .nullable()
    .describe("账号关联的人员（人员名册），未关联为 null"),
  actions: z.array(z.enum(RECORD_ACTIONS.account)).describe("当前管理员此刻可对该账号执行的操作"),
});
export type AccountRow = z.infer<typeof accountRow>;
schemaMatches<AccountRow, AppAccountRow>(true);

export const accountList = z.object({ rows: z.array(accountRow) });

const optionalText = z.string().trim().max(80).nullable().optional();

export const newAccountBody = z.object({
  username: z.string().min(2).max(40),
  displayName: z.string().trim().max(80).optional(),
  role: z.enum(ROLES),
  division: optionalText,
  judgeName: optionalText,
  court: optionalText.describe("账号所属法院（法院代字，如“内0602”）；不填：单院部署下可见全部数据"),
});

export const accountChangeBody = z.object({
  displayName: z.string().trim().max(80).optional(),
  role: z.enum(ROLES).optional(),
  division: optionalText,
  judgeName: optionalText,
  court: optionalText.describe("账号所属法院（法院代字）；空：可见全部数据"),
  disabled: z.boolean().optional(),
  staffId: z.number().int().min(1).nullable().optional().describe("关联的人员（人员名册 id）；null 取消关联"),
});

export const accountIdParams = z.object({ id: z.coerce.number().int().min(1) });

/** A password shown once, to hand over; it must be changed at the first sign-in. */
export const newPasswordBody = z.object({ password: z.string() });
export const addedAccountBody = z.object({ account: accountRow, password: z.string() });
