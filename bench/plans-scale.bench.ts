/**
 * Issue 16: 500 schools over 3 plans against the 2 seed schools. For each
 * tree: `npm run check` time, start to ready, RSS at ready, and turn latency
 * (a teacher walking the meldcode of a PROO school over the web chat API).
 * Saved to bench/results/plans-scale.json. Numbers, never assertions.
 *
 *   npx tsx bench/plans-scale.bench.ts [schools=500]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runLoad } from './lib/load.js';
import { chatBody } from './lib/payloads.js';
import { root, startProcess, stopProcess } from './lib/processes.js';
import { scaleTree } from './lib/scale-tree.js';

const total = Number(process.argv[2] ?? 500);
const ready = /WatNu is ready: http:\/\/127\.0\.0\.1:(\d+)\s+\(started in (\d+) ms, RSS (\d+) MiB\)/;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(schools: number, port: number) {
  const dir = scaleTree(schools - 2);
  try {
    const checks: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      execFileSync(process.execPath, ['--import', 'tsx', join(dir, 'src', 'cli', 'check.ts')], { cwd: dir, stdio: 'ignore' });
      checks.push(Math.round(performance.now() - t0));
    }
    const starts: Array<{ wallMs: number; appMs: number; rssMb: number }> = [];
    let turns = { count: 0, rps: 0, p50: 0, p95: 0, p99: 0, errors: 0 };
    for (let i = 0; i < 3; i++) {
      const dataDir = join(dir, `data-${i}`);
      const started = await startProcess(join(dir, 'src', 'main.ts'), [], {
        PORT: String(port + i), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000', TEAMS_ENABLED: '0',
      }, ready);
      const match = started.line.match(ready)!;
      starts.push({ wallMs: started.readyMs, appMs: Number(match[2]), rssMb: Number(match[3]) });
      if (i === 2) turns = await runLoad({ url: `${started.url}/api/chat`, concurrency: 4, durationMs: 8_000, warmupMs: 1_000, body: (u, n) => chatBody(u, n, `scale-${schools}`) });
      await stopProcess(started.child);
    }
    return {
      schools,
      check_ms_median: median(checks),
      start_to_ready_wall_ms_median: median(starts.map((s) => s.wallMs)),
      start_app_ms_median: median(starts.map((s) => s.appMs)),
      rss_mb_at_ready_median: median(starts.map((s) => s.rssMb)),
      turn_latency_ms: turns,
      checks,
      starts,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const small = await measure(2, 44_700);
console.log(JSON.stringify(small));
const large = await measure(total, 44_710);
console.log(JSON.stringify(large));
const result = { at: new Date().toISOString(), machine: { cpus: cpus().length, loadavg: loadavg() }, plans: 3, small, large };
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'plans-scale.json'), `${JSON.stringify(result, null, 2)}\n`);
const row = (r: typeof small) =>
  `${String(r.schools).padStart(4)} schools: check ${r.check_ms_median} ms, start to ready ${r.start_to_ready_wall_ms_median} ms (app ${r.start_app_ms_median} ms), RSS ${r.rss_mb_at_ready_median} MiB, turn p50 ${r.turn_latency_ms.p50} ms p99 ${r.turn_latency_ms.p99} ms (${r.turn_latency_ms.count} turns, ${r.turn_latency_ms.errors} errors)`;
console.log(`${row(small)}\n${row(large)}`);
