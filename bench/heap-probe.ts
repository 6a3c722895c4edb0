/**
 * Where memory stays after load: starts this checkout's dist/ on PostgreSQL
 * (or PGlite) with --heapsnapshot-signal, warms up, writes a heap snapshot,
 * runs the paced load in N slices writing a snapshot after each, and prints
 * what grew between the snapshots (self size by constructor / string kind).
 *
 *   tsx bench/heap-probe.ts [postgres|pglite] [seconds per slice] [slices]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paced } from './lib/conversation-load.js';
import { startCapturingConnector } from './lib/fake-connector.js';
import { rssMb, startProcess, stopProcess } from './lib/processes.js';
import { dropSchema, watnuEntry, watnuEnv, watnuReady } from './lib/targets.js';

const db = (process.argv[2] ?? 'postgres') as 'postgres' | 'pglite';
const seconds = Number(process.argv[3] ?? 30);
const slices = Number(process.argv[4] ?? 2);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const snapDir = mkdtempSync(join(tmpdir(), 'watnu-heap-'));
const dataDir = mkdtempSync(join(tmpdir(), 'watnu-heap-data-'));
const schema = 'watnu_heap_probe';

if (db === 'postgres') await dropSchema(postgresUrl, schema);

// Node flags through NODE_OPTIONS, so the bench's own startProcess spawns it.
const nodeOptions = [process.env.NODE_OPTIONS, '--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapDir}`, process.env.HEAP_PROBE_FLAGS].filter(Boolean).join(' ');
const { child, url } = await startProcess(
  watnuEntry,
  [],
  {
    ...watnuEnv(undefined),
    NODE_OPTIONS: nodeOptions,
    ...(db === 'postgres' ? { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema } : { DATABASE_URL: '', DATA_DIR: dataDir }),
  },
  watnuReady,
);

const snapshots: string[] = [];
async function snapshot(): Promise<void> {
  const before = new Set(readdirSync(snapDir));
  child.kill('SIGUSR2');
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const added = readdirSync(snapDir).filter((f) => !before.has(f));
    if (added.length === 1) {
      const file = join(snapDir, added[0]!);
      // the snapshot is complete when its size stops changing
      let size = -1;
      for (;;) {
        const now = readFileSync(file).length;
        if (now === size && now > 0) break;
        size = now;
        await new Promise((r) => setTimeout(r, 700));
      }
      snapshots.push(file);
      console.log(`snapshot ${snapshots.length}: RSS ${rssMb(child.pid!)} MB`);
      return;
    }
  }
}

const connector = await startCapturingConnector();
const load = { url, pid: child.pid!, connector, prefix: 'warm', buttons: true };
await paced(load, 200, 2_000, 5_000);
await snapshot();
let turns = 0;
for (let i = 0; i < slices; i++) {
  const stats = await paced({ ...load, prefix: `s${i}` }, 200, 2_000, seconds * 1000);
  turns += stats.turns;
  console.log(`slice ${i + 1}: ${stats.turns} turns (total ${turns}), p99 ${stats.p99} ms, errors ${stats.errors}`);
  await new Promise((r) => setTimeout(r, 3_000));
  await snapshot();
}
await stopProcess(child);
await connector.stop();

type Totals = Map<string, { n: number; size: number }>;
function summarise(file: string): Totals {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  const meta = snap.snapshot.meta;
  const fields: string[] = meta.node_fields;
  const types: string[] = meta.node_types[0];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const totals: Totals = new Map();
  const nodes: number[] = snap.nodes;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + iType]!]!;
    const rawName: string = snap.strings[nodes[i + iName]!];
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' ? `(${type}) ${rawName.slice(0, 40).replace(/\s+/g, ' ')}` : `${type}:${rawName.slice(0, 60)}`;
    const key = type === 'string' || type === 'number' || type === 'concatenated string' || type === 'sliced string' ? `${type}` : name;
    const t = totals.get(key) ?? { n: 0, size: 0 };
    t.n++;
    t.size += nodes[i + iSize]!;
    totals.set(key, t);
  }
  return totals;
}
const sums = snapshots.map(summarise);
for (let i = 1; i < sums.length; i++) {
  const a = sums[i - 1]!;
  const b = sums[i]!;
  const rows = [...b.entries()]
    .map(([k, v]) => ({ k, dn: v.n - (a.get(k)?.n ?? 0), dsize: v.size - (a.get(k)?.size ?? 0) }))
    .filter((r) => r.dsize > 0)
    .sort((x, y) => y.dsize - x.dsize)
    .slice(0, 25);
  const total = (t: Totals) => [...t.values()].reduce((s, v) => s + v.size, 0);
  console.log(`\nsnapshot ${i} -> ${i + 1}: heap ${(total(a) / 1e6).toFixed(1)} -> ${(total(b) / 1e6).toFixed(1)} MB`);
  for (const r of rows) console.log(`  +${(r.dsize / 1e3).toFixed(0).padStart(7)} kB  +${String(r.dn).padStart(7)}  ${r.k}`);
}
if (process.env.HEAP_PROBE_KEEP !== '1') rmSync(snapDir, { recursive: true, force: true });
else console.log(`snapshots in ${snapDir}`);
rmSync(dataDir, { recursive: true, force: true });
