import { randomBytes } from 'node:crypto';
import { type AppOptions, createApp, type RunningApp } from '../../src/app/create-app.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/store/db.js';
import { openPgliteDb } from '../../src/store/pglite-db.js';
import { pgliteTemplateAt } from '../../src/store/pglite-template.js';
import { openPostgresDb } from '../../src/store/postgres-db.js';
import { projectRoot } from './content.js';
import { testLogger } from './test-log.js';

export interface TestApp extends RunningApp {
  chat(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

export type Storage = 'pglite' | 'pglite-worker' | 'postgres';

/** A fresh database: in-memory PGlite (on this thread, or in a worker thread as the server runs it), or a private schema on the local PostgreSQL. */
export async function openTestDb(storage: Storage = 'pglite'): Promise<Db> {
  // Loaded from the build's pre-initialised template when there is one (0.6 s instead of initdb's 2–4 s).
  if (storage === 'pglite') return openPgliteDb('memory://', { template: pgliteTemplateAt(projectRoot) });
  if (storage === 'pglite-worker') return openPgliteDb('memory://', { template: pgliteTemplateAt(projectRoot), thread: 'worker' });
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const db = await openPostgresDb({ connectionString: url, schema, max: 4 });
  return {
    ...db,
    async close() {
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.close();
    },
  };
}

/** The Teams adapter the suite runs against (vitest.config.ts: the botbuilder project sets TEAMS_ADAPTER; unset, the default teams-sdk). */
export const teamsAdapterUnderTest: Record<string, string> = process.env.TEAMS_ADAPTER ? { TEAMS_ADAPTER: process.env.TEAMS_ADAPTER } : {};

export const postgresAvailable = Boolean(process.env.TEST_DATABASE_URL);

/** Starts WatNu in-process on a free loopback port with its own database. */
export async function startTestApp(options: AppOptions & { env?: Record<string, string>; storage?: Storage } = {}): Promise<TestApp> {
  const config = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', WATNU_DEV_CLOCK: '1', DISPATCH_INTERVAL_MS: '50', RATE_LIMIT_PER_MINUTE: '100000', ...teamsAdapterUnderTest, ...options.env },
    projectRoot,
  );
  const db = options.db ?? (await openTestDb(options.storage));
  const app = await createApp(config, testLogger(), { ...options, db });
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* non-JSON bodies stay text */
    }
    return { status: response.status, body: parsed as any };
  };
  return {
    ...app,
    async close() {
      await app.close();
      if (!options.db) await db.close();
    },
    chat: (body, headers) => request('POST', '/api/chat', body, headers),
    get: (path, headers) => request('GET', path, undefined, headers),
    post: (path, body, headers) => request('POST', path, body, headers),
  };
}

/** Fires due timers, then delivers everything the outbox has due, until nothing is left. */
export async function settleDue(app: Pick<RunningApp, 'timers' | 'dispatcher'>): Promise<void> {
  await app.timers.tick();
  while ((await app.dispatcher.runOnce()) > 0) {
    /* deliver everything due */
  }
}
