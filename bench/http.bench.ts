/**
 * Turn throughput and latency through POST /api/messages (Teams, with a lean
 * Bot Connector on loopback) and POST /api/chat (web), at 1, 50 and 200
 * concurrent conversations, on PGlite and on PostgreSQL — and in the same run a
 * bare botbuilder echo bot on the same HTTP stack as the ceiling.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startLeanConnector } from './lib/fake-connector.js';
import { runLoad, runPaced } from './lib/load.js';
import { chatBody, teamsActivity } from './lib/payloads.js';
import { startProcess, stopProcess } from './lib/processes.js';
import type { LatencySummary } from './lib/stats.js';

export const concurrencies = [1, 50, 200] as const;
export type Endpoint = 'chat' | 'messages';
export interface MatrixRow {
  readonly server: 'watnu-pglite' | 'watnu-postgres' | 'echo';
  readonly endpoint: Endpoint;
  /** closed: back-to-back requests per user (capacity); paced: each conversation one turn every 2 s (felt latency). */
  readonly mode: 'closed' | 'paced';
  readonly concurrency: number;
  readonly result: LatencySummary;
}

const pacedIntervalMs = 2_000;

const durationMs = Number(process.env.BENCH_SECONDS ?? 6) * 1_000;
const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function loadMatrix(server: MatrixRow['server'], url: string, connector: string, log: (line: string) => void): Promise<MatrixRow[]> {
  const rows: MatrixRow[] = [];
  for (const endpoint of ['chat', 'messages'] as const) {
    for (const concurrency of concurrencies) {
      const prefix = `${server}-${endpoint}-${concurrency}`;
      const result = await runLoad({
        url: `${url}/api/${endpoint}`,
        concurrency,
        durationMs,
        warmupMs: 1_500,
        body: (user, n) => (endpoint === 'chat' ? chatBody(user, n, prefix) : teamsActivity(user, n, prefix, connector)),
      });
      rows.push({ server, endpoint, mode: 'closed', concurrency, result });
      log(`${server.padEnd(15)} ${endpoint.padEnd(8)} closed c=${String(concurrency).padEnd(4)} ${String(result.rps).padStart(8)} turns/s  p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms  errors ${result.errors}`);
    }
    const paced = await runPaced({
      url: `${url}/api/${endpoint}`,
      conversations: 200,
      intervalMs: pacedIntervalMs,
      durationMs: Math.max(durationMs, 8_000),
      body: (user, n) => (endpoint === 'chat' ? chatBody(user, n, `${server}-paced`) : teamsActivity(user, n, `${server}-paced`, connector)),
    });
    rows.push({ server, endpoint, mode: 'paced', concurrency: 200, result: paced });
    log(`${server.padEnd(15)} ${endpoint.padEnd(8)} paced  c=200  ${String(paced.rps).padStart(8)} turns/s  p50 ${paced.p50} ms  p95 ${paced.p95} ms  p99 ${paced.p99} ms  errors ${paced.errors}`);
  }
  return rows;
}

async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS watnu_bench CASCADE');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function runHttpMatrix(log: (line: string) => void): Promise<{ rows: MatrixRow[]; startupMs: Record<string, number>; postgres: boolean }> {
  const connector = await startLeanConnector();
  const rows: MatrixRow[] = [];
  const startupMs: Record<string, number> = {};
  const port = () => String(43_000 + Math.floor(Math.random() * 1_500));
  const common = { HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000', TEAMS_DEFAULT_SCHOOL: 'proo-leiden', WATNU_DEV_CLOCK: '' };
  const ready = /WatNu is ready: http:\/\/127\.0\.0\.1:(\d+)/;
  try {
    const echo = await startProcess('bench/servers/echo-server.ts', ['0'], {}, /ECHO READY (\d+)/);
    rows.push(...(await loadMatrix('echo', echo.url, connector.url, log)));
    await stopProcess(echo.child);

    const dataDir = mkdtempSync(join(tmpdir(), 'watnu-bench-'));
    const lite = await startProcess('src/main.ts', [], { ...common, PORT: port(), DATA_DIR: dataDir, DATABASE_URL: '' }, ready);
    startupMs['pglite'] = lite.readyMs;
    rows.push(...(await loadMatrix('watnu-pglite', lite.url, connector.url, log)));
    await stopProcess(lite.child);
    rmSync(dataDir, { recursive: true, force: true });

    const postgres = await postgresAvailable();
    if (postgres) {
      const server = await startProcess('src/main.ts', [], { ...common, PORT: port(), DATABASE_URL: postgresUrl, DATABASE_SCHEMA: 'watnu_bench' }, ready);
      startupMs['postgres'] = server.readyMs;
      rows.push(...(await loadMatrix('watnu-postgres', server.url, connector.url, log)));
      await stopProcess(server.child);
    } else {
      log(`PostgreSQL at ${postgresUrl} is not reachable: PostgreSQL rows skipped`);
    }
    return { rows, startupMs, postgres };
  } finally {
    await connector.stop();
  }
}
