/**
 * A federation node on one PostgreSQL server (loopback postgres_fdw): three member databases
 * filled by the product's own import of generated demo courts (member 甲 holds two courts), and a
 * node that holds no cases. PostgreSQL only: the node is made of postgres_fdw and partitioning.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDemoFiles } from "../../../src/app/demo/write-demo-files.js";
import { ensureCurrentFacts } from "../../../src/app/facts/ensure-current-facts.js";
import { refreshFacts } from "../../../src/app/facts/refresh-facts.js";
import { MemberUnreachableError } from "../../../src/app/federation/federated-read.js";
import {
  addFederationMember,
  checkFederation,
  initFederation,
  removeFederationMember,
  setSkipUnreachable,
} from "../../../src/app/federation/federation.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators, type IndicatorPanel } from "../../../src/app/indicators/compute-indicators.js";
import { drillDown } from "../../../src/app/indicators/drill-down.js";
import { getMeta } from "../../../src/app/meta/get-meta.js";
import { actorOf, systemActor } from "../../../src/app/shared/actor.js";
import { registerFederationCommand } from "../../../src/cli/federation.js";
import { type Db, openDb } from "../../../src/db/connect.js";
import { listCourtCodes } from "../../../src/db/courts/courts.js";
import { explainVerbose } from "../../../src/db/federation/members.js";
import type { Filter } from "../../../src/db/indicators/compile.js";
import { panelSql } from "../../../src/db/indicators/panel.js";
import { POSTGRES_PLACEHOLDER } from "../../../src/db/sql.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { courtsVisibleTo } from "../../../src/domain/court/hierarchy.js";
import { indicatorById } from "../../../src/domain/indicators/index.js";
import { captureConsole, programWith } from "../../helpers/cli.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2025-06-30";
const OFFICE: Actor = { username: "fed-office", role: "office" };
const PERIOD = { from: "2025-01-01", to: "2025-06-30" };
// Counts and sums (they add across members) and a median (from the members' histograms).
const IDS = [
  "filed",
  "closed",
  "pending_end",
  "clearance_rate",
  "avg_duration_days",
  "median_duration_days",
  "p90_duration_days",
];

const MEMBERS = [
  { name: "甲", courts: ["内0602", "内0603"] },
  { name: "乙", courts: ["内0604"] },
  { name: "丙", courts: ["内0605"] },
] as const;

async function seedCourt(handle: Db, court: string, seed: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "shenguan-fed-"));
  try {
    await writeDemoFiles(dir, { fromYear: 2024, asOf: AS_OF, seed, court, cases: 240 }, {});
    const r = await importCases(
      systemActor("test"),
      handle,
      [join(dir, "cases.csv"), join(dir, "events.csv")],
      {
        today: AS_OF,
      },
    );
    expect(r.ok).toBe(true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** (group key, indicator) → [numerator, denominator, value] */
function cells(p: IndicatorPanel): Map<string, [number | null, number | null, number | null]> {
  const m = new Map<string, [number | null, number | null, number | null]>();
  for (const g of p.groups)
    for (const [id, f] of Object.entries(g.indicators))
      m.set(`${g.key}|${id}`, [f.numerator, f.denominator, f.value]);
  return m;
}

const { out } = captureConsole();
const pgOnly = TEST_DIALECTS.includes("postgres") ? describe : describe.skip;

pgOnly("federation node (postgres_fdw)", () => {
  const members: TestDb[] = [];
  let fedDb: TestDb;
  let fed: Db;

  beforeAll(async () => {
    let seed = 11;
    for (const m of MEMBERS) {
      const db = await freshDb("postgres");
      members.push(db);
      for (const c of m.courts) await seedCourt(db, c, seed++);
    }
    fedDb = await freshDb("postgres");
    expect(await initFederation(fedDb)).toBe(true);
    for (const [i, m] of MEMBERS.entries())
      await addFederationMember(fedDb, {
        name: m.name,
        url: members[i]?.url as string,
        now: "2025-06-30T00:00:00Z",
      });
    // The node's session settings (partitionwise aggregate) apply to new connections.
    fed = await openDb(fedDb.url);
  }, 120_000);

  afterAll(async () => {
    await fed?.close();
    await fedDb?.drop();
    for (const m of members) await m.drop();
  });

  it("the node's panel by court is each member's panel by court, and by division the members' sums", async () => {
    const memberPanels = await Promise.all(
      members.map((m) => computeIndicators(OFFICE, m, { ...PERIOD, by: "court", ids: IDS })),
    );
    const node = await computeIndicators(OFFICE, fed, { ...PERIOD, by: "court", ids: IDS });
    expect(node.missingMembers).toBeUndefined();
    expect(node.groups.map((g) => g.key)).toEqual(["内0602", "内0603", "内0604", "内0605"]);
    const expected = new Map<string, unknown>();
    for (const p of memberPanels) for (const [k, v] of cells(p)) expected.set(k, v);
    expect(cells(node)).toEqual(expected);
    // Not vacuous: every court filed cases in the period.
    for (const g of node.groups) expect(g.indicators.filed?.numerator).toBeGreaterThan(0);

    // By division: the node adds the members' rows of each division (count and sum measures).
    const byDivision = await Promise.all(
      [...members, fed].map((h) =>
        computeIndicators(OFFICE, h, { ...PERIOD, by: "division", ids: ["filed", "closed"] }),
      ),
    );
    const nodeDiv = byDivision.pop() as IndicatorPanel;
    const sums = new Map<string, number>();
    for (const p of byDivision) for (const [k, [n]] of cells(p)) sums.set(k, (sums.get(k) ?? 0) + Number(n));
    const nodeSums = new Map([...cells(nodeDiv)].map(([k, [n]]) => [k, n]));
    expect(nodeSums).toEqual(sums);

    // By month (the trend): each month its own query on the node, the members' months added.
    const byMonth = await Promise.all(
      [...members, fed].map((h) =>
        computeIndicators(OFFICE, h, { ...PERIOD, by: "month", ids: ["filed", "closed"] }),
      ),
    );
    const nodeMonth = byMonth.pop() as IndicatorPanel;
    const monthSums = new Map<string, number>();
    for (const p of byMonth)
      for (const [k, [n]] of cells(p)) monthSums.set(k, (monthSums.get(k) ?? 0) + Number(n));
    expect(nodeMonth.groups.length).toBe(6);
    expect(new Map([...cells(nodeMonth)].map(([k, [n]]) => [k, n]))).toEqual(monthSums);

    // The whole federation: the total equals the rows counted on each member directly.
    const total = await computeIndicators(OFFICE, fed, { ...PERIOD, by: "all", ids: ["filed"] });
    let filed = 0;
    for (const m of members) {
      const r = await sql<{ n: number }>`select count(*) as n from case_facts
        where filed_on between ${PERIOD.from} and ${PERIOD.to}`.execute(m.db);
      filed += Number(r.rows[0]?.n);
    }
    expect(total.groups[0]?.indicators.filed?.numerator).toBe(filed);
  });

  it("the node's data range and divisions are those of all members together", async () => {
    const [node, ...own] = await Promise.all([fed, ...members].map((h) => getMeta(OFFICE, h, AS_OF)));
    const firsts = own.map((m) => m.dataRange.firstFiled as string).sort();
    const lasts = own.map((m) => m.dataRange.lastFiled as string).sort();
    expect(node?.dataRange).toEqual({ firstFiled: firsts[0], lastFiled: lasts[lasts.length - 1] });
    const pairs = (m: typeof node) =>
      new Set((m?.divisions ?? []).flatMap((d) => d.judges.map((j) => `${d.name}/${j}`)));
    const union = new Set(own.flatMap((m) => [...pairs(m)]));
    expect(pairs(node)).toEqual(union);
    expect(union.size).toBeGreaterThan(0);
  });

  it("pushes the aggregate down to every member (EXPLAIN VERBOSE: Relations: Aggregate on …)", async () => {
    const defs = IDS.map((id) => indicatorById(id)).filter((d) => d !== undefined);
    for (const by of ["court", "division"] as const) {
      const q = panelSql(
        defs,
        [{ id: 0, label: "本期", fromDay: 20089, toDay: 20269 }],
        by,
        [],
        POSTGRES_PLACEHOLDER,
        undefined,
        "f.court_code",
      );
      const plan = (await explainVerbose(fed, q.sql, q.params)).join("\n");
      // One pushed-down aggregate per member (the table alias is f, f_1, f_2 on the node).
      for (let k = 1; k <= 3; k++)
        expect(plan).toMatch(
          new RegExp(`Relations: Aggregate on \\(shenguan_member_${k}\\.case_facts_part f(_\\d+)?\\)`),
        );
      expect(plan).not.toContain("HashAggregate");
      expect(plan).toContain("Async Foreign Scan");
    }
  });

  it("a court filter (a user's court scope) reads only that member", async () => {
    const scope: Filter[] = [{ field: "court_code", values: ["内0604"] }];
    const node = await computeIndicators(OFFICE, fed, { ...PERIOD, by: "court", ids: IDS, filters: scope });
    const own = await computeIndicators(OFFICE, members[1] as Db, { ...PERIOD, by: "court", ids: IDS });
    expect(node.groups.map((g) => g.key)).toEqual(["内0604"]);
    expect(cells(node)).toEqual(cells(own));
    const q = panelSql(
      IDS.map((id) => indicatorById(id)).filter((d) => d !== undefined),
      [{ id: 0, label: "本期", fromDay: 20089, toDay: 20269 }],
      "court",
      scope,
      POSTGRES_PLACEHOLDER,
      undefined,
      "f.court_code",
    );
    const plan = (await explainVerbose(fed, q.sql, q.params)).join("\n");
    expect(plan).toContain("shenguan_member_2.case_facts_part");
    expect(plan).not.toContain("shenguan_member_1.");
    expect(plan).not.toContain("shenguan_member_3.");
    // The case list behind a figure: that court's cases only, as many as the figure counts.
    const list = await drillDown(OFFICE, fed, {
      indicator: "filed",
      part: "numerator",
      ...PERIOD,
      filters: scope,
      pageSize: 1000,
    });
    expect(list.total).toBe(own.groups[0]?.indicators.filed?.numerator);
    expect(list.rows.length).toBe(list.total);
    expect(list.rows.every((r) => r.caseNumber.includes("内0604"))).toBe(true);
  });

  it("an account of one member's court reads only that court through the node; a 中院 account its basic courts", async () => {
    // What sessions.ts gives a signed-in account of 内0604 (乙's court) on the node.
    const own = actorOf({
      username: "office-0604",
      role: "office",
      division: null,
      judgeName: null,
      court: "内0604",
      courts: ["内0604"],
    });
    const node = await computeIndicators(own, fed, { ...PERIOD, by: "court", ids: IDS });
    expect(node.groups.map((g) => g.key)).toEqual(["内0604"]);
    const member = await computeIndicators(OFFICE, members[1] as Db, { ...PERIOD, by: "court", ids: IDS });
    expect(cells(node)).toEqual(cells(member));
    // Another member's court is refused, not answered empty.
    await expect(
      computeIndicators(own, fed, {
        ...PERIOD,
        by: "court",
        ids: IDS,
        filters: [{ field: "court_code", values: ["内0602"] }],
      }),
    ).rejects.toThrow(/内0602/);
    // The node's register knows every member's courts, so a 中院 account (内06) sees its four basic courts.
    const known = (await listCourtCodes(fed)).sort();
    expect(known).toEqual(["内0602", "内0603", "内0604", "内0605"]);
    const chiefCourt = actorOf({
      username: "office-06",
      role: "office",
      division: null,
      judgeName: null,
      court: "内06",
      courts: courtsVisibleTo("内06", known),
    });
    const all = await computeIndicators(chiefCourt, fed, { ...PERIOD, by: "court", ids: IDS });
    expect(all.groups.map((g) => g.key)).toEqual(["内0602", "内0603", "内0604", "内0605"]);
  });

  it("a member that is down fails the panel naming it, or with skipUnreachable is left out and named", async () => {
    await sql`alter server shenguan_member_3 options (set port '1')`.execute(fed.db);
    try {
      const failed = computeIndicators(OFFICE, fed, { ...PERIOD, by: "court", ids: IDS });
      await expect(failed).rejects.toBeInstanceOf(MemberUnreachableError);
      await expect(failed).rejects.toThrow(/联邦成员“丙”（内0605）无法连接/);
      const check = await checkFederation(fed);
      expect(check.ok).toBe(false);
      expect(check.members.find((m) => m.name === "丙")?.status).toBe("unreachable");

      await setSkipUnreachable(fed, true, "2025-06-30T00:00:00Z");
      const partial = await computeIndicators(OFFICE, fed, { ...PERIOD, by: "court", ids: IDS });
      expect(partial.missingMembers).toEqual([{ name: "丙", courts: ["内0605"] }]);
      expect(partial.groups.map((g) => g.key)).toEqual(["内0602", "内0603", "内0604"]);
      const list = await drillDown(OFFICE, fed, { indicator: "filed", part: "numerator", ...PERIOD });
      expect(list.missingMembers).toEqual([{ name: "丙", courts: ["内0605"] }]);
    } finally {
      await setSkipUnreachable(fed, false, "2025-06-30T00:00:00Z");
      await sql`alter server shenguan_member_3 options (set port '5432')`.execute(fed.db);
    }
    expect((await checkFederation(fed)).ok).toBe(true);
  });

  it("refuses imports and refreshes on the node, naming the members; start-up passes skip it", async () => {
    await expect(refreshFacts(systemActor("test"), fed, { asOf: AS_OF })).rejects.toThrow(
      /联邦节点，不保存案件.*“甲”（内0602、内0603/,
    );
    await expect(importCases(systemActor("test"), fed, ["nothing.csv"], { today: AS_OF })).rejects.toThrow(
      /不能在此导入案件/,
    );
    expect(await ensureCurrentFacts(fed, { asOf: AS_OF })).toBe(false);
  });

  it("refuses a member whose courts overlap or whose schema version differs", async () => {
    await expect(
      addFederationMember(fed, { name: "丁", url: members[1]?.url as string, now: "2025-06-30T00:00:00Z" }),
    ).rejects.toThrow(/法院 内0604 已属于成员“乙”/);
    // A member one migration behind the node (its last migration's record taken away for the test).
    const behind = members[1] as TestDb;
    const last = await sql<{
      name: string;
      applied_at: string;
    }>`select name, applied_at from schema_migrations
      order by name desc limit 1`.execute(behind.db);
    const row = last.rows[0] as { name: string; applied_at: string };
    await sql`delete from schema_migrations where name = ${row.name}`.execute(behind.db);
    try {
      await expect(
        addFederationMember(fed, { name: "戊", url: behind.url, now: "2025-06-30T00:00:00Z" }),
      ).rejects.toThrow(/数据库结构版本.*不同，不能加入/);
      // Nothing of the refused member stays behind.
      const servers = await sql<{ n: number }>`select count(*) as n from pg_foreign_server`.execute(fed.db);
      expect(Number(servers.rows[0]?.n)).toBe(3);
    } finally {
      await sql`insert into schema_migrations (name, applied_at) values (${row.name}, ${row.applied_at})`.execute(
        behind.db,
      );
    }
  });

  it("shenguan federation check lists each member's courts, and fails naming a member that is down", async () => {
    const program = () => programWith(registerFederationCommand);
    await program().parseAsync(["node", "x", "federation", "check", "--db", fedDb.url]);
    const text = out.join("\n");
    expect(text).toContain("成员 3 个");
    expect(text).toMatch(/甲.*内0602、内0603.*正常/);
    await sql`alter server shenguan_member_2 options (set port '1')`.execute(fed.db);
    try {
      await expect(
        program().parseAsync(["node", "x", "federation", "check", "--db", fedDb.url]),
      ).rejects.toThrow(/联邦检查未通过：“乙”（无法连接）/);
    } finally {
      await sql`alter server shenguan_member_2 options (set port '5432')`.execute(fed.db);
    }
  });

  it("removes a member: its courts leave the node", async () => {
    await removeFederationMember(fed, "丙");
    const node = await computeIndicators(OFFICE, fed, { ...PERIOD, by: "court", ids: ["filed"] });
    expect(node.groups.map((g) => g.key)).toEqual(["内0602", "内0603", "内0604"]);
    await addFederationMember(fed, {
      name: "丙",
      url: members[2]?.url as string,
      now: "2025-06-30T00:00:00Z",
    });
  });
});
