import type { ChildProcess, } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteDb } from '../../src/store/pglite-db.js';
import { projectRoot } from '../helpers/content.js';
import { createHandoff } from './chat-handoff.js';
import { FakePlatform } from './fake-platform.js';
import { spawnWorker, stopWorker } from './worker-process.js';

const handoffCount = Number(process.env.FAULT_HANDOFFS ?? 100);
const killCount = Number(process.env.FAULT_KILLS ?? 4);
const work = mkdtempSync(join(tmpdir(), 'watnu-fault-'));
const dataDir = join(work, 'data');
const schoolsDir = join(work, 'schools');
/** The running worker's URL (each restart listens on a new port). */
let base = '';
let worker: ChildProcess | null = null;
const fake = new FakePlatform({ error500: 0.12, rateLimited: 0.08, slowAfterRecording: 0.05, slow: 0.05 }, 1_500);

async function startWorker(platformUrl: string): Promise<void> {
  ({ child: worker, url: base } = await spawnWorker({
    DATA_DIR: dataDir,
    SCHOOLS_DIR: schoolsDir,
    DATABASE_URL: '',
    OUTBOX_LEASE_MS: '6000',
    OUTBOX_RETRY_MAX_MS: '4000',
    FAKE_PLATFORM_URL: platformUrl,
  }));
}

async function killWorker(signal: NodeJS.Signals): Promise<void> {
  const child = worker;
  worker = null;
  await stopWorker(child, signal);
}

/** Resolves once the fake platform got no call for `quietMs` (or after `maxMs`). */
async function platformQuiet(quietMs: number, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  let last = fake.calls + fake.checks;
  let since = Date.now();
  while (Date.now() < until && Date.now() - since < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = fake.calls + fake.checks;
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}

afterAll(async () => {
  await killWorker('SIGKILL');
  await fake.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('durable outbox under faults', () => {
  it(`${handoffCount} handoffs, a platform failing ~30% of calls, ${killCount} SIGKILLs: none lost, none delivered twice`, { timeout: 900_000 }, async () => {
    const platformUrl = await fake.start();
    cpSync(join(projectRoot, 'schools'), schoolsDir, { recursive: true });
    appendFileSync(join(schoolsDir, 'proo-leiden', 'school.yaml'), '\nchannels:\n  ib:\n    slack: { channelId: CFAKE0001 }\n');
    await startWorker(platformUrl);

    let confirmed = 0;
    let kills = 0;
    let next = 0;
    const killEvery = Math.max(1, Math.floor(handoffCount / (killCount + 1)));
    while (confirmed < handoffCount) {
      const batch = Array.from({ length: Math.min(10, handoffCount - confirmed) }, () => `f-${next++}`);
      const results = await Promise.all(batch.map((id) => createHandoff(id, () => base)));
      confirmed += results.filter(Boolean).length;
      if (kills < killCount && confirmed >= (kills + 1) * killEvery) {
        // Kill while the dispatcher is busy with the last batch.
        await killWorker('SIGKILL');
        kills++;
        await startWorker(platformUrl);
      }
    }

    // Drain: keep the worker up until the platform has heard nothing for longer than a lease plus the
    // longest backoff (however slow the machine), then stop it and check the database; again if needed.
    let pending = Number.POSITIVE_INFINITY;
    let handoffIds: string[] = [];
    for (let round = 0; round < 10 && pending > 0; round++) {
      await platformQuiet(12_000, 180_000);
      await killWorker('SIGKILL');
      const db = await openPgliteDb(dataDir);
      const rows = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM outbox GROUP BY status`);
      pending = rows.filter((r) => r.status !== 'sent').reduce((n, r) => n + Number(r.n), 0);
      handoffIds = (await db.query<{ id: string }>('SELECT id FROM handoffs')).map((r) => r.id);
      await db.close();
      if (pending > 0) await startWorker(platformUrl);
    }

    const counts = fake.countsByKey();
    const slackKey = (id: string) => `handoff:${id}:slack:CFAKE0001`;
    const lost = handoffIds.filter((id) => !counts.has(slackKey(id)));
    const twice = handoffIds.filter((id) => (counts.get(slackKey(id)) ?? 0) > 1);
    console.log(
      `fault run: ${confirmed} confirmed handoffs, ${handoffIds.length} in the database, ${kills} SIGKILLs, ` +
        `${fake.calls} platform calls, ${fake.received.length} recorded deliveries, lost ${lost.length}, twice ${twice.length}`,
    );
    expect(kills).toBe(killCount);
    expect(pending).toBe(0);
    expect(handoffIds.length).toBeGreaterThanOrEqual(handoffCount);
    expect(lost).toEqual([]);
    expect(twice).toEqual([]);
  });
});
