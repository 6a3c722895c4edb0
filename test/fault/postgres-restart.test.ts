import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { openPostgresDb } from '../../src/store/postgres-db.js';
import { HttpChat } from '../helpers/http-chat.js';
import { postgresAvailable, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * PostgreSQL goes away mid-run: the fast variant kills every server backend of
 * this app (what a restart does to its connections); FAULT_LONG=1 restarts the
 * whole local cluster. The bot reconnects and nothing is lost.
 */
const url = process.env.TEST_DATABASE_URL ?? '';
const schema = `t_${randomBytes(6).toString('hex')}`;
let db: Db;
let app: TestApp;

async function dropConnections(): Promise<number> {
  if (process.env.FAULT_LONG === '1') {
    execFileSync('bash', ['-c', 'pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart'], { stdio: 'ignore' });
    return -1;
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const rows = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [`watnu:${schema}`]);
    return rows.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe.skipIf(!postgresAvailable)('PostgreSQL restarted mid-run', () => {
  beforeAll(async () => {
    db = await openPostgresDb({ connectionString: url, schema, max: 4 });
    app = await startTestApp({ db });
  });
  afterAll(async () => {
    await app?.close();
    await db?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await db?.close();
  });

  it('the conversation goes on at the same step and every handoff is delivered', async () => {
    const chat = new HttpChat(app.url, 'proo-leiden', 'pg-restart');
    await chat.pressId('route/meldcode');
    await chat.press('signalen');
    for (let i = 0; i < 3; i++) {
      const other = new HttpChat(app.url, 'proo-leiden', `pg-restart-h${i}`);
      await other.say('overdracht');
      await other.press('handoff/urgency/hoog');
      await other.completeHandoff('G.H.', '5');
      const dropped = await dropConnections();
      expect(dropped).not.toBe(0);
    }
    await chat.press('gedaan');
    expect(chat.text).toContain('Stap 2');
    await app.dispatcher.idle();
    for (let i = 0; i < 50; i++) {
      const pending = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE status <> 'sent'`);
      if (Number(pending[0]!.n) === 0) break;
      app.dispatcher.kick();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const handoffs = await db.query<{ id: string }>('SELECT id FROM handoffs');
    const delivered = await db.query<{ n: number }>(`SELECT count(DISTINCT subject)::int AS n FROM outbox WHERE kind = 'handoff' AND status = 'sent'`);
    expect(handoffs).toHaveLength(3);
    expect(Number(delivered[0]!.n)).toBe(3);
    const inbox = (await app.get('/api/chat/inbox?schoolId=proo-leiden&channel=ib')).body.messages.filter((m: any) => m.kind === 'handoff');
    expect(inbox).toHaveLength(3);
  });
});
