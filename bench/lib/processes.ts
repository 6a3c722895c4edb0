import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startCommand } from '../../src/build/start-command.js';

export const root = join(import.meta.dirname, '..', '..');

export interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  /** Wall time from spawn to "ready". */
  readonly readyMs: number;
  /** What the server printed on its ready line. */
  readonly line: string;
}

/**
 * Spawns an entry point (TypeScript through tsx, or built JavaScript) and waits for a line matching `ready`.
 * An `env` value of undefined removes that variable from the child's environment.
 */
export async function startProcess(entry: string, args: string[], env: Record<string, string | undefined>, ready: RegExp): Promise<Started> {
  const started = performance.now();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  // Built JavaScript starts without tsx; WatNu's build with the node flags of `npm start`.
  const start = startCommand(root);
  const loader = !entry.endsWith('.js') ? ['--import', 'tsx'] : entry === start.entry ? start.nodeFlags : [];
  const child = spawn(process.execPath, [...loader, resolve(root, entry), ...args], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let isReady = false;
    const onData = (chunk: Buffer) => {
      // After the ready line only the tail is kept (for an exit message): a server logging every turn
      // would otherwise grow this string, and the matching, for the whole run.
      output = isReady ? (output + chunk.toString()).slice(-2_000) : output + chunk.toString();
      if (isReady) return;
      const match = output.match(ready);
      if (match) {
        isReady = true;
        resolve({ child, url: `http://127.0.0.1:${match[1]}`, readyMs: Math.round(performance.now() - started), line: match[0] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}: ${output.slice(-1500)}`)));
  });
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Resident set size of a process, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU time (user + system) a process has used so far, from /proc/<pid>/stat (Linux, 100 ticks per second). */
export function cpuMs(pid: number): number {
  return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // after the command: state is field 3, utime 14 and stime 15 (1-based over the whole line)
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time used so far by each process of the local PostgreSQL server (command name "postgres": postmaster, backends, WAL writer…), by pid, from /proc. */
export function postgresServerCpu(): ReadonlyMap<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === 'postgres') byPid.set(Number(entry), statCpuMs(stat));
  }
  return byPid;
}

/**
 * The PostgreSQL server's CPU between two readings of postgresServerCpu: the
 * processes alive at the end, each from its first reading (0 when it started
 * in between). A process that ended in between took its time with it and is
 * not counted, so this is a lower bound; it is never negative.
 */
export function postgresCpuSince(before: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresServerCpu()) total += ms - (before.get(pid) ?? 0);
  return total;
}
