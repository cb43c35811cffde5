/**
 * The demo court's people and workflows, seeded after its cases: the staff register first, then
 * 督办单, 四类案件 and 阅核 drafts in every state — each taken through the workflows' own use cases,
 * so that their traces are real.
 */
import type { Db } from "../../db/connect.js";
import { seedDemoAftercare } from "./seed-demo-aftercare.js";
import { seedDemoAppraisals } from "./seed-demo-appraisals.js";
import { seedDemoBatches } from "./seed-demo-batches.js";
import { seedDemoJobs } from "./seed-demo-jobs.js";
import { seedDemoLoanForms } from "./seed-demo-loan-forms.js";
import { seedDemoMeetings } from "./seed-demo-meetings.js";
import { seedDemoOrders } from "./seed-demo-orders.js";
import { seedDemoPeople } from "./seed-demo-people.js";
import { seedDemoReversals } from "./seed-demo-reversals.js";
import { seedDemoReview } from "./seed-demo-review.js";
import { seedDemoSignOff } from "./seed-demo-sign-off.js";
import { seedDemoSupervision } from "./seed-demo-supervision.js";
import { seedDemoTermination } from "./seed-demo-termination.js";
import { seedDemoTriage } from "./seed-demo-triage.js";
import { seedDemoWorkload } from "./seed-demo-workload.js";

export type DemoSeeder = (handle: Db, asOf: string) => Promise<void>;

/** In order: each capability adds its seeder here. */
export const DEMO_WORKFLOW_SEEDERS: DemoSeeder[] = [
  seedDemoPeople,
  seedDemoOrders,
  seedDemoSupervision,
  seedDemoSignOff,
  seedDemoWorkload,
  seedDemoReversals,
  seedDemoMeetings,
  seedDemoReview,
  seedDemoBatches,
  seedDemoTriage,
  seedDemoLoanForms,
  seedDemoAftercare,
  seedDemoTermination,
  seedDemoAppraisals,
  // Last: it archives reports computed from everything above.
  seedDemoJobs,
];

export async function seedDemoWorkflows(
  handle: Db,
  asOf: string,
  options: { archiveReports?: boolean } = {},
): Promise<void> {
  for (const seed of DEMO_WORKFLOW_SEEDERS) {
    if (seed === seedDemoJobs && options.archiveReports === false) continue;
    await seed(handle, asOf);
  }
}
