/**
 * Where the paced tail comes from: WatNu builds (this checkout's dist/, and
 * optionally others given as PROBE_ROOTS=name=/path,…) run in turns under the
 * peer comparison's paced load (200 conversations × one turn per ~2 s), each
 * with bench/lib/loop-probe.mjs preloaded (event-loop delay, GC pauses, loop
 * stalls during the measured window) and optionally --cpu-prof.
 *
 *   tsx bench/paced-probe.ts [pglite|postgres] [seconds] [rounds]
 *   PROBE_ROOTS=base=/work/wt-base,new=/work/wt-perf3,bb=/work/wt-perf3=TEAMS_ADAPTER:botbuilder PROBE_CPU_PROF=1 …
 *   PROBE_CLOSED=20 …   (a closed loop of 20 conversations instead of the paced load)
 *
 * Numbers, not assertions; the order of the builds alternates per round.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { closedLoop, paced } from './lib/conversation-load.js';
import { startCapturingConnector } from './lib/fake-connector.js';
import { startCommand } from '../src/build/start-command.js';
import { root, rssMb, stopProcess } from './lib/processes.js';
import { watnuEnv } from './lib/targets.js';

const db = (process.argv[2] ?? 'postgres') as 'postgres' | 'pglite';
const seconds = Number(process.argv[3] ?? 12);
const rounds = Number(process.argv[4] ?? 2);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const roots = (process.env.PROBE_ROOTS ?? `this=${root}`).split(',').map((s) => {
  // name=path or name=path=node flags (space-separated, e.g. --max-semi-space-size=32)
  const [name, path, flags] = s.split('=', 3) as [string, string, string | undefined];
  const rest = s.split('=').slice(2).join('=');
  // tokens KEY:value are environment variables for that server (e.g. TEAMS_ADAPTER:botbuilder), the rest node flags
  const tokens = flags === undefined ? [] : rest.split(' ').filter(Boolean);
  const env = Object.fromEntries(tokens.filter((t) => /^[A-Z_]+:/.test(t)).map((t) => [t.slice(0, t.indexOf(':')), t.slice(t.indexOf(':') + 1)]));
  return { name, path: resolve(path), flags: tokens.filter((t) => !/^[A-Z_]+:/.test(t)), env };
});
const probe = join(root, 'bench', 'lib', 'loop-probe.mjs');
const closed = Number(process.env.PROBE_CLOSED ?? 0);

async function start(variant: { name: string; path: string; flags: string[]; env: Record<string, string> }, tag: string) {
  const out = join(tmpdir(), `loop-probe-${variant.name}-${tag}.json`);
  rmSync(out, { force: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'watnu-probe-'));
  const schema = `watnu_probe_${variant.name}`.replace(/\W/g, '_');
  if (db === 'postgres') {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  const profDir = join(tmpdir(), `watnu-cpuprof-${variant.name}-${tag}`);
  // npm start's node flags of that checkout first, so a variant's own flags (later on the line) win.
  const start = startCommand(variant.path);
  const flags = [...start.nodeFlags, ...variant.flags, `--import=${probe}`, ...(process.env.PROBE_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [])];
  const child = spawn(process.execPath, [...flags, join(variant.path, start.entry)], {
    cwd: variant.path,
    env: {
      ...process.env,
      LOOP_PROBE_OUT: out,
      ...watnuEnv(process.env.TEAMS_ADAPTER || undefined),
      ...(db === 'postgres' ? { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema } : { DATABASE_URL: '', DATA_DIR: dataDir }),
      ...variant.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let text = '';
    const on = (b: Buffer) => {
      if (text === null) return;
      text += b.toString();
      const m = /WatNu is ready: (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (m) {
        text = '';
        child.stdout!.off('data', on);
        child.stdout!.resume();
        ok(m[1]!);
      }
    };
    child.stdout!.on('data', on);
    child.stderr!.on('data', (b: Buffer) => process.stderr.write(b));
    child.once('exit', (code) => fail(new Error(`exited ${code}: ${text.slice(-1000)}`)));
  });
  return { child, url, out, profDir, dataDir };
}

const connector = await startCapturingConnector();
const results: Record<string, unknown[]> = {};
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? roots : [...roots].reverse();
  for (const variant of order) {
    const s = await start(variant, `r${r}`);
    const load = { url: s.url, pid: s.child.pid!, connector, prefix: `${variant.name}-r${r}`, buttons: true };
    // warm-up: one paced second-interval run of a few seconds, then reset the probe and measure
    await paced(load, 200, 2_000, 3_000);
    s.child.kill('SIGUSR2');
    const measured = { ...load, prefix: `${load.prefix}m` };
    const stats = closed > 0 ? await closedLoop(measured, closed, 0, seconds * 1000) : await paced(measured, 200, 2_000, seconds * 1000);
    const rss = rssMb(s.child.pid!);
    await stopProcess(s.child);
    rmSync(s.dataDir, { recursive: true, force: true });
    const probed = existsSync(s.out) ? JSON.parse(readFileSync(s.out, 'utf8')) : null;
    results[variant.name] = [...(results[variant.name] ?? []), { stats, probed }];
    console.log(
      `${variant.name.padEnd(6)} r${r} ${db}: ${stats.turns} turns p50 ${stats.p50} p90 ${stats.p90} p99 ${stats.p99} max ${stats.max} ms  CPU ${stats.cpu_ms_per_turn} ms/turn  conn ${stats.connector_calls_per_turn}  RSS ${rss} MB  errors ${stats.errors}`,
    );
    if (probed) {
      console.log(`        eld ${JSON.stringify(probed.eld_ms)}  gc n=${probed.gc.count} total ${probed.gc.total_ms} ms >5ms ${probed.gc.over5ms} max ${probed.gc.max_ms}  stalls n=${probed.stalls.count} total ${probed.stalls.total_ms} ms`);
      console.log(`        longest stalls ${probed.stalls.longest.map((x: { ms: number }) => x.ms).join(' ')}; longest gc ${probed.gc.longest.map((x: { ms: number; kind: number }) => `${x.ms}(k${x.kind})`).join(' ')}`);
    }
    if (probed?.memory_mb) console.log(`        memory at exit (MB) ${JSON.stringify(probed.memory_mb)}`);
    if (probed?.memory_mb_at_stop) console.log(`        memory at the end of the load (MB) ${JSON.stringify(probed.memory_mb_at_stop)}`);
    if (probed?.server_turn_ms) console.log(`        server-side turn ${JSON.stringify(probed.server_turn_ms)}  outgoing http ${JSON.stringify(probed.outgoing_http_ms)}`);
    if (probed?.query_ms?.n) console.log(`        query round trip ${JSON.stringify(probed.query_ms)}  pool wait ${JSON.stringify(probed.pool_wait_ms)}`);
    if (probed?.sql && Object.keys(probed.sql).length > 0) console.log(Object.entries(probed.sql).map(([k, n]) => `        sql ${(Number(n) / stats.turns).toFixed(2)}/turn  ${k}`).join('\n'));
    if (process.env.PROBE_CPU_PROF === '1') console.log(`        profile in ${s.profDir}`);
  }
}
await connector.stop();
console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, (v as Array<{ stats: { p99: number } }>).map((x) => x.stats.p99)]))));
