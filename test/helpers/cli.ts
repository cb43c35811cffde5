/**
 * Console capture for command-line tests: what the commands print with console.log and
 * console.error, one entry per call, emptied before each test; the exit code is reset around it.
 */
import { Command } from "commander";
import { afterEach, beforeEach, vi } from "vitest";

export interface CapturedConsole {
  out: string[];
  err: string[];
}

/** Registers the hooks in the calling test file; the arrays are the same objects throughout. */
export function captureConsole(): CapturedConsole {
  const captured: CapturedConsole = { out: [], err: [] };
  beforeEach(() => {
    captured.out.length = 0;
    captured.err.length = 0;
    vi.spyOn(console, "log").mockImplementation((...a) => void captured.out.push(a.join(" ")));
    vi.spyOn(console, "error").mockImplementation((...a) => void captured.err.push(a.join(" ")));
    process.exitCode = undefined;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  return captured;
}

/** A program with one command registered, throwing instead of exiting. */
export function programWith(register: (program: Command) => void): Command {
  const p = new Command();
  p.exitOverride();
  register(p);
  return p;
}
