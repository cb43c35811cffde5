/**
 * The API's permission matrix: each role × each route, scope inside lists and exports, 401 without
 * a session, CSRF on writes, login rate limiting, 403s logged. Runs against a real server (HTTP on
 * a free port) over a seeded demo court.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, startTestApp, type TestApp } from "../helpers/app.js";

let app: TestApp;
const clients: Record<string, ApiClient> = {};
const who: Record<string, { division?: string; judgeName?: string }> = {};

const PERIOD = "from=2025-01-01&to=2026-11-27";
const ROLES = ["admin", "office", "president", "chief", "judge", "clerk"] as const;
type RoleName = (typeof ROLES)[number];

beforeAll(async () => {
  app = await startTestApp({ buildWeb: false, cases: 4000 });
  const pick = (role: string) => app.accounts.find((a) => a.role === role);
  const accounts: Record<
    RoleName,
    { username: string; password: string; division?: string; judgeName?: string }
  > = {
    admin: app.admin,
    office: pick("office") as never,
    president: pick("president") as never,
    chief: pick("chief") as never,
    judge: app.accounts.find((a) => a.role === "judge" && a.division !== pick("chief")?.division) as never,
    clerk: pick("clerk") as never,
  };
  for (const r of ROLES) {
    const c = new ApiClient(app.url);
    const res = await c.login(accounts[r].username, accounts[r].password);
    expect(res.status, r).toBe(200);
    clients[r] = c;
    who[r] = { division: accounts[r].division, judgeName: accounts[r].judgeName };
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function anyCaseId(filter: (r: { division: string; judge: string }) => boolean): Promise<number> {
  const res = await clients.office?.get(`/api/cases?pageSize=1000`);
  const body = (await (res as Response).json()) as {
    rows: { id: number; division: string; judge: string }[];
  };
  const hit = body.rows.find(filter);
  if (!hit) throw new Error("no such case in the demo court");
  return hit.id;
}

describe("permission matrix", () => {
  const readRoutes = [
    `/api/indicators?${PERIOD}`,
    `/api/indicators/export?${PERIOD}`,
    `/api/indicators/drill?indicator=closed&part=numerator&${PERIOD}`,
    `/api/indicators/drill/export?indicator=closed&part=numerator&${PERIOD}`,
    "/api/cases",
    "/api/cases/export",
    "/api/alerts",
    "/api/alerts/counts",
    "/api/alerts/export",
  ];
  const expected: Record<RoleName, number> = {
    admin: 200,
    office: 200,
    president: 200,
    chief: 200,
    judge: 200,
    clerk: 403,
  };

  for (const path of readRoutes) {
    it(`GET ${path.split("?")[0]}`, async () => {
      for (const r of ROLES) {
        const res = await clients[r]?.get(path);
        expect(res?.status, `${r} ${path}`).toBe(expected[r]);
      }
      const anon = await fetch(`${app.url}${path}`);
      expect(anon.status).toBe(401);
    });
  }

  it("imports: only administrators, the office and clerks", async () => {
    const allowed: Record<RoleName, number> = {
      admin: 200,
      office: 200,
      president: 403,
      chief: 403,
      judge: 403,
      clerk: 200,
    };
    for (const r of ROLES) {
      const res = await clients[r]?.get("/api/imports");
      expect(res?.status, r).toBe(allowed[r]);
      const form = new FormData();
      form.append("files", new Blob(["案号,立案日期\n"], { type: "text/csv" }), "cases.csv");
      const up = await clients[r]?.post("/api/imports/validate", form);
      // Allowed roles get the validation report (this file is rejected: required columns missing).
      expect(up?.status, r).toBe(allowed[r]);
      if (allowed[r] === 200 && up)
        expect(((await up.json()) as { report: { ok: boolean } }).report.ok).toBe(false);
    }
  });

  it("committing an upload: only the import roles (others 403; an unknown token 404)", async () => {
    const allowed: Record<RoleName, number> = {
      admin: 404,
      office: 404,
      president: 403,
      chief: 403,
      judge: 403,
      clerk: 404,
    };
    for (const r of ROLES) {
      const res = await clients[r]?.post("/api/imports/no-such-token-000/commit");
      expect(res?.status, r).toBe(allowed[r]);
    }
  });

  it("bulletins: the office, the president and administrators", async () => {
    const allowed: Record<RoleName, number> = {
      admin: 200,
      office: 200,
      president: 200,
      chief: 403,
      judge: 403,
      clerk: 403,
    };
    for (const r of ROLES) {
      for (const ext of ["xlsx", "docx"]) {
        const res = await clients[r]?.get(`/api/bulletins/2026-10.${ext}`);
        expect(res?.status, `${r} ${ext}`).toBe(allowed[r]);
      }
    }
  });

  it("the alert rule catalogue: every role that sees alerts", async () => {
    const allowed: Record<RoleName, number> = {
      admin: 200,
      office: 200,
      president: 200,
      chief: 200,
      judge: 200,
      clerk: 200,
    };
    for (const r of ROLES) expect((await clients[r]?.get("/api/alerts/rules"))?.status, r).toBe(allowed[r]);
  });

  it("everyone signed in may read their own identity and the meta data", async () => {
    for (const r of ROLES) {
      expect((await clients[r]?.get("/api/auth/me"))?.status, r).toBe(200);
      expect((await clients[r]?.get("/api/meta"))?.status, r).toBe(200);
    }
    expect((await fetch(`${app.url}/api/auth/me`)).status).toBe(401);
  });
});

describe("scope", () => {
  it("a chief sees only their division, in figures, lists and exports", async () => {
    const division = who.chief?.division as string;
    const panel = (await (await clients.chief?.get(`/api/indicators?${PERIOD}&by=division`))?.json()) as {
      groups: { key: string }[];
    };
    expect(panel.groups.map((g) => g.key)).toEqual([division]);
    const list = (await (await clients.chief?.get("/api/cases?pageSize=1000"))?.json()) as {
      rows: { division: string }[];
    };
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.division === division)).toBe(true);
    const xlsx = await clients.chief?.get(
      `/api/indicators/drill/export?indicator=filed&part=numerator&${PERIOD}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (xlsx as Response).arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    const divisions = new Set<string>();
    ws?.eachRow((row, n) => {
      if (n > 2) divisions.add(String(row.getCell(2).value));
    });
    expect([...divisions]).toEqual([division]);
    const alerts = (await (await clients.chief?.get("/api/alerts?pageSize=1000"))?.json()) as {
      rows: { division: string }[];
    };
    expect(alerts.rows.every((r) => r.division === division)).toBe(true);
  });

  it("a judge cannot open another judge's case (403, logged), but can open their own", async () => {
    const judge = who.judge?.judgeName as string;
    const other = await anyCaseId((r) => r.judge !== judge);
    const res = await clients.judge?.get(`/api/cases/${other}`);
    expect(res?.status).toBe(403);
    expect(((await (res as Response).json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const logged = await app.db.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "forbidden")
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    const own = await anyCaseId((r) => r.judge === judge);
    const mine = await clients.judge?.get(`/api/cases/${own}`);
    expect(mine?.status).toBe(200);
    const body = (await (mine as Response).json()) as {
      case: { judge: string };
      clock: { caseNumber: string };
      explanation: string[];
    };
    expect(body.case.judge).toBe(judge);
    expect(body.explanation.length).toBeGreaterThan(2);
  });

  it("a judge's drill-down and alerts are their own cases only", async () => {
    const judge = who.judge?.judgeName as string;
    const drill = (await (
      await clients.judge?.get(`/api/indicators/drill?indicator=filed&part=numerator&${PERIOD}&pageSize=1000`)
    )?.json()) as {
      total: number;
      rows: { judge: string }[];
    };
    expect(drill.total).toBeGreaterThan(0);
    expect(drill.rows.every((r) => r.judge === judge)).toBe(true);
  });
});

describe("writes", () => {
  it("acknowledging needs the CSRF token, and is limited to the scope", async () => {
    const list = (await (await clients.office?.get("/api/alerts?pageSize=200"))?.json()) as {
      rows: { id: number; judge: string; division: string }[];
    };
    const target = list.rows.find((r) => r.judge !== who.judge?.judgeName);
    expect(target).toBeDefined();
    if (!target) return;
    const noCsrf = await clients.office?.post(`/api/alerts/${target.id}/ack`, { note: "x" }, { csrf: false });
    expect(noCsrf?.status).toBe(403);
    expect(((await (noCsrf as Response).json()) as { error: { code: string } }).error.code).toBe("csrf");
    const byJudge = await clients.judge?.post(`/api/alerts/${target.id}/ack`, { note: "x" });
    expect(byJudge?.status).toBe(403);
    const byClerk = await clients.clerk?.post(`/api/alerts/${target.id}/ack`, { note: "x" });
    expect(byClerk?.status).toBe(403);
    const ok = await clients.office?.post(`/api/alerts/${target.id}/ack`, { note: "已电话督办" });
    expect(ok?.status).toBe(200);
    const body = (await (ok as Response).json()) as {
      alert: { state: string; note: string; acknowledgedBy: string };
    };
    expect(body.alert).toMatchObject({ state: "acknowledged", note: "已电话督办" });
  });

  it("limits failed sign-ins", async () => {
    const c = new ApiClient(app.url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await c.login("demo-office", `wrong-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("sets secure cookies and security headers", async () => {
    const res = await fetch(`${app.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: app.admin.username, password: app.admin.password }),
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith("sg_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  });

  it("serves the OpenAPI description", async () => {
    const res = await fetch(`${app.url}/api/docs/json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/indicators", "/api/alerts", "/api/cases/{id}"]),
    );
  });
});
