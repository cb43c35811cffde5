/** /api/users: the administrator's accounts — list, add, change (role, division, disable), reset a password. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { addAccount } from "../../../app/users/add-account.js";
import { listAccounts } from "../../../app/users/list-accounts.js";
import { resetAccountPassword } from "../../../app/users/reset-account-password.js";
import { updateAccount } from "../../../app/users/update-account.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  accountChangeBody,
  accountIdParams,
  accountList,
  accountRow,
  addedAccountBody,
  newAccountBody,
  newPasswordBody,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/users", { schema: { response: { 200: accountList, ...errorResponses } } }, async (req) =>
    listAccounts(requireActor(req), ctx.handle),
  );

  r.post(
    "/users",
    {
      schema: {
        body: newAccountBody,
        response: { 200: addedAccountBody, ...errorResponses, 409: errorResponses[400] },
      },
    },
    async (req) => addAccount(requireActor(req), ctx.handle, req.body),
  );

  r.patch(
    "/users/:id",
    {
      schema: {
        params: accountIdParams,
        body: accountChangeBody,
        response: { 200: accountRow, ...errorResponses, 409: errorResponses[400] },
      },
    },
    async (req) => updateAccount(requireActor(req), ctx.handle, req.params.id, req.body),
  );

  r.post(
    "/users/:id/reset-password",
    { schema: { params: accountIdParams, response: { 200: newPasswordBody, ...errorResponses } } },
    async (req) => resetAccountPassword(requireActor(req), ctx.handle, req.params.id),
  );
}
