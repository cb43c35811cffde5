/** A workflow's refusal as the error people read: 403, 409 or 400 naming the field. */
import type { Actor } from "../../domain/auth/index.js";
import type { Refusal } from "../../domain/workflow/index.js";
import { type AppError, ConflictError, ForbiddenError, InvalidInputError } from "../shared/errors.js";

export function refusalError(actor: Actor, r: Refusal): AppError {
  switch (r.code) {
    case "forbidden":
      return new ForbiddenError(actor, "view-matter", r.message);
    case "state":
      return new ConflictError(r.message);
    case "input":
      return new InvalidInputError(r.field, r.message, r.value);
    case "unknown-action":
      return new InvalidInputError("action", r.message);
  }
}
