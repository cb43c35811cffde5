/** Bad input to the 民间借贷 calculator: every problem names its field (a JSON path) and value. */

export interface LoanProblem {
  /** JSON path of the field, e.g. `deliveries[1].amount`. */
  field: string;
  value: unknown;
  /** Chinese, naming the field in words too. */
  message: string;
}

export class LoanInputError extends Error {
  constructor(readonly problems: LoanProblem[]) {
    super(problems.map((p) => `${p.field}: ${JSON.stringify(p.value)} — ${p.message}`).join("\n"));
    this.name = "LoanInputError";
  }

  get field(): string {
    return this.problems[0]?.field ?? "";
  }
}

/** Throws one problem. */
export function fail(field: string, value: unknown, message: string): never {
  throw new LoanInputError([{ field, value, message }]);
}
