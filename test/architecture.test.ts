/**
 * The architecture check (.dependency-cruiser.cjs, docs/architecture.md): the real code has no
 * violation, and the same check on a copy of it with forbidden imports planted names each one.
 */
import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const run = promisify(execFile);

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

/** Runs the check in `dir` (which holds src/, web/src/ and tsconfig.json); returns its violations. */
async function cruise(dir: string): Promise<Violation[]> {
  const bin = join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
  const { stdout } = await run(
    process.execPath,
    [bin, "src", "web/src", "--config", join(root, ".dependency-cruiser.cjs"), "--output-type", "json"],
    { cwd: dir, maxBuffer: 256 * 1024 * 1024 },
  ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? "" }));
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const copies: string[] = [];
afterAll(() => {
  for (const d of copies) rmSync(d, { recursive: true, force: true });
});

describe("architecture", () => {
  it("the code keeps every layer rule and has no import cycle", async () => {
    const violations = await cruise(root);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 120_000);

  it("names every forbidden import planted in a copy of the code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shenguan-arch-"));
    copies.push(dir);
    cpSync(join(root, "src"), join(dir, "src"), { recursive: true });
    cpSync(join(root, "web", "src"), join(dir, "web", "src"), { recursive: true });
    cpSync(join(root, "tsconfig.json"), join(dir, "tsconfig.json"));
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");

    const plant = (file: string, line: string) => appendFileSync(join(dir, file), `\n${line}\n`);
    // The domain reaches for the database; a route for storage; a use case for HTTP (which
    // imports use cases: a cycle too); the browser app for a use case's code.
    plant("src/domain/calendar/period.ts", 'export { openDb } from "../../db/connect.js";');
    plant("src/http/routes/alerts/index.ts", 'export { findAlert } from "../../../db/alerts/find-alert.js";');
    plant("src/app/alerts/list-alerts.ts", 'export { register } from "../../http/routes/alerts/index.js";');
    plant("web/src/main.tsx", 'export { listAlerts } from "../../src/app/alerts/list-alerts";');

    const found = (await cruise(dir)).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "domain-is-pure: src/domain/calendar/period.ts → src/db/connect.ts",
        "http-goes-through-app: src/http/routes/alerts/index.ts → src/db/alerts/find-alert.ts",
        "app-imports-below: src/app/alerts/list-alerts.ts → src/http/routes/alerts/index.ts",
        "web-imports-http-schemas-only: web/src/main.tsx → src/app/alerts/list-alerts.ts",
        "web-imports-types-only: web/src/main.tsx → src/app/alerts/list-alerts.ts",
      ]),
    );
    expect(
      found.some((f) => f.startsWith("no-circular: ")),
      found.join("\n"),
    ).toBe(true);
    // Nothing but what was planted (and the cycles it closes).
    const planted = [
      "src/domain/calendar/period.ts",
      "src/http/routes/alerts/index.ts",
      "src/app/",
      "web/src/main.tsx",
    ];
    for (const f of found) {
      if (f.startsWith("no-circular: ")) continue;
      expect(
        planted.some((p) => f.includes(`: ${p}`)),
        f,
      ).toBe(true);
    }
  }, 180_000);
});
