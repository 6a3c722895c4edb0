/**
 * Start to ready (wall) and RSS at ready of `npm start`'s entry (bench/lib/targets.ts watnuEntry) for each
 * Teams adapter, on PostgreSQL (existing schema) and PGlite (existing data
 * directory), in alternating order per round. With PROBE_ROOTS=name=/path,…
 * other builds (e.g. the base branch's) take turns too.
 *   tsx bench/adapter-start.bench.ts [rounds]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startCommand } from '../src/build/start-command.js';
import { root, rssMb, stopProcess } from './lib/processes.js';

const rounds = Number(process.argv[2] ?? 3);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const roots = (process.env.PROBE_ROOTS ?? `this=${root}`).split(',').map((s) => {
  const [name, path] = s.split('=') as [string, string];
  return { name, path: resolve(path) };
});
const adapters = ['botbuilder', 'teams-sdk'] as const;

async function startOnce(path: string, env: Record<string, string>): Promise<{ wall: number; rss: number }> {
  const t0 = performance.now();
  const start = startCommand(path);
  const child = spawn(process.execPath, [...start.nodeFlags, join(path, start.entry)], {
    cwd: path,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', TEAMS_DEFAULT_SCHOOL: 'proo-leiden', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ok, fail) => {
    let text = '';
    child.stdout!.on('data', (b: Buffer) => {
      text += b.toString();
      if (/WatNu is ready/.test(text)) ok();
    });
    child.stderr!.on('data', (b: Buffer) => {
      text += b.toString();
    });
    child.once('exit', (code) => fail(new Error(`exited ${code}: ${text.slice(-800)}`)));
  });
  const wall = Math.round(performance.now() - t0);
  const rss = rssMb(child.pid!);
  await stopProcess(child);
  return { wall, rss };
}

const rows: Array<{ build: string; adapter: string; db: string; wall: number; rss: number }> = [];
const dirs = new Map<string, string>();
for (let r = 0; r < rounds; r++) {
  const order = roots.flatMap((b) => adapters.map((a) => ({ b, a })));
  for (const { b, a } of r % 2 === 0 ? order : [...order].reverse()) {
    const schema = `watnu_start_${b.name}_${a}`.replace(/\W/g, '_');
    const key = `${b.name}-${a}`;
    if (!dirs.has(key)) {
      dirs.set(key, mkdtempSync(join(tmpdir(), 'watnu-start-')));
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
      // first starts create the schema and the data directory: not measured
      await startOnce(b.path, { TEAMS_ADAPTER: a, DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema });
      await startOnce(b.path, { TEAMS_ADAPTER: a, DATABASE_URL: '', DATA_DIR: dirs.get(key)! });
    }
    const pgRun = await startOnce(b.path, { TEAMS_ADAPTER: a, DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema });
    rows.push({ build: b.name, adapter: a, db: 'postgres', ...pgRun });
    const liteRun = await startOnce(b.path, { TEAMS_ADAPTER: a, DATABASE_URL: '', DATA_DIR: dirs.get(key)! });
    rows.push({ build: b.name, adapter: a, db: 'pglite', ...liteRun });
    console.log(`r${r} ${b.name.padEnd(6)} ${a.padEnd(10)} postgres ${pgRun.wall} ms ${pgRun.rss} MB | pglite ${liteRun.wall} ms ${liteRun.rss} MB`);
  }
}
for (const dir of dirs.values()) rmSync(dir, { recursive: true, force: true });
const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;
for (const b of roots) {
  for (const a of adapters) {
    for (const db of ['postgres', 'pglite']) {
      const sel = rows.filter((x) => x.build === b.name && x.adapter === a && x.db === db);
      console.log(`${b.name.padEnd(6)} ${a.padEnd(10)} ${db.padEnd(8)} start ${range(sel.map((x) => x.wall))} ms, RSS at ready ${range(sel.map((x) => x.rss))} MB`);
    }
  }
}
