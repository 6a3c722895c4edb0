import type { ChildProcess, } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { openPostgresDb } from '../../src/store/postgres-db.js';
import { projectRoot } from '../helpers/content.js';
import { postgresAvailable } from '../helpers/test-app.js';
import { seededRandom } from '../../src/triage/model/seeded-random.js';
import { createHandoff } from './chat-handoff.js';
import { FakePlatform } from './fake-platform.js';
import { spawnWorker, stopWorker } from './worker-process.js';

/**
 * Two WatNu processes on one PostgreSQL database (a private schema), a
 * platform failing ~30% of calls (500s, 500s after the message arrived, 429s,
 * not_in_channel refusals, timeouts with and without arrival; and a third of
 * the "was it delivered?" checks failing), every turn of a conversation sent
 * to a random live instance, and SIGKILL of a random instance, restarted at
 * once. Escalations are made due (a time warp in the database) while both
 * instances run their timers. Counted at the end: nothing lost, nothing
 * delivered twice, no escalation fired twice. The numbers are printed.
 */
const handoffCount = Number(process.env.FAULT_HANDOFFS ?? 300);
const killCount = Number(process.env.FAULT_KILLS ?? 10);
const url = process.env.TEST_DATABASE_URL ?? '';
const schema = `t_${randomBytes(6).toString('hex')}`;
const work = mkdtempSync(join(tmpdir(), 'watnu-two-'));
const schoolsDir = join(work, 'schools');
const fake = new FakePlatform(
  { error500: 0.08, error500AfterRecording: 0.04, rateLimited: 0.06, refused: 0.05, slowAfterRecording: 0.04, slow: 0.03, checkFails: 0.3 },
  1_500,
);
const random = seededRandom(7);
const slackKey = (kind: string, id: string) => `${kind}:${id}:slack:CFAKE0001`;

interface Instance {
  readonly name: string;
  child: ChildProcess | null;
  /** Where it listens; each (re)start gets a port from the OS. */
  url: string;
}
const instances: Instance[] = [
  { name: 'a', child: null, url: '' },
  { name: 'b', child: null, url: '' },
];

async function start(instance: Instance, platformUrl: string): Promise<void> {
  ({ child: instance.child, url: instance.url } = await spawnWorker(
    {
      SCHOOLS_DIR: schoolsDir,
      DATABASE_URL: url,
      DATABASE_SCHEMA: schema,
      OUTBOX_LEASE_MS: '3000',
      DELIVERY_PROBE_MS: '1000',
      OUTBOX_RETRY_MAX_MS: '4000',
      RATE_LIMIT_PER_MINUTE: '100000',
      FAKE_PLATFORM_URL: platformUrl,
    },
    `instance ${instance.name}`,
  ));
}

async function kill(instance: Instance, signal: NodeJS.Signals): Promise<void> {
  const child = instance.child;
  instance.child = null;
  await stopWorker(child, signal);
}

const live = () => instances.filter((i) => i.child !== null);

/** A random live instance for the next turn. */
function anyLive(): string | null {
  const targets = live();
  const instance = targets[Math.floor(random() * targets.length)];
  return instance ? instance.url : null;
}

/** Time warp: every open handoff's next escalation step is due now (both instances' timers race for it). */
async function makeEscalationsDue(db: Db): Promise<number> {
  const rows = await db.query(`UPDATE handoffs SET next_escalation_at = now() - interval '1 second' WHERE status = 'open' AND next_escalation_at IS NOT NULL RETURNING id`);
  return rows.length;
}

let db: Db | null = null;
afterAll(async () => {
  for (const instance of instances) await kill(instance, 'SIGKILL');
  await fake.stop();
  await db?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
  await db?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!postgresAvailable)('two instances on one PostgreSQL under faults and SIGKILLs', () => {
  it(`${handoffCount} handoffs over two instances, a platform failing ~30% of calls, ${killCount} SIGKILLs: none lost, none twice, no escalation twice`, { timeout: 600_000 }, async () => {
    const started = performance.now();
    const platformUrl = await fake.start();
    cpSync(join(projectRoot, 'schools'), schoolsDir, { recursive: true });
    appendFileSync(join(schoolsDir, 'proo-leiden', 'school.yaml'), '\nchannels:\n  ib:\n    slack: { channelId: CFAKE0001 }\n');
    // The first start migrates the schema; the second starts against a migrated one.
    await start(instances[0]!, platformUrl);
    await start(instances[1]!, platformUrl);
    db = await openPostgresDb({ connectionString: url, schema, max: 2 });

    let confirmed = 0;
    let kills = 0;
    let warps = 0;
    let next = 0;
    const killEvery = Math.max(1, Math.floor(handoffCount / (killCount + 1)));
    const restarts: Array<Promise<void>> = [];
    while (confirmed < handoffCount) {
      const batch = Array.from({ length: Math.min(20, handoffCount - confirmed) }, () => `two-${next++}`);
      const results = await Promise.all(batch.map((id) => createHandoff(id, anyLive)));
      confirmed += results.filter(Boolean).length;
      if (kills < killCount && confirmed >= (kills + 1) * killEvery) {
        // SIGKILL a random live instance while its dispatcher is busy with the last batch, and start it again.
        const victim = live()[Math.floor(random() * live().length)];
        if (victim) {
          await kill(victim, 'SIGKILL');
          kills++;
          restarts.push(start(victim, platformUrl));
        }
        if (kills % 3 === 0) warps += (await makeEscalationsDue(db)) > 0 ? 1 : 0;
      }
      if (live().length === 0) await Promise.all(restarts.splice(0));
    }
    await Promise.all(restarts.splice(0));
    const created = performance.now();
    // Two more escalation steps for every open handoff (reminder, then the next level), with both instances up.
    for (let round = 0; round < 2; round++) {
      warps += (await makeEscalationsDue(db)) > 0 ? 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 2_500));
    }
    const warped = performance.now();

    // Drain: both instances deliver until nothing is pending, sending or waiting.
    let unsent = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 120 && unsent > 0; round++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE status <> 'sent'`);
      unsent = Number(rows[0]!.n);
    }
    const statuses = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM outbox GROUP BY status`);
    const handoffIds = (await db.query<{ id: string }>('SELECT id FROM handoffs')).map((r) => r.id);
    const counts = fake.countsByKey();
    const lost = handoffIds.filter((id) => !counts.has(slackKey('handoff', id)));
    const twice = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
    const escalationKeys = [...counts.keys()].filter((k) => k.startsWith('remind:') || k.startsWith('escalate:'));
    const auditTwice = await db.query<{ subject: string; action: string; level: string; n: number }>(
      `SELECT subject, action, detail->>'level' AS level, count(*)::int AS n FROM audit_log
       WHERE action IN ('handoff.reminded', 'handoff.escalated') GROUP BY subject, action, detail->>'level' HAVING count(*) > 1`,
    );
    const escalationsFired = await db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action IN ('handoff.reminded', 'handoff.escalated') GROUP BY action`,
    );
    const fired = Object.fromEntries(escalationsFired.map((r) => [r.action, Number(r.n)]));
    console.log(
      `two-instance fault run: ${confirmed} confirmed handoffs, ${handoffIds.length} in the database, ${kills} SIGKILLs, ${fake.calls} platform calls ` +
        `(${JSON.stringify(fake.answers)}), ${fake.checks} delivered-checks, ${fake.received.length} recorded deliveries; ` +
        `lost ${lost.length}, delivered twice ${twice.length}; reminders fired ${fired['handoff.reminded'] ?? 0}, escalations fired ${fired['handoff.escalated'] ?? 0}, ` +
        `escalation/reminder posts ${escalationKeys.length}, fired twice ${auditTwice.length}; outbox ${JSON.stringify(Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)])))}; ` +
        `${warps} escalation time warps; ${Math.round((performance.now() - started) / 1000)} s (handoffs ${Math.round((created - started) / 1000)} s, escalations ${Math.round((warped - created) / 1000)} s, drain ${Math.round((performance.now() - warped) / 1000)} s)`,
    );
    expect(kills).toBe(killCount);
    expect(unsent).toBe(0);
    expect(handoffIds.length).toBeGreaterThanOrEqual(handoffCount);
    expect(lost).toEqual([]);
    expect(twice).toEqual([]);
    expect(auditTwice).toEqual([]);
    expect(fired['handoff.escalated'] ?? 0).toBeGreaterThan(0);
  });
});
