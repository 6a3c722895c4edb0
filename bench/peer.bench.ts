/**
 * Issue 17 part 4: WatNu against the peer (what a Teams developer would
 * build instead: botbuilder + botbuilder-dialogs, state in PostgreSQL), with
 * the echo bot as the ceiling. All targets run at once and take turns per
 * measurement (the order rotates), so drift in the machine's load hits them
 * alike. Realistic Teams conversations through POST /api/messages against
 * one capturing Bot Connector on loopback.
 */
import { loadavg } from 'node:os';
import { closedLoop, paced, type TurnStats } from './lib/conversation-load.js';
import { startCapturingConnector } from './lib/fake-connector.js';
import { rssMb } from './lib/processes.js';
import { round } from './lib/stats.js';
import { barChartSvg } from './lib/svg-chart.js';
import {
  postgresReachable,
  type Running,
  startEcho,
  startPeer,
  ensureWatnuBuild,
  startWatnuPglite,
  startWatnuPostgres,
  type TargetId,
  teamsAdapterSupported,
} from './lib/targets.js';

export interface ComparisonSettings {
  readonly mode: 'quick' | 'full';
  /** Every measurement is repeated this often (medians are reported). */
  readonly rounds: number;
  readonly closedWarmupMs: number;
  readonly closedMs: number;
  readonly pacedConversations: number;
  readonly pacedIntervalMs: number;
  readonly pacedMs: number;
  /** RSS is read once a target has served this many turns. */
  readonly rssTurns: number;
}

export const fullSettings: ComparisonSettings = {
  mode: 'full',
  rounds: 3,
  closedWarmupMs: 1_000,
  closedMs: 5_000,
  pacedConversations: 200,
  pacedIntervalMs: 2_000,
  pacedMs: 12_000,
  rssTurns: 10_000,
};
export const quickSettings: ComparisonSettings = { ...fullSettings, mode: 'quick', rounds: 1, closedWarmupMs: 500, closedMs: 2_000, pacedMs: 4_000, rssTurns: 2_000 };

export const closedConcurrencies = [1, 20, 100] as const;
type Measurement = { readonly mode: 'closed'; readonly concurrency: number } | { readonly mode: 'paced'; readonly concurrency: number };
const measurements: Measurement[] = [...closedConcurrencies.map((c) => ({ mode: 'closed' as const, concurrency: c })), { mode: 'paced', concurrency: 200 }];

export interface MatrixCell extends TurnStats {
  readonly target: TargetId;
  readonly mode: 'closed' | 'paced';
  readonly concurrency: number;
  readonly round: number;
}

export interface IssueTarget {
  readonly target: string;
  readonly value: number | null;
  readonly limit: string;
  readonly met: boolean | null;
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

function medianCell(cells: readonly MatrixCell[]): TurnStats {
  const field = (name: keyof TurnStats) => round(median(cells.map((c) => c[name])), 2);
  return {
    turns: field('turns'),
    turns_per_s: field('turns_per_s'),
    p50: field('p50'),
    p90: field('p90'),
    p99: field('p99'),
    max: field('max'),
    errors: field('errors'),
    missed_buttons: field('missed_buttons'),
    cpu_ms_per_turn: field('cpu_ms_per_turn'),
    postgres_cpu_ms_per_turn: field('postgres_cpu_ms_per_turn'),
    client_cpu_ms_per_turn: field('client_cpu_ms_per_turn'),
    connector_calls_per_turn: field('connector_calls_per_turn'),
    rss_mb: field('rss_mb'),
    sent: field('sent'),
  };
}

const key = (m: Measurement) => (m.mode === 'paced' ? 'paced' : `c${m.concurrency}`);
const rotate = <T>(xs: readonly T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length]!);

export async function runPeerComparison(settings: ComparisonSettings, log: (line: string) => void) {
  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const teamsAdapter = process.env.TEAMS_ADAPTER || undefined;
  const withTeamsSdk = process.env.BENCH_TEAMS_SDK === '1';
  ensureWatnuBuild();
  const loadBefore = loadavg().map((l) => round(l, 2));
  const connector = await startCapturingConnector();
  const running: Running[] = [];
  const notes: string[] = [];
  try {
    running.push(await startEcho());
    if (await postgresReachable(postgresUrl)) {
      running.push(await startPeer(postgresUrl));
      running.push(await startWatnuPostgres('watnu-postgres', postgresUrl, 'watnu_bench_peer', teamsAdapter));
      if (withTeamsSdk) {
        if (!teamsAdapterSupported()) notes.push('BENCH_TEAMS_SDK=1, but this checkout has no Teams SDK adapter: watnu-postgres-teams-sdk ran the botbuilder adapter.');
        running.push(await startWatnuPostgres('watnu-postgres-teams-sdk', postgresUrl, 'watnu_bench_sdk', 'teams-sdk'));
      }
    } else {
      notes.push(`PostgreSQL at ${postgresUrl} was not reachable: peer and WatNu on PostgreSQL were not measured.`);
    }
    running.push(await startWatnuPglite(teamsAdapter));
    for (const t of running) log(`${t.id.padEnd(25)} ready: ${t.starts.map((s) => `${s.data} ${s.wall_ms} ms, RSS ${s.rss_mb} MB`).join('; ')}`);

    const matrix: MatrixCell[] = [];
    const sent = new Map<TargetId, number>();
    const peak = new Map<TargetId, number>();
    for (let r = 0; r < settings.rounds; r++) {
      for (const [mi, m] of measurements.entries()) {
        for (const t of rotate(running, r + mi)) {
          const load = { url: t.url, pid: t.child.pid!, connector, prefix: `${t.id}-r${r}-${key(m)}`, buttons: t.buttons };
          const stats =
            m.mode === 'closed'
              ? await closedLoop(load, m.concurrency, settings.closedWarmupMs, settings.closedMs)
              : await paced(load, settings.pacedConversations, settings.pacedIntervalMs, settings.pacedMs);
          matrix.push({ target: t.id, mode: m.mode, concurrency: m.concurrency, round: r, ...stats });
          sent.set(t.id, (sent.get(t.id) ?? 0) + stats.sent);
          peak.set(t.id, Math.max(peak.get(t.id) ?? 0, stats.rss_mb));
          log(
            `${t.id.padEnd(25)} ${m.mode.padEnd(6)} c=${String(m.concurrency).padEnd(4)} ${String(stats.turns_per_s).padStart(7)} turns/s  p50 ${stats.p50}  p90 ${stats.p90}  p99 ${stats.p99} ms  CPU ${stats.cpu_ms_per_turn} ms/turn (PostgreSQL ${stats.postgres_cpu_ms_per_turn}, load ${stats.client_cpu_ms_per_turn})  connector ${stats.connector_calls_per_turn}/turn  RSS ${stats.rss_mb} MB  errors ${stats.errors}  missed ${stats.missed_buttons}`,
          );
        }
      }
    }

    const afterTurns: Partial<Record<TargetId, { turns: number; rss_mb: number }>> = {};
    for (const t of running) {
      let turns = sent.get(t.id) ?? 0;
      while (turns < settings.rssTurns) {
        turns += (await closedLoop({ url: t.url, pid: t.child.pid!, connector, prefix: `${t.id}-rss${turns}`, buttons: t.buttons }, 20, 0, 2_000)).sent;
      }
      afterTurns[t.id] = { turns, rss_mb: rssMb(t.child.pid!) };
      log(`${t.id.padEnd(25)} RSS after ${turns} turns: ${afterTurns[t.id]!.rss_mb} MB (peak during the matrix ${peak.get(t.id)} MB)`);
    }

    const medians: Partial<Record<TargetId, Record<string, TurnStats>>> = {};
    for (const t of running) {
      medians[t.id] = Object.fromEntries(measurements.map((m) => [key(m), medianCell(matrix.filter((c) => c.target === t.id && c.mode === m.mode && c.concurrency === m.concurrency))]));
    }
    const rps = (id: TargetId, c: number) => medians[id]?.[`c${c}`]?.turns_per_s ?? Number.NaN;
    const ratios = (a: TargetId, b: TargetId) =>
      Object.fromEntries(closedConcurrencies.map((c) => [`c${c}`, Number.isFinite(rps(a, c) / rps(b, c)) ? round(rps(a, c) / rps(b, c), 2) : null]));
    const has = (id: TargetId) => running.some((t) => t.id === id);
    const ratioSet = {
      watnu_vs_peer_turns_per_s_postgres: ratios('watnu-postgres', 'peer'),
      pglite_vs_postgres_turns_per_s_watnu: ratios('watnu-pglite', 'watnu-postgres'),
      watnu_vs_echo_turns_per_s_postgres: ratios('watnu-postgres', 'echo'),
      peer_vs_echo_turns_per_s: ratios('peer', 'echo'),
      ...(has('watnu-postgres-teams-sdk')
        ? { teams_sdk_vs_peer_turns_per_s_postgres: ratios('watnu-postgres-teams-sdk', 'peer'), teams_sdk_vs_botbuilder_turns_per_s_postgres: ratios('watnu-postgres-teams-sdk', 'watnu-postgres') }
        : {}),
    };
    // Where a turn's CPU goes on this machine: the bot, the PostgreSQL server, the load client with its fake connector.
    const machineCpu = Object.fromEntries(
      running.map((t) => [
        t.id,
        Object.fromEntries(
          measurements.map((m) => {
            const s = medians[t.id]?.[key(m)];
            const parts = s ? { bot: s.cpu_ms_per_turn, postgres: s.postgres_cpu_ms_per_turn, load: s.client_cpu_ms_per_turn } : null;
            return [key(m), parts ? { ...parts, total: round(parts.bot + parts.postgres + parts.load, 2) } : null];
          }),
        ),
      ]),
    ) as Record<string, Record<string, { bot: number; postgres: number; load: number; total: number } | null>>;
    const machineRatio = Object.fromEntries(
      closedConcurrencies.map((c) => {
        const peer = machineCpu['peer']?.[`c${c}`]?.total;
        const watnu = machineCpu['watnu-postgres']?.[`c${c}`]?.total;
        return [`c${c}`, peer && watnu ? round(peer / watnu, 2) : null];
      }),
    );
    const pacedP99 = Object.fromEntries(running.map((t) => [t.id, medians[t.id]?.['paced']?.p99 ?? null]));

    const targets: IssueTarget[] = [];
    const check = (target: string, value: number | null | undefined, limit: string, ok: (v: number) => boolean) => {
      const v = value === undefined || value === null || !Number.isFinite(value) ? null : value;
      targets.push({ target, value: v, limit, met: v === null ? null : ok(v) });
    };
    const watnuPostgres = running.filter((t) => t.id === 'watnu-postgres' || t.id === 'watnu-postgres-teams-sdk');
    for (const t of watnuPostgres) {
      for (const c of closedConcurrencies) check(`${t.id} / peer turns/s, c=${c}`, ratios(t.id, 'peer')[`c${c}`], '≥ 1.5', (v) => v >= 1.5);
    }
    for (const c of closedConcurrencies) check(`watnu-pglite / watnu-postgres turns/s, c=${c}`, ratios('watnu-pglite', 'watnu-postgres')[`c${c}`], '≥ 0.8', (v) => v >= 0.8);
    for (const t of [...watnuPostgres, ...running.filter((t) => t.id === 'watnu-pglite')]) {
      const memory = t.id === 'watnu-pglite' ? 256 : 150;
      check(`${t.id} paced p99 (ms)`, pacedP99[t.id], '≤ 25', (v) => v <= 25);
      for (const s of t.starts) {
        const limit = t.id === 'watnu-pglite' && s.data === 'fresh' ? 2_000 : 1_500;
        check(`${t.id} start to ready, ${s.data} ${t.id === 'watnu-pglite' ? 'data dir' : 'schema'} (ms)`, s.wall_ms, `≤ ${limit}`, (v) => v <= limit);
        check(`${t.id} RSS at ready, ${s.data} (MB)`, s.rss_mb, `≤ ${memory}`, (v) => v <= memory);
      }
      check(`${t.id} RSS after ${afterTurns[t.id]?.turns ?? 0} turns (MB)`, afterTurns[t.id]?.rss_mb, `≤ ${memory}`, (v) => v <= memory);
    }
    if (settings.rssTurns < 10_000) notes.push(`quick mode: RSS read after ${settings.rssTurns}+ turns, not 10,000; one round, short measurements — a smoke run, not a result.`);

    return {
      mode: settings.mode,
      measured_at: new Date().toISOString(),
      settings,
      teams_adapter: teamsAdapter ?? 'teams-sdk (TEAMS_ADAPTER unset)',
      load_average: { before: loadBefore, after: loadavg().map((l) => round(l, 2)) },
      ratios: ratioSet,
      paced_p99_ms: pacedP99,
      machine_cpu_ms_per_turn: machineCpu,
      peer_vs_watnu_machine_cpu_per_turn_postgres: machineRatio,
      start_and_memory: Object.fromEntries(
        running.map((t) => [t.id, { starts: t.starts, rss_mb_after_turns: afterTurns[t.id], rss_mb_peak_during_matrix: peak.get(t.id) ?? null, teams_adapter: t.teamsAdapter ?? null }]),
      ),
      issue_targets: targets,
      medians,
      matrix,
      notes: [
        ...notes,
        'Targets run side by side and take turns per measurement (order rotated); each measurement is one target alone under load, the others idle.',
        'A virtual user: a Dutch opener, then 2–3 presses of the first button the bot offered (WatNu: the invoke Teams sends for Action.Execute; the peer: the imBack text), then a new conversation. The echo gets the text "Ja" instead of clicks.',
        'Latency: POST /api/messages sent → HTTP response, which comes after the bot has posted its replies to the connector and saved its state.',
        'closed: each user sends its next turn when the previous one is answered; paced: 200 conversations, one turn every 2 s ±20 %.',
        'CPU ms per turn (medians.*.cpu_ms_per_turn): user + system time of the bot process (/proc, 10 ms ticks) over the measured window; PostgreSQL CPU is not included there.',
        'machine_cpu_ms_per_turn: the CPU one turn costs this machine, by process: the bot, the local PostgreSQL server (every "postgres" process, /proc) and the load process (virtual users and the fake connector). With all cores busy, turns/s is bounded by cores ÷ total; peer_vs_watnu_machine_cpu_per_turn_postgres is the throughput ratio that bound allows.',
      ],
    };
  } finally {
    for (const t of running) await t.stop();
    await connector.stop();
  }
}

export type PeerComparison = Awaited<ReturnType<typeof runPeerComparison>>;

const colors: Record<TargetId, string> = {
  echo: '#6b6b6b',
  peer: '#b35900',
  'watnu-postgres': '#1b7f3b',
  'watnu-pglite': '#2452c4',
  'watnu-postgres-teams-sdk': '#7b3fa0',
};

/** Turns/s per target at each closed-loop concurrency, with the paced p99 and the ratios in the description. */
export function peerChartSvg(result: PeerComparison): string {
  const ids = Object.keys(result.medians) as TargetId[];
  const rpsAt = (id: TargetId, c: number) => result.medians[id]?.[`c${c}`]?.turns_per_s ?? Number.NaN;
  const groups = closedConcurrencies.map((c) => ({ label: `${c} at a time`, values: ids.map((id) => rpsAt(id, c)) }));
  const lines = closedConcurrencies.map((c) => `with ${c} conversation${c === 1 ? '' : 's'} at a time: ${ids.map((id) => `${id} ${rpsAt(id, c)}`).join(', ')} turns per second`);
  const paced = ids.map((id) => `${id} ${result.paced_p99_ms[id] ?? 'n/a'} ms`).join(', ');
  const ratio = result.ratios.watnu_vs_peer_turns_per_s_postgres;
  const description = [
    `Median turns per second, closed loop, ${result.mode} run of ${result.measured_at.slice(0, 16)}.`,
    ...lines.map((l) => `${l[0]!.toUpperCase()}${l.slice(1)}.`),
    `WatNu on PostgreSQL divided by the peer: ${closedConcurrencies.map((c) => `${ratio[`c${c}`] ?? 'n/a'} at ${c}`).join(', ')} (target 1.5).`,
    `Paced p99 latency (200 conversations, one turn per 2 s): ${paced}.`,
  ].join(' ');
  return barChartSvg(
    `Turns/s: WatNu vs the peer (${result.mode} run)`,
    'turns per second (median)',
    ids.map((id) => ({ name: id, color: colors[id] })),
    groups,
    description,
  );
}
