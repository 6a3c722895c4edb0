import { type ChildProcess, spawn } from 'node:child_process';
import { projectRoot } from './content.js';

/**
 * Runs an entry as its own process (a TypeScript one under tsx, a built one in plain Node) and waits for the
 * line `ready` matches on stdout or stderr; its first group is the URL the
 * process listens on. Processes listen on a port the OS picks (PORT=0 in
 * `env`), so a restart never races another process for a port the test chose.
 */
export async function spawnUntilReady(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  name: string,
  nodeFlags: readonly string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  const args = entry.endsWith('.ts') ? [...nodeFlags, '--import', 'tsx', entry] : [...nodeFlags, entry];
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.match(ready);
      if (found) resolve(found[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before ready: ${output.slice(-2000)}`)));
  });
  return { child, url };
}

/** Stops a process with `signal` (SIGKILL: no shutdown at all) and waits for it to be gone. */
export async function stopSpawned(child: ChildProcess | null, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
