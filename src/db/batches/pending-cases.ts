/**
 * The pending civil first-instance cases the 并案审理 grouping reads (src/domain/batches): one scan
 * of `cases` with the few columns a group shows; the grouping itself is in the domain.
 */
import type { BatchCaseInput } from "../../domain/batches/index.js";
import type { Db } from "../connect.js";
import { Params, placeholderFor, readRows } from "../sql.js";

interface Row {
  id: number;
  case_number: string;
  court_code: string;
  cause: string;
  division: string;
  judge: string;
  filed_on: string;
  amount_fen: number | null;
  plaintiffs: string | null;
  defendants: string | null;
}

/**
 * Civil first-instance cases (民初 and the like) pending on `asOf` — filed on or before it, not
 * closed by it — with a cause and at least one party recorded; optionally of one cause only.
 */
export async function readPendingForBatches(
  handle: Db,
  asOf: string,
  /** courts: only the cases of these courts (法院代字; the reader's scope). */
  filter: { cause?: string; courts?: readonly string[] } = {},
): Promise<BatchCaseInput[]> {
  const params = new Params(placeholderFor(handle));
  const day = params.add(asOf);
  const day2 = params.add(asOf);
  const cause = filter.cause === undefined ? "" : ` AND cause = ${params.add(filter.cause)}`;
  const courts =
    filter.courts === undefined
      ? ""
      : filter.courts.length === 0
        ? " AND 1 = 0"
        : ` AND court_code IN (${filter.courts.map((c) => params.add(c)).join(", ")})`;
  const rows = await readRows<Row>(
    handle,
    `SELECT id, case_number, court_code, cause, division, judge, filed_on, amount_fen, plaintiffs, defendants
FROM cases
WHERE category = 'civil' AND instance = 'first' AND filed_on <= ${day}
  AND (closed_on IS NULL OR closed_on > ${day2})
  AND cause IS NOT NULL AND (plaintiffs IS NOT NULL OR defendants IS NOT NULL)${cause}${courts}`,
    params.values,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    courtCode: r.court_code,
    cause: r.cause,
    division: r.division,
    judge: r.judge,
    filedOn: r.filed_on,
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    plaintiffs: r.plaintiffs,
    defendants: r.defendants,
  }));
}
