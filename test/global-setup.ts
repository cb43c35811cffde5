/**
 * Once per `vitest run`: a folder for the demo-court templates (test/helpers/demo-template.ts) —
 * each distinct demo configuration is seeded once into it and copied for every test that starts
 * an app — removed when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    demoTemplates: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "shenguan-templates-"));
  project.provide("demoTemplates", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
