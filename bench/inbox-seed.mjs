// Seeds the inbox benchmark's matters: `own` open matters with one open task each for the chief of
// one division (assignee_position 'chief', assignee_division that division), and `background`
// matters spread over other divisions, positions, judges and accounts (a third of them closed).
// Written straight into the tables in large transactions (SQLite) or multi-row inserts (PostgreSQL).

export const INBOX_DIVISION = "刑事审判庭";
const OTHER_DIVISIONS = ["民事审判第一庭", "民事审判第二庭", "行政审判庭", "执行局", "立案庭", "商事审判庭"];

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Deterministic rows: [matter, task] pairs. */
function* rows({ own, background, asOf }) {
  const at = `${asOf}T08:00:00.000Z`;
  for (let i = 0; i < own + background; i++) {
    const mine = i < own;
    const division = mine ? INBOX_DIVISION : OTHER_DIVISIONS[i % OTHER_DIVISIONS.length];
    const closed = !mine && i % 3 === 0;
    const opened = addDays(asOf, -((i * 7) % 120) - 1);
    const due = addDays(asOf, ((i * 13) % 40) - 10);
    const matter = {
      kind: "supervision-order",
      state: closed ? "closed" : "pending",
      version: closed ? 3 : 1,
      title: `督办第 ${i + 1} 号`,
      case_id: null,
      case_number: `（2026）内0602刑初${i + 1}号`,
      division,
      judge: `法官${i % 50}`,
      initiator: "bench-office",
      data_json: "{}",
      opened_on: opened,
      opened_at: at,
      closed_on: closed ? asOf : null,
      updated_at: at,
    };
    const kind = i % 4;
    const task = {
      title: "答复督办",
      state: closed ? "done" : "open",
      assignee_user: !mine && kind === 0 ? `user${i % 200}` : null,
      assignee_judge: !mine && kind === 1 ? `法官${i % 50}` : null,
      assignee_position: mine ? "chief" : kind === 2 ? "chief" : kind === 3 ? "office" : null,
      assignee_division: mine || kind === 1 || kind === 2 ? division : null,
      due_on: due,
      opened_on: opened,
      opened_at: at,
      closed_at: closed ? at : null,
      closed_by: closed ? "bench-office" : null,
      closed_state: closed ? "closed" : null,
    };
    yield [matter, task];
  }
}

/** Inserts the rows through the handle (src/db/connect.js Db); returns the number of matters. */
export async function seedInboxMatters(h, { own = 10_000, background = 50_000, asOf }) {
  const all = [...rows({ own, background, asOf })];
  if (h.sqlite) {
    const cols = (o) => Object.keys(o);
    const [m0, t0] = all[0];
    const insM = h.sqlite.prepare(
      `INSERT INTO matters (${cols(m0).join(",")}) VALUES (${cols(m0)
        .map((c) => `@${c}`)
        .join(",")})`,
    );
    const insT = h.sqlite.prepare(
      `INSERT INTO tasks (matter_id,${cols(t0).join(",")}) VALUES (@matter_id,${cols(t0)
        .map((c) => `@${c}`)
        .join(",")})`,
    );
    h.sqlite.transaction(() => {
      for (const [m, t] of all) {
        const id = Number(insM.run(m).lastInsertRowid);
        insT.run({ ...t, matter_id: id });
      }
    })();
    h.sqlite.exec("ANALYZE");
  } else {
    for (let i = 0; i < all.length; i += 1000) {
      const chunk = all.slice(i, i + 1000);
      const ids = await h.db
        .insertInto("matters")
        .values(chunk.map(([m]) => m))
        .returning("id")
        .execute();
      await h.db
        .insertInto("tasks")
        .values(chunk.map(([, t], j) => ({ ...t, matter_id: ids[j].id })))
        .execute();
    }
    const { sql } = await import("kysely");
    await sql`analyze`.execute(h.db);
  }
  return all.length;
}
