import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../helpers/content.js';
import { spawnUntilReady, stopSpawned } from '../helpers/spawn-ready.js';

/**
 * Starts test/fault/worker.ts (the real app with the fake platform as its Slack channel) on a port the OS
 * picks and waits until it listens; returns the process and the URL it listens on.
 */
export function spawnWorker(env: Record<string, string>, name = 'worker'): Promise<{ child: ChildProcess; url: string }> {
  const defaults = { HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'error', DISPATCH_INTERVAL_MS: '100', SEND_TIMEOUT_MS: '800' };
  return spawnUntilReady(join(projectRoot, 'test', 'fault', 'worker.ts'), { ...defaults, ...env }, /WORKER READY (http:\S+)/, name);
}

/** Stops a worker with `signal` (SIGKILL: no shutdown at all) and waits for it to be gone. */
export const stopWorker = stopSpawned;
