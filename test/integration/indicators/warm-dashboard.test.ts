/**
 * The dashboard's first requests — built the way the web app builds them (web/src/features/
 * indicators/: pages/DashboardPage.tsx, components/GroupTable.tsx and TrendCard.tsx, defaults from
 * /api/meta) — are answered from the figures the server computed at start.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warmDashboard } from "../../../src/app/indicators/warm-dashboard.js";
import { appContext } from "../../../src/http/server.js";
import { ApiClient, startTestApp, type TestApp } from "../../helpers/app.js";

let app: TestApp;
let client: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ buildWeb: false, cases: 3000 });
  client = new ApiClient(app.url);
  const office = app.accounts.find((a) => a.role === "office");
  if (!office) throw new Error("no office account");
  await client.login(office.username, office.password);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe("warming the dashboard", () => {
  it("serves the dashboard's first screen from the warmed cache", async () => {
    const ctx = appContext(app.server);
    await warmDashboard(ctx);
    const meta = (await (await client.get("/api/meta")).json()) as {
      today: string;
      core: string[];
      dashboard: { tableIds: string[]; trendIds: string[] };
    };
    const from = `${meta.today.slice(0, 4)}-01-01`;
    const to = meta.today;
    const misses = ctx.cache.misses;
    const urls = [
      `/api/indicators?from=${from}&to=${to}&by=all&ids=${meta.core.join(",")}&compare=1`,
      `/api/indicators?from=${from}&to=${to}&by=division&ids=${meta.dashboard.tableIds.join(",")}`,
      `/api/indicators?from=${from}&to=${to}&by=all&ids=${meta.dashboard.tableIds.join(",")}`,
      `/api/indicators?from=${from}&to=${to}&by=month&ids=${meta.dashboard.trendIds.join(",")}`,
    ];
    for (const u of urls) expect((await client.get(u)).status, u).toBe(200);
    expect(ctx.cache.misses).toBe(misses);
  });
});
