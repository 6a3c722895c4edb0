import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteDb } from '../../src/store/pglite-db.js';
import { projectRoot } from '../helpers/content.js';
import { FakePlatform } from './fake-platform.js';

const handoffCount = Number(process.env.FAULT_HANDOFFS ?? 500);
const killCount = Number(process.env.FAULT_KILLS ?? 20);
const work = mkdtempSync(join(tmpdir(), 'watnu-fault-'));
const dataDir = join(work, 'data');
const schoolsDir = join(work, 'schools');
const port = 41_000 + Math.floor(Math.random() * 2_000);
const base = `http://127.0.0.1:${port}`;
let worker: ChildProcess | null = null;
const fake = new FakePlatform({ error500: 0.12, rateLimited: 0.08, slowAfterRecording: 0.05, slow: 0.05 }, 1_500);

async function startWorker(platformUrl: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'test', 'fault', 'worker.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SCHOOLS_DIR: schoolsDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'error',
      DISPATCH_INTERVAL_MS: '100',
      OUTBOX_LEASE_MS: '6000',
      SEND_TIMEOUT_MS: '800',
      FAKE_PLATFORM_URL: platformUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker = child;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('WORKER READY')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before ready: ${output.slice(-2000)}`)));
  });
}

async function killWorker(signal: NodeJS.Signals): Promise<void> {
  const child = worker;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
  worker = null;
}

async function post(conversationId: string, message: Record<string, string>): Promise<string | null> {
  try {
    const response = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId, schoolId: 'proo-leiden', user: { id: `t-${conversationId}` }, ...message }),
    });
    if (response.status !== 200) return null;
    const body = (await response.json()) as { replies: Array<{ text: string }> };
    return body.replies.map((r) => r.text).join('\n');
  } catch {
    return null; // the worker was killed mid-request
  }
}

/** One handoff through the real chat flow; true once the bot confirmed it. */
async function createHandoff(conversationId: string): Promise<boolean> {
  const steps: Array<Record<string, string>> = [
    { text: 'overdracht' },
    { choiceId: 'handoff/urgency/hoog' },
    { text: 'K.L.' },
    { text: '4' },
    { choiceId: 'handoff/send' },
  ];
  for (const step of steps) {
    const text = await post(conversationId, step);
    if (text === null) return false;
    if (step.choiceId === 'handoff/send') return text.includes('Doorgegeven');
  }
  return false;
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
      const results = await Promise.all(batch.map(createHandoff));
      confirmed += results.filter(Boolean).length;
      if (kills < killCount && confirmed >= (kills + 1) * killEvery) {
        // Kill while the dispatcher is busy with the last batch.
        await killWorker('SIGKILL');
        kills++;
        await startWorker(platformUrl);
      }
    }

    // Drain: keep the worker up until every outbox item is sent, checking the database between runs.
    let pending = Number.POSITIVE_INFINITY;
    let handoffIds: string[] = [];
    for (let round = 0; round < 40 && pending > 0; round++) {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await killWorker('SIGTERM');
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
