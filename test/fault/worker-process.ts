import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../helpers/content.js';

/** Starts test/fault/worker.ts (the real app with the fake platform as its Slack channel) and waits until it listens. */
export async function spawnWorker(env: Record<string, string>, name = 'worker'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'test', 'fault', 'worker.ts')], {
    cwd: projectRoot,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'error', DISPATCH_INTERVAL_MS: '100', SEND_TIMEOUT_MS: '800', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('WORKER READY')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before ready: ${output.slice(-2000)}`)));
  });
  return child;
}

/** Stops a worker with `signal` (SIGKILL: no shutdown at all) and waits for it to be gone. */
export async function stopWorker(child: ChildProcess | null, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
