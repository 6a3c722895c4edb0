/**
 * Group commit of session saves (issue 17): 20 conversations saving at once,
 * each save as its own statement (saveSessionWithAudit) against the same
 * saves through SessionWriter (a save that finds one in flight waits and
 * goes out with the others in one statement). Both storages; the order
 * alternates per round.
 *
 *   npx tsx bench/group-commit.bench.ts
 *
 * Prints saves per second and writes bench/results/group-commit.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newSession } from '../src/engine/advance.js';
import type { Db } from '../src/store/db.js';
import { migrate } from '../src/store/migrations.js';
import { openPgliteDb } from '../src/store/pglite-db.js';
import { pgliteTemplateAt } from '../src/store/pglite-template.js';
import { openPostgresDb } from '../src/store/postgres-db.js';
import { type SessionAudit, SessionWriter, saveSessionWithAudit } from '../src/store/session-repository.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const conversations = 20;
const savesEach = 150;
const rounds = 3;
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const audits: SessionAudit[] = [{ action: 'route.start', actor: 'u1', detail: { route: 'meldcode', dialog: null, step: null } }];

async function savesPerSecond(db: Db, writer: SessionWriter | null, versions: Map<string, number>, label: string): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: conversations }, async (_, c) => {
      const key = `web:bench-${label}-${c}`;
      for (let i = 0; i < savesEach; i++) {
        const previous = versions.get(key) ?? 0;
        const session = { ...newSession({ key, schoolId: 'proo-leiden', userId: 'u1', locale: 'nl', now: new Date() }), version: previous + 1 };
        if (writer) await writer.save(session, previous, audits);
        else await saveSessionWithAudit(db, session, previous, audits);
        versions.set(key, previous + 1);
      }
    }),
  );
  return Math.round((conversations * savesEach) / ((performance.now() - started) / 1000));
}

async function measure(kind: 'postgres' | 'pglite'): Promise<{ alone: number[]; grouped: number[] }> {
  const schema = `bench_group_${process.pid}`;
  const db =
    kind === 'postgres'
      ? await openPostgresDb({ connectionString: postgresUrl, schema, max: 10 })
      : await openPgliteDb('memory://', { template: pgliteTemplateAt(root), thread: 'worker' });
  await migrate(db);
  const writer = new SessionWriter(db);
  const versions = new Map<string, number>();
  const alone: number[] = [];
  const grouped: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0;
    if (first) alone.push(await savesPerSecond(db, null, versions, 'alone'));
    grouped.push(await savesPerSecond(db, writer, versions, 'grouped'));
    if (!first) alone.push(await savesPerSecond(db, null, versions, 'alone'));
  }
  if (kind === 'postgres') await db.query(`DROP SCHEMA ${schema} CASCADE`);
  await db.close();
  return { alone, grouped };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const result: Record<string, unknown> = { measured_at: new Date().toISOString(), load_average: loadavg(), conversations, saves_each: savesEach, rounds };
for (const kind of ['postgres', 'pglite'] as const) {
  const { alone, grouped } = await measure(kind);
  result[kind] = { saves_per_s_alone: alone, saves_per_s_grouped: grouped, ratio: Math.round((median(grouped) / median(alone)) * 100) / 100 };
  console.log(`${kind.padEnd(9)} ${conversations} conversations saving at once: alone ${median(alone)} saves/s, group commit ${median(grouped)} saves/s (x${(median(grouped) / median(alone)).toFixed(2)})`);
}
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'group-commit.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('wrote bench/results/group-commit.json');
