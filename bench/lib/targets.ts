/**
 * The bots of the peer comparison, started as a deployment would start them,
 * each timed from spawn to its ready line with its RSS at that moment.
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startCommand } from '../../src/build/start-command.js';
import { root, rssMb, startProcess, stopProcess } from './processes.js';

export type TargetId = 'echo' | 'peer' | 'watnu-postgres' | 'watnu-pglite' | 'watnu-postgres-teams-sdk';

export interface Start {
  /** fresh: empty schema or data directory; existing: the second start on what the first one left. */
  readonly data: 'fresh' | 'existing' | 'none';
  readonly wall_ms: number;
  readonly rss_mb: number;
}

export interface Running {
  readonly id: TargetId;
  readonly url: string;
  readonly child: ChildProcess;
  /** false for the echo: it offers no buttons, its clicks are plain text. */
  readonly buttons: boolean;
  readonly starts: readonly Start[];
  /** TEAMS_ADAPTER as passed to a WatNu server (undefined: unset, the default teams-sdk adapter). */
  readonly teamsAdapter?: string;
  stop(): Promise<void>;
}

export const watnuReady = /WatNu is ready: http:\/\/127\.0\.0\.1:(\d+)/;

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether this checkout has the Teams SDK v2 adapter (TEAMS_ADAPTER=teams-sdk). */
export function teamsAdapterSupported(): boolean {
  return existsSync(join(root, 'src', 'channels', 'teams-sdk', 'teams-sdk-channel.ts'));
}

async function timed(entry: string, args: string[], env: Record<string, string | undefined>, ready: RegExp, data: Start['data']) {
  const started = await startProcess(entry, args, env, ready);
  return { started, start: { data, wall_ms: started.readyMs, rss_mb: rssMb(started.child.pid!) } satisfies Start };
}

export async function startEcho(): Promise<Running> {
  const { started, start } = await timed('bench/servers/echo-server.ts', ['0'], {}, /ECHO READY (\d+)/, 'none');
  return { id: 'echo', url: started.url, child: started.child, buttons: false, starts: [start], stop: () => stopProcess(started.child) };
}

export async function startPeer(postgresUrl: string, schema = 'bench_peer'): Promise<Running> {
  await dropSchema(postgresUrl, schema);
  const { started, start } = await timed('bench/servers/peer/server.ts', ['0', postgresUrl, schema], {}, /PEER READY (\d+)/, 'fresh');
  return { id: 'peer', url: started.url, child: started.child, buttons: true, starts: [start], stop: () => stopProcess(started.child) };
}

/** WatNu as `npm start` runs it: the build (made current by ensureWatnuBuild), not tsx. */
export const watnuEntry = startCommand(root).entry;

/** Builds dist/ (and the PGlite template) when sources changed, as `npm start` does. */
export function ensureWatnuBuild(): void {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-if-stale.mjs')], { cwd: root, stdio: 'inherit' });
}

/** The environment the bench gives every WatNu server (TEAMS_ADAPTER undefined: unset). */
export function watnuEnv(teamsAdapter: string | undefined): Record<string, string | undefined> {
  return {
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '100000',
    TEAMS_DEFAULT_SCHOOL: 'proo-leiden',
    WATNU_DEV_CLOCK: '',
    TEAMS_ADAPTER: teamsAdapter,
  };
}

/** Twice: on an empty schema, then again on what that start migrated and seeded. The second keeps running. */
export async function startWatnuPostgres(id: TargetId, postgresUrl: string, schema: string, teamsAdapter: string | undefined): Promise<Running> {
  await dropSchema(postgresUrl, schema);
  const env = { ...watnuEnv(teamsAdapter), DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema };
  const first = await timed(watnuEntry, [], env, watnuReady, 'fresh');
  await stopProcess(first.started.child);
  const second = await timed(watnuEntry, [], env, watnuReady, 'existing');
  const child = second.started.child;
  return { id, url: second.started.url, child, buttons: true, starts: [first.start, second.start], teamsAdapter, stop: () => stopProcess(child) };
}

/** Twice: on a new data directory, then again on it. The second keeps running; the directory goes when it stops. */
export async function startWatnuPglite(teamsAdapter: string | undefined): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'watnu-bench-peer-'));
  const env = { ...watnuEnv(teamsAdapter), DATA_DIR: dataDir, DATABASE_URL: '' };
  const first = await timed(watnuEntry, [], env, watnuReady, 'fresh');
  await stopProcess(first.started.child);
  const second = await timed(watnuEntry, [], env, watnuReady, 'existing');
  const child = second.started.child;
  return {
    id: 'watnu-pglite',
    url: second.started.url,
    child,
    buttons: true,
    starts: [first.start, second.start],
    teamsAdapter,
    stop: async () => {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
