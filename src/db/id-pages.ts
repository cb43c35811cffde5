/**
 * Reading a table in pages by id ("the rows after the last id read"): a province's cases are
 * millions, and a pass over them must never hold them all. Each page costs the same (an index range
 * on the primary key), unlike OFFSET. The reader asks for the rows with `id > after` in id order,
 * at most `limit` of them.
 */
export async function* pagesById<R extends { id: unknown }>(
  read: (after: number, limit: number) => Promise<R[]>,
  pageSize = 20_000,
): AsyncGenerator<R[]> {
  let after = -1;
  for (;;) {
    const rows = await read(after, pageSize);
    if (rows.length === 0) return;
    after = Number((rows[rows.length - 1] as R).id);
    yield rows;
    if (rows.length < pageSize) return;
  }
}
