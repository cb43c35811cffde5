#!/usr/bin/env node
/**
 * Runs before `npm test` (npm's `pretest`): prepares what the tests need on this machine, or says
 * exactly what to run.
 * - Debian's chromium for the browser tests (never a downloaded browser): installed with apt-get
 *   when it is missing and this user may install packages (root, or password-less sudo).
 * - A PostgreSQL server for the integration tests (SHENGUAN_TEST_PG, default
 *   postgres://postgres@127.0.0.1:5432/postgres): started with pg_ctlcluster when it is installed
 *   here but not running. The PostgreSQL half is never skipped silently: only
 *   SHENGUAN_TEST_PG=off runs SQLite alone.
 * Exits 1 with the command to run when something cannot be prepared.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PG = process.env.SHENGUAN_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

const problems = [];
const say = (s) => console.log(`pretest: ${s}`);

/** Runs a command quietly; its output is shown only when it fails. */
function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`.split("\n").slice(-30).join("\n"));
    console.error(`pretest: ${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
  }
  return r.status === 0;
}

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/** root runs apt-get itself; anyone else only through password-less sudo. */
function privileged() {
  if (process.getuid?.() === 0) return [];
  if (has("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0)
    return ["sudo", "-n"];
  return undefined;
}

function aptInstall(pkg) {
  const prefix = privileged();
  if (!prefix || !has("apt-get")) return false;
  const [cmd, ...pre] = prefix.length > 0 ? prefix : ["apt-get"];
  const argsOf = (...a) => (prefix.length > 0 ? [...pre, "apt-get", ...a] : a);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  say(`installing Debian's ${pkg} (apt-get install ${pkg}) …`);
  return run(cmd, argsOf("update", "-qq"), env) && run(cmd, argsOf("install", "-y", "-qq", pkg), env);
}

// ── chromium ─────────────────────────────────────────────────────────────────
if (!existsSync(CHROMIUM)) {
  if (process.env.CHROMIUM_PATH) {
    problems.push(`CHROMIUM_PATH=${CHROMIUM} does not exist: point it at a chromium binary, or unset it.`);
  } else if (!aptInstall("chromium") || !existsSync(CHROMIUM)) {
    problems.push(
      "The browser tests need Debian's chromium at /usr/bin/chromium. Run: sudo apt-get install chromium " +
        "(or set CHROMIUM_PATH to a chromium binary).",
    );
  }
}

// ── PostgreSQL ───────────────────────────────────────────────────────────────
function reachable(host, port) {
  return new Promise((resolve) => {
    const s = connect({ host, port, timeout: 2000 });
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("timeout", () => {
      s.destroy();
      resolve(false);
    });
    s.once("error", () => resolve(false));
  });
}

/** The port a Debian cluster (/etc/postgresql/<version>/main) listens on. */
function clusterPort(version) {
  try {
    const conf = readFileSync(`/etc/postgresql/${version}/main/postgresql.conf`, "utf8");
    const m = /^\s*port\s*=\s*(\d+)/m.exec(conf);
    return m ? Number(m[1]) : 5432;
  } catch {
    return 5432;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (PG !== "off") {
  let url;
  try {
    url = new URL(PG);
  } catch {
    problems.push(`SHENGUAN_TEST_PG=${PG} is not a postgres:// URL (or "off" to run SQLite only).`);
  }
  if (url) {
    const host = url.hostname || "127.0.0.1";
    const port = Number(url.port || 5432);
    const local = ["127.0.0.1", "localhost", "::1", "[::1]"].includes(host);
    if (!(await reachable(host, port))) {
      const clusters = existsSync("/etc/postgresql")
        ? readdirSync("/etc/postgresql").sort((a, b) => Number(b) - Number(a))
        : [];
      // The newest cluster installed here, when it is the one that listens on the port asked for.
      const version = clusters.find((v) => clusterPort(v) === port);
      if (local && version && has("pg_ctlcluster")) {
        say(`starting PostgreSQL ${version} (pg_ctlcluster ${version} main start) …`);
        const prefix = privileged() ?? [];
        const [cmd, ...pre] = prefix.length > 0 ? prefix : ["pg_ctlcluster"];
        const args = ["--skip-systemctl-redirect", version, "main", "start"];
        run(cmd, prefix.length > 0 ? [...pre, "pg_ctlcluster", ...args] : args);
        for (let i = 0; i < 30 && !(await reachable(host, port)); i++) await sleep(1000);
      }
      if (!(await reachable(host, port))) {
        const start = version
          ? `Run: sudo pg_ctlcluster ${version} main start`
          : clusters.length > 0
            ? `Start a PostgreSQL server on port ${port}`
            : "Run: sudo apt-get install postgresql && sudo pg_ctlcluster $(ls /etc/postgresql) main start";
        problems.push(
          `The integration tests run on SQLite and on PostgreSQL, and no PostgreSQL answers at ${host}:${port}. ` +
            `${start} — or point SHENGUAN_TEST_PG at a server (postgres://user@host:port/db), ` +
            "or set SHENGUAN_TEST_PG=off to run the SQLite half only.",
        );
      }
    }
  }
}

if (problems.length > 0) {
  console.error("\nnpm test cannot run here yet:");
  for (const p of problems) console.error(`  - ${p}`);
  console.error("");
  process.exit(1);
}
