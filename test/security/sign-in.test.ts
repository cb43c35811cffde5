/**
 * Sign-in as a hostile client tries it: invented X-Forwarded-For addresses, many accounts from one
 * address, a locked account, a password someone else set, and accounts an administrator manages.
 * Each server here starts on an empty database (no demo court), so its limits start afresh.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/http/start.js";
import { ApiClient } from "../helpers/app.js";

const running: { app: RunningApp; dir: string }[] = [];

async function server(options: { trustProxy?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "shenguan-sec-"));
  const app = await startApp({
    db: join(dir, "app.db"),
    port: 0,
    demo: false,
    buildWeb: false,
    warm: false,
    today: "2026-11-27",
    trustProxy: options.trustProxy,
  });
  running.push({ app, dir });
  if (!app.admin) throw new Error("no administrator was created");
  return { url: app.url, admin: app.admin };
}

afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.app.close();
    rmSync(r.dir, { recursive: true, force: true });
  }
});

function login(url: string, username: string, password: string, forwardedFor?: string) {
  return fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify({ username, password }),
  });
}

describe("sign-in limits", () => {
  it("locks an account after 5 wrong passwords, whatever address the client claims, and says until when", async () => {
    const { url, admin } = await server();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await login(url, admin.username, `wrong-${i}`, `203.0.113.${i}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    const locked = await login(url, admin.username, admin.password, "198.51.100.7");
    expect(locked.status).toBe(429);
    const body = (await locked.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("account-locked");
    expect(body.error.message).toMatch(/已暂时锁定，请于 \d{2}:\d{2}（北京时间）后再试/);
    // 15 minutes from the fifth failure, give or take the seconds the test took.
    const retry = Number(locked.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(14 * 60);
    expect(retry).toBeLessThanOrEqual(15 * 60);
  });

  it("refuses an address after 20 failures across accounts, even for an account it has not tried", async () => {
    const { url, admin } = await server();
    for (let i = 0; i < 20; i++) expect((await login(url, `nobody-${i}`, "wrong")).status).toBe(401);
    const res = await login(url, admin.username, admin.password);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("rate-limited");
  });

  it("believes X-Forwarded-For only from a proxy the setting names", async () => {
    // The test client connects from 127.0.0.1: named as the proxy, the addresses it reports count apart.
    const { url, admin } = await server({ trustProxy: "127.0.0.1" });
    for (let i = 0; i < 20; i++)
      expect((await login(url, `nobody-${i}`, "wrong", "203.0.113.9")).status).toBe(401);
    expect((await login(url, "someone", "wrong", "203.0.113.9")).status).toBe(429);
    expect((await login(url, admin.username, admin.password, "203.0.113.10")).status).toBe(200);
  });

  it("does not tell an unknown account from a known one by its lock", async () => {
    const { url } = await server();
    for (let i = 0; i < 5; i++) await login(url, "no-such-user", "wrong");
    const res = await login(url, "no-such-user", "wrong");
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("account-locked");
  });
});

describe("a password someone else set", () => {
  it("must be changed before anything else; then the account works", async () => {
    const { url, admin } = await server();
    const root = new ApiClient(url);
    expect((await root.login(admin.username, admin.password)).status).toBe(200);
    const added = await root.post("/api/users", {
      username: "analyst",
      displayName: "审管办分析员",
      role: "office",
    });
    expect(added.status).toBe(200);
    const { password } = (await added.json()) as { password: string };

    const c = new ApiClient(url);
    expect((await c.login("analyst", password)).status).toBe(200);
    const me = (await (await c.get("/api/auth/me")).json()) as { user: { mustChangePassword: boolean } };
    expect(me.user.mustChangePassword).toBe(true);
    const refused = await c.get("/api/meta");
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("must-change-password");

    expect((await c.post("/api/auth/password", { current: password, next: "analyst" })).status).toBe(400);
    expect((await c.post("/api/auth/password", { current: password, next: password })).status).toBe(400);
    expect(
      (await c.post("/api/auth/password", { current: password, next: "审管办-2026-新密码" })).status,
    ).toBe(204);
    expect((await c.get("/api/meta")).status).toBe(200);
    const after = (await (await c.get("/api/auth/me")).json()) as { user: { mustChangePassword: boolean } };
    expect(after.user.mustChangePassword).toBe(false);
    // The old password no longer opens the account; the new one does.
    expect((await new ApiClient(url).login("analyst", password)).status).toBe(401);
    expect((await new ApiClient(url).login("analyst", "审管办-2026-新密码")).status).toBe(200);
  });
});

describe("accounts an administrator manages", () => {
  it("a disabled account's sessions end; the last administrator stays", async () => {
    const { url, admin } = await server();
    const root = new ApiClient(url);
    await root.login(admin.username, admin.password);
    const added = (await (
      await root.post("/api/users", {
        username: "judge-1",
        role: "judge",
        judgeName: "王法官",
        division: "民一庭",
      })
    ).json()) as { account: { id: number; actions: string[] }; password: string };
    expect(added.account.actions).toEqual(["edit-account", "reset-password", "disable-account"]);
    const judge = new ApiClient(url);
    await judge.login("judge-1", added.password);
    expect((await judge.get("/api/auth/me")).status).toBe(200);

    const disabled = await root.patch(`/api/users/${added.account.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(((await disabled.json()) as { actions: string[] }).actions).toEqual([
      "edit-account",
      "reset-password",
      "enable-account",
    ]);
    expect((await judge.get("/api/auth/me")).status).toBe(401);

    const list = (await (await root.get("/api/users")).json()) as {
      rows: { id: number; username: string; actions: string[] }[];
    };
    const me = list.rows.find((r) => r.username === admin.username);
    // One's own account: no reset (one changes one's password oneself), no disabling.
    expect(me?.actions).toEqual(["edit-account"]);
    expect((await root.patch(`/api/users/${me?.id}`, { disabled: true })).status).toBe(403);
    const demoted = await root.patch(`/api/users/${me?.id}`, { role: "office" });
    expect(demoted.status).toBe(409);
    expect(((await demoted.json()) as { error: { message: string } }).error.message).toContain(
      "唯一在用的系统管理员",
    );
  });

  it("a judge's account needs a division", async () => {
    const { url, admin } = await server();
    const root = new ApiClient(url);
    await root.login(admin.username, admin.password);
    const res = await root.post("/api/users", { username: "judge-2", role: "judge", judgeName: "李法官" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe("division");
  });
});
