/** Every route module of the API, registered under /api in this order. */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context.js";
import * as aftercare from "./aftercare/index.js";
import * as alerts from "./alerts/index.js";
import * as appraisals from "./appraisals/index.js";
import * as archiving from "./archiving/index.js";
import * as assessment from "./assessment/index.js";
import * as auth from "./auth/index.js";
import * as batches from "./batches/index.js";
import * as bulletins from "./bulletins/index.js";
import * as businessEnvironment from "./business-environment/index.js";
import * as caseRules from "./case-rules/index.js";
import * as cases from "./cases/index.js";
import * as chains from "./chains/index.js";
import * as courts from "./courts/index.js";
import * as imports from "./imports/index.js";
import * as inbox from "./inbox/index.js";
import * as indicators from "./indicators/index.js";
import * as loanForms from "./loan-forms/index.js";
import * as meetings from "./meetings/index.js";
import * as meta from "./meta/index.js";
import * as observations from "./observations/index.js";
import * as people from "./people/index.js";
import * as reportArchive from "./report-archive/index.js";
import * as reports from "./reports/index.js";
import * as reversals from "./reversals/index.js";
import * as review from "./review/index.js";
import * as reviewMeetings from "./review-meetings/index.js";
import * as signOff from "./sign-off/index.js";
import * as sixSources from "./six-sources/index.js";
import * as supervision from "./supervision/index.js";
import * as supervisionOrders from "./supervision-orders/index.js";
import * as terminationLibrary from "./termination-library/index.js";
import * as triage from "./triage/index.js";
import * as triageFlow from "./triage-flow/index.js";
import * as users from "./users/index.js";
import * as workflow from "./workflow/index.js";
import * as workload from "./workload/index.js";

export const ROUTE_MODULES: { register(app: FastifyInstance, ctx: AppContext): void }[] = [
  auth,
  meta,
  indicators,
  cases,
  alerts,
  imports,
  bulletins,
  users,
  workflow,
  people,
  supervision,
  signOff,
  inbox,
  supervisionOrders,
  workload,
  assessment,
  chains,
  reversals,
  reviewMeetings,
  caseRules,
  reportArchive,
  reports,
  meetings,
  review,
  observations,
  sixSources,
  batches,
  triageFlow,
  triage,
  loanForms,
  aftercare,
  terminationLibrary,
  businessEnvironment,
  appraisals,
  archiving,
  courts,
];
