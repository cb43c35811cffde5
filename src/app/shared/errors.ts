/**
 * The errors a use case throws for people to read (Chinese messages): one base class with an HTTP
 * status and a code, so that the API, the command line and the tests treat every kind alike.
 */
import type { Action, Actor } from "../../domain/auth/index.js";

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra fields for the client (field, value …). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: a value the caller gave is wrong; names the field (and the value, when there is one). */
export class InvalidInputError extends AppError {
  constructor(
    readonly field: string,
    message: string,
    readonly value?: unknown,
  ) {
    super(400, "bad-request", message, value === undefined ? { field } : { field, value });
  }

  /** `field: "value" — reason`, the form every query parameter error takes. */
  static of(field: string, value: unknown, reason: string): InvalidInputError {
    return new InvalidInputError(field, `${field}: ${JSON.stringify(value)} — ${reason}`, value);
  }
}

/** 403: the policy said no; the reason says why, in Chinese. */
export class ForbiddenError extends AppError {
  constructor(
    readonly actor: Actor,
    readonly action: Action | "scope",
    reason: string,
  ) {
    super(403, "forbidden", reason);
  }
}

/** 404 */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super(404, "not-found", message);
  }
}

/** 409: the record is not in a state that allows this. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, "conflict", message);
  }
}
