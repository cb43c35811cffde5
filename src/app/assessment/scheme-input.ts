/**
 * A scheme as the office writes it (a form, a file, a request body): checked against the indicator
 * catalogue, every fault named by item and field (第 3 项（mediation_rate）：缺少参数 target …).
 */

import {
  catalogueLookup,
  normalizeScheme,
  type Scheme,
  type SchemeError,
  validateScheme,
} from "../../domain/assessment/index.js";
import { tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import { InvalidInputError } from "../shared/errors.js";

/** 400 naming the first faulty item and field; every fault is in the message and in `errors`. */
export class SchemeInvalidError extends InvalidInputError {
  constructor(readonly errors: SchemeError[]) {
    const first = errors[0] as SchemeError;
    const field = first.index === null ? first.field : `items.${first.index}.${first.field}`;
    super(field, `考核办法有误：${errors.map((e) => e.message).join("；")}`);
    this.details.errors = errors;
  }
}

/** The scheme in `input`, valid, with only its methods' parameters; else SchemeInvalidError. */
export function checkScheme(input: unknown): Scheme {
  const errors = validateScheme(input, catalogueLookup);
  if (errors.length > 0) throw new SchemeInvalidError(errors);
  return normalizeScheme(input as Parameters<typeof normalizeScheme>[0]);
}

export interface SchemeForm {
  name: string;
  version: string;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  /** YYYY-MM-DD or null (until a later scheme takes effect). */
  effectiveTo?: string | null;
  items: unknown[];
}

/** A stored scheme's form checked: the scheme, and its dates. */
export function checkSchemeForm(
  form: SchemeForm,
): Scheme & { effectiveFrom: string; effectiveTo: string | null } {
  const scheme = checkScheme({ name: form.name, version: form.version, items: form.items });
  if (tryParseIsoDate(form.effectiveFrom) === undefined)
    throw InvalidInputError.of(
      "effectiveFrom",
      form.effectiveFrom,
      "施行日期不是有效日期（应为形如 2024-01-01 的日期）",
    );
  const to = form.effectiveTo ?? null;
  if (to !== null && tryParseIsoDate(to) === undefined)
    throw InvalidInputError.of("effectiveTo", to, "截止日期不是有效日期（应为形如 2024-12-31 的日期）");
  if (to !== null && to < form.effectiveFrom)
    throw InvalidInputError.of("effectiveTo", to, `截止日期早于施行日期 ${form.effectiveFrom}`);
  return { ...scheme, effectiveFrom: form.effectiveFrom, effectiveTo: to };
}
