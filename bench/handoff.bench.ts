/**
 * Handoff trigger → delivered to the embedded channel: the time between the
 * teacher's "Versturen" turn committing the handoff (outbox row) and the
 * dispatcher recording it as delivered in the IB inbox.
 */
import { createApp } from '../src/app/create-app.js';
import { findProjectRoot, loadConfig } from '../src/config.js';
import { createRootLogger } from '../src/log.js';
import { openPgliteDb } from '../src/store/pglite-db.js';
import { percentile, round } from './lib/stats.js';

export async function runHandoffBench(count = 300, log: (line: string) => void = console.log) {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', DISPATCH_INTERVAL_MS: '1000' }, findProjectRoot());
  const db = await openPgliteDb('memory://');
  const app = await createApp(config, createRootLogger('silent'), { db });
  const post = async (conversationId: string, body: Record<string, unknown>) => {
    const response = await fetch(`${app.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId, schoolId: 'proo-leiden', user: { id: `h-${conversationId}` }, ...body }),
    });
    await response.arrayBuffer();
  };
  const one = async (i: number) => {
    const c = `handoff-${i}`;
    for (const step of [{ text: 'overdracht' }, { choiceId: 'handoff/urgency/hoog' }, { text: 'K.L.' }, { text: '4' }, { choiceId: 'handoff/note-no' }, { choiceId: 'handoff/send' }]) {
      await post(c, step);
    }
  };
  for (let i = 0; i < count; i += 10) await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, j) => one(i + j)));
  await app.dispatcher.idle();
  const rows = await db.query<{ ms: number }>(
    `SELECT EXTRACT(EPOCH FROM (sent_at - created_at)) * 1000 AS ms FROM outbox WHERE kind = 'handoff' AND channel = 'web' AND status = 'sent'`,
  );
  const ms = rows.map((r) => Number(r.ms));
  await app.close();
  await db.close();
  const result = { handoffs: ms.length, p50_ms: round(percentile(ms, 50)), p99_ms: round(percentile(ms, 99)), max_ms: round(Math.max(...ms)) };
  log(`handoff → delivered (embedded inbox): ${result.handoffs} handoffs, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, max ${result.max_ms} ms`);
  return result;
}
