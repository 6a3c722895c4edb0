/**
 * npm run bench: every benchmark in one run, printed and saved to
 * bench/results/latest.json, with a chart of latency against concurrency in
 * bench/results/latency.svg. Numbers, never assertions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runHandoffBench, runTwoInstanceHandoffBench } from './handoff.bench.js';
import { concurrencies, type MatrixRow, runHttpMatrix } from './http.bench.js';
import { root } from './lib/processes.js';
import { round } from './lib/stats.js';
import { lineChartSvg, type Series } from './lib/svg-chart.js';
import { fullSettings, peerChartSvg, quickSettings, runPeerComparison } from './peer.bench.js';
import { runStartupAndRss } from './startup-rss.bench.js';

const results = join(root, 'bench', 'results');
mkdirSync(results, { recursive: true });
const started = performance.now();
const log = (line: string) => console.log(line);

function runScript(script: string, output: string): Record<string, unknown> | null {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(root, script)], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    const file = join(results, output);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
  } catch (error) {
    log(`${script} failed: ${(error as Error).message}`);
    return null;
  }
}

log(`WatNu benchmarks on ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

/** Quick: a smoke run of the peer comparison only, a minute or two, into quick.json (never over latest.json). */
if (process.env.BENCH_QUICK === '1') {
  const peer = await runPeerComparison(quickSettings, log);
  writeFileSync(join(results, 'quick.json'), `${JSON.stringify({ ...peer, duration_s: round((performance.now() - started) / 1000, 1) }, null, 2)}\n`);
  writeFileSync(join(results, 'quick-peer.svg'), peerChartSvg(peer));
  logPeerSummary(peer);
  log(`wrote bench/results/quick.json and bench/results/quick-peer.svg in ${round((performance.now() - started) / 1000, 1)} s`);
  process.exit(0);
}

function logPeerSummary(peer: Awaited<ReturnType<typeof runPeerComparison>>): void {
  log(`\nratios: ${JSON.stringify(peer.ratios)}`);
  log(`machine CPU ms per turn (bot / PostgreSQL / load): ${Object.entries(peer.machine_cpu_ms_per_turn).map(([id, byKey]) => `${id} ${Object.entries(byKey).map(([k, p]) => (p ? `${k} ${p.bot}/${p.postgres}/${p.load}=${p.total}` : `${k} n/a`)).join(', ')}`).join('; ')}`);
  log(`peer ÷ WatNu machine CPU per turn (PostgreSQL): ${JSON.stringify(peer.peer_vs_watnu_machine_cpu_per_turn_postgres)}`);
  log(`paced p99 ms: ${JSON.stringify(peer.paced_p99_ms)}; load average before ${peer.load_average.before.join(' ')}, after ${peer.load_average.after.join(' ')}`);
  for (const t of peer.issue_targets) log(`${t.met === null ? 'n/a    ' : t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${t.value ?? '–'} (${t.limit})`);
}

const triage = runScript('bench/triage.bench.ts', 'triage.json');
const lookup = runScript('bench/lookup.bench.ts', 'lookup.json');
const startup = await runStartupAndRss(log);
const handoff = await runHandoffBench(300, log);
const handoffTwo = await runTwoInstanceHandoffBench(300, log);
const http = await runHttpMatrix(log);
const peer = await runPeerComparison(fullSettings, log);

const cell = (server: MatrixRow['server'], endpoint: MatrixRow['endpoint'], concurrency: number, mode: MatrixRow['mode'] = 'closed') =>
  http.rows.find((r) => r.server === server && r.endpoint === endpoint && r.concurrency === concurrency && r.mode === mode)?.result;
const bestThroughput = (server: MatrixRow['server'], endpoint: MatrixRow['endpoint']) =>
  Math.max(...http.rows.filter((r) => r.server === server && r.endpoint === endpoint && r.mode === 'closed').map((r) => r.result.rps));
const ratio = (server: MatrixRow['server'], endpoint: MatrixRow['endpoint']) => round(bestThroughput(server, endpoint) / bestThroughput('echo', endpoint), 3);

const latest = {
  measured_at: new Date().toISOString(),
  machine: { cores: cpus().length, load_average: loadavg().map((l) => round(l, 2)) },
  throughput_ratio_vs_echo: ratio('watnu-pglite', 'messages'),
  throughput_ratio_vs_echo_by_path: {
    messages_pglite: ratio('watnu-pglite', 'messages'),
    chat_pglite: ratio('watnu-pglite', 'chat'),
    ...(http.postgres ? { messages_postgres: ratio('watnu-postgres', 'messages'), chat_postgres: ratio('watnu-postgres', 'chat') } : {}),
  },
  p99_ms_200: cell('watnu-pglite', 'messages', 200)?.p99 ?? null,
  p99_ms_200_paced: cell('watnu-pglite', 'messages', 200, 'paced')?.p99 ?? null,
  p99_ms_200_chat: cell('watnu-pglite', 'chat', 200)?.p99 ?? null,
  p99_ms_200_chat_paced: cell('watnu-pglite', 'chat', 200, 'paced')?.p99 ?? null,
  handoff_delivered_p50_ms: handoff.p50_ms,
  handoff_delivered_p99_ms: handoff.p99_ms,
  handoff_delivered_two_instances_postgres: handoffTwo,
  startup_ms: startup.startup_wall_ms_median,
  startup_app_ms: startup.startup_app_ms_median,
  rss_mb_start: startup.rss_mb_at_start,
  rss_mb_after_10k_turns: startup.rss_mb_after_turns,
  triage_us_per_utterance: triage ? ((triage as { rawMeanUs?: number; mean_us?: number }).rawMeanUs ?? (triage as { mean_us?: number }).mean_us ?? null) : null,
  triage,
  lookup,
  http: http.rows,
  peer_comparison: peer,
  notes: [
    'closed: each virtual user sends its next turn as soon as the previous one is answered (capacity; latency grows with queueing).',
    'paced: 200 conversations, each one turn every ~2 s (what teachers in a dialog feel).',
    'echo: a bare botbuilder echo bot on the same HTTP stack (express + CloudAdapter), no state.',
  ],
  duration_s: round((performance.now() - started) / 1000, 1),
};
writeFileSync(join(results, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);

const colors: Record<string, string> = { echo: '#888', 'watnu-pglite': '#2452c4', 'watnu-postgres': '#1b7f3b' };
const series: Series[] = [];
for (const server of ['echo', 'watnu-pglite', 'watnu-postgres'] as const) {
  for (const endpoint of ['messages', 'chat'] as const) {
    const points = concurrencies.map((c) => ({ x: c, y: cell(server, endpoint, c)?.p99 ?? Number.NaN })).filter((p) => Number.isFinite(p.y));
    if (points.length > 0) series.push({ name: `${server} /api/${endpoint} p99`, color: colors[server]!, ...(endpoint === 'chat' ? { dash: '6 4' } : {}), points });
  }
}
writeFileSync(join(results, 'latency.svg'), lineChartSvg('WatNu turn latency (p99) vs concurrent conversations, closed loop', 'concurrent conversations', 'p99 latency (ms, log)', series, [...concurrencies]));
writeFileSync(join(results, 'peer.svg'), peerChartSvg(peer));
logPeerSummary(peer);
log(`\nthroughput ratio vs echo: ${JSON.stringify(latest.throughput_ratio_vs_echo_by_path)}; p99 at 200 (closed) ${latest.p99_ms_200} ms, paced ${latest.p99_ms_200_paced} ms`);
log(`wrote bench/results/latest.json, bench/results/latency.svg and bench/results/peer.svg in ${latest.duration_s} s`);
