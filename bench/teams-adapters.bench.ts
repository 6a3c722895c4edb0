/**
 * The two Teams adapters side by side (TEAMS_ADAPTER=botbuilder | teams-sdk):
 * N Teams text turns each through POST /api/messages, with a lean Bot
 * Connector on loopback taking the replies. WatNu runs as `npm start` runs it
 * (the build, PGlite), authentication off on loopback as in development.
 * Per adapter: turns/s, p50/p99, CPU ms per turn (the server process),
 * RSS after the turns, start-up (spawn to ready) and the first turn (the SDK
 * makes its App on first use).
 *
 *   npx tsx bench/teams-adapters.bench.ts         (BENCH_TURNS=1000, BENCH_USERS=10)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Agent } from 'node:http';
import { postJson } from './lib/load.js';
import { startLeanConnector } from './lib/fake-connector.js';
import { teamsActivity } from './lib/payloads.js';
import { cpuMs, root, rssMb } from './lib/processes.js';
import { percentile, round } from './lib/stats.js';
import { ensureWatnuBuild, startWatnuPglite } from './lib/targets.js';

const turns = Number(process.env.BENCH_TURNS ?? 1_000);
const users = Number(process.env.BENCH_USERS ?? 10);
const warmupTurns = Math.min(200, turns);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const adapters = ['botbuilder', 'teams-sdk'] as const;
type Adapter = (typeof adapters)[number];

/** Exactly `count` turns, `users` conversations each sending back to back. */
async function runTurns(url: URL, connector: string, count: number, prefix: string): Promise<{ latencies: number[]; errors: number; elapsedMs: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: users });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const user = async (id: number) => {
    for (let n = 0; next < count; n++) {
      next++;
      const t0 = performance.now();
      const status = await postJson(agent, url, JSON.stringify(teamsActivity(id, n, prefix, connector))).catch(() => 0);
      if (status === 0 || status >= 400) errors++;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: users }, (_, i) => user(i)));
  agent.destroy();
  return { latencies, errors, elapsedMs: performance.now() - started };
}

async function measure(adapter: Adapter, connector: { url: string; posts: () => number }, pass: number) {
  const server = await startWatnuPglite(adapter);
  try {
    const url = new URL(`${server.url}/api/messages`);
    const pid = server.child.pid!;
    const first = performance.now();
    const firstStatus = await postJson(new Agent(), url, JSON.stringify(teamsActivity(9_999, 0, `${adapter}-${pass}-first`, connector.url)));
    const firstTurnMs = round(performance.now() - first, 1);
    if (firstStatus >= 400) throw new Error(`${adapter}: the first turn answered ${firstStatus}`);
    await runTurns(url, connector.url, warmupTurns, `${adapter}-${pass}-warm`);
    const cpuBefore = cpuMs(pid);
    const postsBefore = connector.posts();
    const run = await runTurns(url, connector.url, turns, `${adapter}-${pass}-run`);
    const cpu = cpuMs(pid) - cpuBefore;
    return {
      adapter,
      round: pass,
      turns: run.latencies.length,
      /** Replies the connector received during the run: every turn answers with at least one card. */
      connector_posts: connector.posts() - postsBefore,
      errors: run.errors,
      turns_per_s: round((run.latencies.length / run.elapsedMs) * 1000, 1),
      p50_ms: round(percentile(run.latencies, 50)),
      p99_ms: round(percentile(run.latencies, 99)),
      cpu_ms_per_turn: round(cpu / run.latencies.length, 2),
      rss_mb_after: rssMb(pid),
      startup_ms: server.starts.map((s) => s.wall_ms),
      rss_mb_at_start: server.starts.at(-1)?.rss_mb,
      first_turn_ms: firstTurnMs,
    };
  } finally {
    await server.stop();
  }
}

ensureWatnuBuild();
const connector = await startLeanConnector();
const results: Array<Awaited<ReturnType<typeof measure>>> = [];
try {
  // Alternating order, so neither adapter always runs on the colder (or busier) machine.
  for (let r = 1; r <= rounds; r++) {
    for (const adapter of r % 2 === 1 ? adapters : [...adapters].reverse()) {
      const result = await measure(adapter, connector, r);
      results.push(result);
      console.log(
        `round ${r} ${adapter.padEnd(10)} ${result.turns} turns (${users} conversations, ${result.connector_posts} replies): ${result.turns_per_s} turns/s  p50 ${result.p50_ms} ms  p99 ${result.p99_ms} ms  CPU ${result.cpu_ms_per_turn} ms/turn  RSS ${result.rss_mb_after} MiB (start ${result.rss_mb_at_start})  start-up ${result.startup_ms.join(' / ')} ms (fresh / existing)  first turn ${result.first_turn_ms} ms  errors ${result.errors}`,
      );
    }
  }
} finally {
  await connector.stop();
}
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : round((sorted[mid - 1]! + sorted[mid]!) / 2);
};
const summary = Object.fromEntries(
  adapters.map((adapter) => {
    const mine = results.filter((r) => r.adapter === adapter);
    return [
      adapter,
      {
        turns_per_s: median(mine.map((r) => r.turns_per_s)),
        p99_ms: median(mine.map((r) => r.p99_ms)),
        cpu_ms_per_turn: median(mine.map((r) => r.cpu_ms_per_turn)),
        rss_mb_after: median(mine.map((r) => r.rss_mb_after)),
        startup_ms_existing: median(mine.map((r) => r.startup_ms.at(-1)!)),
        first_turn_ms: median(mine.map((r) => r.first_turn_ms)),
      },
    ];
  }),
);
for (const [adapter, s] of Object.entries(summary)) {
  console.log(`median ${adapter.padEnd(10)} ${s.turns_per_s} turns/s  p99 ${s.p99_ms} ms  CPU ${s.cpu_ms_per_turn} ms/turn  RSS ${s.rss_mb_after} MiB  start-up ${s.startup_ms_existing} ms  first turn ${s.first_turn_ms} ms`);
}
const out = join(root, 'bench', 'results', 'teams-adapters.json');
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, machine: 'shared 2-core machine (other work running): compare within a run only', storage: 'pglite', auth: 'off (loopback)', turns, users, warmup_turns: warmupTurns, rounds, summary, results }, null, 2)}\n`,
);
console.log(`saved ${out}`);
