/**
 * What the worker threads (case passes, import sheets) share: whether a worker's compiled code is
 * there, and the flow control between a worker and the thread it feeds.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { MessagePort } from "node:worker_threads";

/**
 * Workers run compiled code: from the TypeScript sources (the test runner) there is none, and the
 * callers take their single-thread paths instead.
 */
export function compiledWorkerExists(url: URL): boolean {
  return url.pathname.endsWith(".js") && existsSync(fileURLToPath(url));
}

/**
 * Flow control: up to `ahead` messages may be in flight; every message the receiver sends back
 * ("more") allows one more, so memory stays bounded when the receiver is the slower side.
 * Returns a function to await before each send.
 */
export function sendingCredits(port: MessagePort, ahead: number): () => Promise<void> {
  let credits = ahead;
  let wake: (() => void) | undefined;
  port.on("message", () => {
    credits++;
    wake?.();
  });
  return async () => {
    while (credits === 0)
      await new Promise<void>((r) => {
        wake = r;
      });
    credits--;
  };
}
