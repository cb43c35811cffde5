/**
 * /api/assessment over HTTP on a small demo court: a faulty scheme answers 400 naming the item and
 * field (every fault listed), a chief may not write schemes and reads only their division's units,
 * and the demo court's example scheme scores every division.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, startTestApp, type TestApp } from "../../helpers/app.js";

let app: TestApp;
const office = { client: undefined as unknown as ApiClient };
const chief = { client: undefined as unknown as ApiClient, division: "" };

beforeAll(async () => {
  app = await startTestApp({ buildWeb: false, cases: 1500 });
  const o = app.accounts.find((a) => a.role === "office");
  const c = app.accounts.find((a) => a.role === "chief");
  if (!o || !c) throw new Error("no demo office or chief account");
  office.client = new ApiClient(app.url);
  expect((await office.client.login(o.username, o.password)).status).toBe(200);
  chief.client = new ApiClient(app.url);
  expect((await chief.client.login(c.username, c.password)).status).toBe(200);
  chief.division = c.division ?? "";
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const PERIOD = "from=2026-01-01&to=2026-11-27";

interface ErrorBody {
  error: {
    code: string;
    message: string;
    field?: string;
    errors?: { index: number; field: string; message: string }[];
  };
}

describe("/api/assessment", () => {
  it("refuses a faulty scheme with 400, naming the first item and field and listing every fault", async () => {
    const res = await office.client.post("/api/assessment/schemes", {
      name: "错误的考核办法",
      version: "1",
      effectiveFrom: "2026-01-01",
      items: [
        { indicator: "on_time_rate", weight: 20, method: "range", min: 0.95, step: 0.01, penalty: 2 },
        { indicator: "clearance_rate", weight: 15, method: "target", floor: 0.8 },
        { indicator: "mediation_rate", weight: -1, method: "relative" },
      ],
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.field).toBe("items.2.target");
    expect(body.error.message).toBe(
      "考核办法有误：第 2 项（clearance_rate）：缺少参数 target（目标值）；第 3 项（mediation_rate）：权重 weight 应大于 0，实为 -1",
    );
    expect(body.error.errors?.map((e) => [e.index, e.field])).toEqual([
      [2, "target"],
      [3, "weight"],
    ]);
    const list = (await (await office.client.get("/api/assessment/schemes")).json()) as {
      schemes: unknown[];
    };
    expect(list.schemes).toHaveLength(1);
  });

  it("a chief may not write schemes, and reads only their division's units", async () => {
    const res = await chief.client.post("/api/assessment/schemes", {
      name: "庭长的办法",
      version: "1",
      effectiveFrom: "2026-01-01",
      items: [{ indicator: "mediation_rate", weight: 10, method: "relative" }],
    });
    expect(res.status).toBe(403);
    const byDivision = (await (await chief.client.get(`/api/assessment/results?${PERIOD}`)).json()) as {
      units: { key: string }[];
    };
    expect(byDivision.units.map((u) => u.key)).toEqual([chief.division]);
    const byJudge = (await (await chief.client.get(`/api/assessment/results?${PERIOD}&by=judge`)).json()) as {
      units: { key: string }[];
    };
    expect(byJudge.units.length).toBeGreaterThan(0);
    for (const u of byJudge.units) expect(u.key.startsWith(`${chief.division} / `)).toBe(true);
  });

  it("the demo court's example scheme scores every division with a total", async () => {
    const r = (await (await office.client.get(`/api/assessment/results?${PERIOD}`)).json()) as {
      scheme: { name: string; version: string };
      units: { key: string; total: number | null; items: unknown[] }[];
    };
    expect(r.scheme).toMatchObject({ name: "2024年度审判质效考核办法", version: "2024-01" });
    const panel = (await (
      await office.client.get(`/api/indicators?${PERIOD}&by=division&ids=closed`)
    ).json()) as {
      groups: { key: string }[];
    };
    expect(r.units.map((u) => u.key).sort()).toEqual(panel.groups.map((g) => g.key).sort());
    for (const u of r.units) {
      expect(u.items).toHaveLength(14);
      expect(u.total).not.toBeNull();
      expect(u.total as number).toBeGreaterThanOrEqual(0);
      expect(u.total as number).toBeLessThanOrEqual(100);
    }
  });
});
