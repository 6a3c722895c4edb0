/**
 * Handoff trigger → delivered to the embedded channel: the time between the
 * teacher's "Versturen" turn committing the handoff (outbox row) and the
 * dispatcher recording it as delivered in the IB inbox. Measured with one
 * in-process instance on PGlite, and with two WatNu processes on one
 * PostgreSQL database, each teacher's turns spread over both (the way WatNu
 * scales out; the two dispatchers share the outbox through leases).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../src/app/create-app.js';
import { findProjectRoot, loadConfig } from '../src/config.js';
import { createRootLogger } from '../src/log.js';
import type { Queryable } from '../src/store/db.js';
import { openPgliteDb } from '../src/store/pglite-db.js';
import { root, startProcess, stopProcess } from './lib/processes.js';
import { percentile, round } from './lib/stats.js';

export interface HandoffBenchResult {
  readonly handoffs: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
}

const steps = [{ text: 'overdracht' }, { choiceId: 'handoff/urgency/hoog' }, { text: 'K.L.' }, { text: '4' }, { choiceId: 'handoff/note-no' }, { choiceId: 'handoff/send' }];

/** `count` handoffs, 10 at a time; each turn goes to the next of `urls` in turn. */
async function sendHandoffs(urls: readonly string[], count: number): Promise<void> {
  let turn = 0;
  const post = async (conversationId: string, body: Record<string, unknown>) => {
    const url = urls[turn++ % urls.length]!;
    const response = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId, schoolId: 'proo-leiden', user: { id: `h-${conversationId}` }, ...body }),
    });
    await response.arrayBuffer();
  };
  const one = async (i: number) => {
    for (const step of steps) await post(`handoff-${i}`, step);
  };
  for (let i = 0; i < count; i += 10) await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, j) => one(i + j)));
}

async function deliveredTimes(q: Queryable, expected: number): Promise<number[]> {
  for (let round = 0; round < 100; round++) {
    const rows = await q.query<{ ms: number }>(
      `SELECT EXTRACT(EPOCH FROM (sent_at - created_at)) * 1000 AS ms FROM outbox WHERE kind = 'handoff' AND channel = 'web' AND status = 'sent'`,
    );
    if (rows.length >= expected || round === 99) return rows.map((r) => Number(r.ms));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [];
}

function summarise(ms: number[]): HandoffBenchResult {
  return { handoffs: ms.length, p50_ms: round(percentile(ms, 50)), p99_ms: round(percentile(ms, 99)), max_ms: round(Math.max(...ms)) };
}

export async function runHandoffBench(count = 300, log: (line: string) => void = console.log): Promise<HandoffBenchResult> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', DISPATCH_INTERVAL_MS: '1000' }, findProjectRoot());
  const db = await openPgliteDb('memory://');
  const app = await createApp(config, createRootLogger('silent'), { db });
  await sendHandoffs([app.url], count);
  await app.dispatcher.idle();
  const result = summarise(await deliveredTimes(db, count));
  await app.close();
  await db.close();
  log(`handoff → delivered (embedded inbox, 1 instance, PGlite): ${result.handoffs} handoffs, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, max ${result.max_ms} ms`);
  return result;
}

/** Two WatNu processes on one PostgreSQL schema; null when PostgreSQL is not reachable. */
export async function runTwoInstanceHandoffBench(count = 300, log: (line: string) => void = console.log): Promise<HandoffBenchResult | null> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
  } catch {
    log(`PostgreSQL at ${url} is not reachable: two-instance handoff bench skipped`);
    return null;
  }
  const env = { HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000', DATABASE_URL: url, DATABASE_SCHEMA: schema };
  const ready = /WatNu is ready: http:\/\/127\.0\.0\.1:(\d+)/;
  const first = await startProcess('src/main.ts', [], env, ready);
  const second = await startProcess('src/main.ts', [], env, ready);
  try {
    await sendHandoffs([first.url, second.url], count);
    await client.query(`SET search_path TO ${schema}`);
    const q: Queryable = { query: async <T>(sql: string, params?: readonly unknown[]) => (await client.query(sql, params as unknown[])).rows as T[] };
    const result = summarise(await deliveredTimes(q, count));
    log(`handoff → delivered (embedded inbox, 2 instances, PostgreSQL): ${result.handoffs} handoffs, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, max ${result.max_ms} ms`);
    return result;
  } finally {
    await stopProcess(first.child);
    await stopProcess(second.child);
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await client.end();
  }
}

/** `npm run bench:handoff`: this benchmark alone; its numbers replace the handoff entries of bench/results/latest.json. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 300);
  const one = await runHandoffBench(count);
  const two = await runTwoInstanceHandoffBench(count);
  const file = join(root, 'bench', 'results', 'latest.json');
  const latest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const updated = {
    ...latest,
    handoff_delivered_p50_ms: one.p50_ms,
    handoff_delivered_p99_ms: one.p99_ms,
    handoff_delivered_two_instances_postgres: two,
    handoff_measured_at: new Date().toISOString(),
    handoff_machine_load_average: loadavg().map((l) => round(l, 2)),
  };
  writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`);
  console.log('updated the handoff entries of bench/results/latest.json');
}
