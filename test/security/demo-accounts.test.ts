/**
 * The demo accounts' passwords are on the sign-in page — the office's among them, which sees the
 * whole court — so they exist only while the database holds only the demo court: an import by a
 * real account retires them, an import by a demo account trying the screen does not, and
 * `shenguan demo --remove` retires them by hand.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerDemoCommand } from "../../src/cli/demo.js";
import { ApiClient, startTestApp, type TestApp } from "../helpers/app.js";
import { captureConsole, programWith } from "../helpers/cli.js";

const CASE_HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ buildWeb: false, cases: 1500, years: 1 });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

async function demoAccounts(): Promise<string[]> {
  const res = await fetch(`${app.url}/api/auth/demo-accounts`);
  return ((await res.json()) as { accounts: { username: string }[] }).accounts.map((a) => a.username);
}

/** Validates and commits a one-case import as the client's user. */
async function importOneCase(c: ApiClient, caseNumber: string): Promise<void> {
  const division = app.accounts.find((a) => a.role === "judge")?.division as string;
  const form = new FormData();
  const csv = `${CASE_HEADER}\n${caseNumber},民间借贷纠纷,2026-11-02,简易程序,${division},王某,,\n`;
  form.append("files", new Blob([csv], { type: "text/csv" }), "cases.csv");
  const validated = (await (await c.post("/api/imports/validate", form)).json()) as { token: string | null };
  expect(validated.token).not.toBeNull();
  const res = await c.post(`/api/imports/${validated.token}/commit`);
  expect(res.status).toBe(200);
}

describe("demo accounts", () => {
  const office = () =>
    app.accounts.find((a) => a.role === "office") as { username: string; password: string };

  it("an import by a demo account (trying the screen) keeps them", async () => {
    const clerkAccount = app.accounts.find((a) => a.role === "clerk") as {
      username: string;
      password: string;
    };
    const clerk = new ApiClient(app.url);
    expect((await clerk.login(clerkAccount.username, clerkAccount.password)).status).toBe(200);
    await importOneCase(clerk, "（2026）内0602民初90101号");
    expect(await demoAccounts()).toContain(office().username);
  });

  it("the first import by a real account retires them: not listed, cannot sign in, sessions ended", async () => {
    const demoOffice = new ApiClient(app.url);
    expect((await demoOffice.login(office().username, office().password)).status).toBe(200);
    const root = new ApiClient(app.url);
    expect((await root.login(app.admin.username, app.admin.password)).status).toBe(200);
    await importOneCase(root, "（2026）内0602民初90102号");

    expect(await demoAccounts()).toEqual([]);
    expect((await demoOffice.get("/api/auth/me")).status).toBe(401);
    expect((await new ApiClient(app.url).login(office().username, office().password)).status).toBe(401);
    // The administrator goes on.
    expect((await root.get("/api/auth/me")).status).toBe(200);
  });
});

describe("shenguan demo --remove", () => {
  const output = captureConsole();

  it("retires the demo accounts of a database by hand", async () => {
    const fresh = await startTestApp({ buildWeb: false, cases: 300, years: 1 });
    try {
      const listed = async () =>
        ((await (await fetch(`${fresh.url}/api/auth/demo-accounts`)).json()) as { accounts: unknown[] })
          .accounts.length;
      expect(await listed()).toBeGreaterThan(0);
      const dbPath = fresh.db.location;
      await programWith(registerDemoCommand).parseAsync(["node", "x", "demo", "--remove", "--db", dbPath]);
      expect(output.out.join("\n")).toMatch(/已停用 \d+ 个演示账号/);
      expect(await listed()).toBe(0);
      await programWith(registerDemoCommand).parseAsync(["node", "x", "demo", "--remove", "--db", dbPath]);
      expect(output.out.at(-1)).toBe("没有在用的演示账号。");
    } finally {
      await fresh.close();
    }
  }, 120_000);

  it("asks for --out when generating", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shenguan-demo-cli-"));
    writeFileSync(join(dir, "x"), "");
    await expect(programWith(registerDemoCommand).parseAsync(["node", "x", "demo"])).rejects.toThrow(/--out/);
  });
});
