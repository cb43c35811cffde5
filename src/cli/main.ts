import { Command } from "commander";
import { AppError } from "../app/shared/errors.js";
import { registerAlertsCommand } from "./alerts.js";
import { registerAssessCommand } from "./assess.js";
import { registerBackupCommands } from "./backup.js";
import { registerBatchesCommand } from "./batches.js";
import { registerBulletinCommand } from "./bulletin.js";
import { registerCasenoCommand } from "./caseno.js";
import { registerDemoCommand } from "./demo.js";
import { CliError } from "./errors.js";
import { registerFederationCommand } from "./federation.js";
import { registerImportCommand } from "./import.js";
import { registerIndicatorCommands } from "./indicators.js";
import { registerJobsCommand } from "./jobs.js";
import { registerLoanInterestCommand } from "./loan-interest.js";
import { registerOrdersCommand } from "./orders.js";
import { registerPeopleCommands } from "./people.js";
import { registerRefreshCommand } from "./refresh.js";
import { registerReportCommand } from "./report.js";
import { registerReversalsCommand } from "./reversals.js";
import { registerReviewCommand } from "./review.js";
import { registerStartCommand } from "./start.js";
import { registerSupervisionCommand } from "./supervision.js";
import { registerTimeLimitCommand } from "./time-limit.js";
import { registerTriageCommand } from "./triage.js";
import { registerUserCommands } from "./user.js";

/** Builds the `shenguan` command tree. Each subcommand lives in its own file. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name("shenguan")
    .description("审管 — 审判质效管理平台 (trial quality-and-efficiency management)")
    .version("0.1.0");
  registerStartCommand(program);
  registerCasenoCommand(program);
  registerTimeLimitCommand(program);
  registerImportCommand(program);
  registerDemoCommand(program);
  registerRefreshCommand(program);
  registerIndicatorCommands(program);
  registerAlertsCommand(program);
  registerBulletinCommand(program);
  registerUserCommands(program);
  registerOrdersCommand(program);
  registerPeopleCommands(program);
  registerSupervisionCommand(program);
  registerAssessCommand(program);
  registerReversalsCommand(program);
  registerJobsCommand(program);
  registerReportCommand(program);
  registerReviewCommand(program);
  registerLoanInterestCommand(program);
  registerBatchesCommand(program);
  registerTriageCommand(program);
  registerFederationCommand(program);
  registerBackupCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CliError) {
      console.error(err.message);
      process.exitCode = err.exitCode;
      return;
    }
    // A use case's refusal (Chinese message for people), e.g. an import on a federation node.
    if (err instanceof AppError) {
      console.error(err.message);
      process.exitCode = err.status === 400 ? 2 : 1;
      return;
    }
    throw err;
  }
}
