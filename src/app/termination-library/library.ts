/**
 * The 执行不能案件库 as of a date: every 终本 case with its searches, proposal and resumption, built
 * by the domain (src/domain/termination-library). Shared by the list, the writes and the alerts.
 */
import type { Db } from "../../db/connect.js";
import {
  readProposals,
  readResumptions,
  readSearches,
  readTerminatedCases,
} from "../../db/termination-library/library.js";
import { buildEntries, type LibraryEntry } from "../../domain/termination-library/index.js";

/** Every entry of the court (no scope: callers filter by the reader's scope). */
export async function allEntries(handle: Db, asOf: string): Promise<LibraryEntry[]> {
  const [cases, searches, proposals, resumptions] = await Promise.all([
    readTerminatedCases(handle, asOf),
    readSearches(handle),
    readProposals(handle),
    readResumptions(handle),
  ]);
  return buildEntries(cases, searches, proposals, resumptions, asOf);
}
