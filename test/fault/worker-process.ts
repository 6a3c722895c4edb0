import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../helpers/content.js';

/**
 * Starts test/fault/worker.ts (the real app with the fake platform as its Slack channel) on a port the OS
 * picks and waits until it listens; returns the process and the URL it listens on. A restart gets a new
 * port: a port chosen by the test could be taken by another process in between.
 */
export async function spawnWorker(env: Record<string, string>, name = 'worker'): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'test', 'fault', 'worker.ts')], {
    cwd: projectRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'error', DISPATCH_INTERVAL_MS: '100', SEND_TIMEOUT_MS: '800', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.match(/WORKER READY (http:\S+)/);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before ready: ${output.slice(-2000)}`)));
  });
  return { child, url };
}

/** Stops a worker with `signal` (SIGKILL: no shutdown at all) and waits for it to be gone. */
export async function stopWorker(child: ChildProcess | null, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
