import type { Db } from "../connect.js";

/** The court code most cases carry (undefined when there are none). */
export async function mostCommonCourtCode(handle: Db): Promise<string | undefined> {
  const row = await handle.db
    .selectFrom("cases")
    .select(["court_code", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("court_code")
    .orderBy("n", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.court_code;
}
