/**
 * Load of realistic conversations against one bot process, with what the
 * server spent on it: CPU of the server process (from /proc), connector calls
 * and turns completed in the measured window.
 */
import { Agent } from 'node:http';
import { postJson } from './load.js';
import { walker } from './conversations.js';
import type { CapturingConnector } from './fake-connector.js';
import { cpuMs, postgresCpuSince, postgresServerCpu, rssMb } from './processes.js';
import { percentile, round } from './stats.js';

export interface ConversationLoad {
  readonly url: string;
  readonly pid: number;
  readonly connector: CapturingConnector;
  /** Unique per measurement: conversation ids start with it. */
  readonly prefix: string;
  /** false for a bot without buttons (the echo): its clicks are the text "Ja". */
  readonly buttons: boolean;
}

export interface TurnStats {
  readonly turns: number;
  readonly turns_per_s: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  /** Clicks that found no button (the conversation was restarted instead). */
  readonly missed_buttons: number;
  readonly cpu_ms_per_turn: number;
  /** CPU of the local PostgreSQL server's processes per turn (the bot's statements; ~0 for a bot without PostgreSQL); a lower bound, see postgresCpuSince. */
  readonly postgres_cpu_ms_per_turn: number;
  /** CPU of this load process per turn: the virtual users and the fake connector that receives the replies. */
  readonly client_cpu_ms_per_turn: number;
  readonly connector_calls_per_turn: number;
  readonly rss_mb: number;
  /** Every turn sent, warm-up included (for the 10,000-turn memory figure). */
  readonly sent: number;
}

/** What is read when the measured window begins: the bot's CPU, the PostgreSQL server's by pid, this process's, the connector's call count. */
interface WindowMark {
  readonly cpu: number;
  readonly postgres: ReadonlyMap<number, number>;
  readonly client: NodeJS.CpuUsage;
  readonly calls: number;
  readonly at: number;
  readonly stopAt: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `users` virtual users; each waits `pause(elapsed)` ms between its turns
 * (0: closed loop). The measured window of `durationMs` begins after the
 * warm-up; with `drain`, no new turn starts until those in flight are
 * answered, so every turn of the window starts and ends inside it and CPU and
 * connector calls per turn are not skewed by turns half done at its edge (in
 * a closed loop at c=100 that was a fifth of a short window). Paced load has
 * a few turns in flight at any time, and holding them back would send a burst.
 */
async function drive(load: ConversationLoad, users: number, warmupMs: number, durationMs: number, pause: (elapsedMs: number) => number, stagger: number, drain: boolean) {
  const agent = new Agent({ keepAlive: true, maxSockets: Math.min(users, 256) });
  const url = new URL(`${load.url}/api/messages`);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let missed = 0;
  let inFlight = 0;
  const warmupUntil = performance.now() + warmupMs;
  let mark: WindowMark | null = null;
  let openGate = () => {};
  const gate = new Promise<void>((resolve) => {
    openGate = resolve;
  });
  const tryMark = () => {
    if (mark || (drain && inFlight > 0) || performance.now() < warmupUntil) return;
    const at = performance.now();
    mark = { cpu: cpuMs(load.pid), postgres: postgresServerCpu(), client: process.cpuUsage(), calls: load.connector.calls(), at, stopAt: at + durationMs };
    openGate();
  };
  const timer = setTimeout(tryMark, warmupMs);
  const user = async (id: number) => {
    const walk = walker(load.connector, load.prefix, id, load.buttons);
    await sleep(Math.random() * stagger);
    for (;;) {
      if (!mark && performance.now() >= warmupUntil) {
        tryMark();
        await gate;
      }
      if (mark && performance.now() >= mark.stopAt) break;
      const measured = mark !== null;
      const started = performance.now();
      sent++;
      inFlight++;
      try {
        if ((await postJson(agent, url, JSON.stringify(walk.next()))) >= 400) errors++;
      } catch {
        errors++;
      }
      inFlight--;
      const elapsed = performance.now() - started;
      if (measured) latencies.push(elapsed);
      else tryMark();
      const wait = pause(elapsed);
      const left = mark ? mark.stopAt - performance.now() : warmupUntil - performance.now() + durationMs;
      if (wait > 0) await sleep(Math.min(wait, Math.max(0, left)));
    }
    missed += walk.missed;
  };
  await Promise.all(Array.from({ length: users }, (_, i) => user(i)));
  clearTimeout(timer);
  agent.destroy();
  const m = mark as WindowMark | null;
  if (!m) throw new Error('the measured window never began');
  const window = performance.now() - m.at;
  const client = process.cpuUsage(m.client);
  const turns = Math.max(latencies.length, 1);
  const stats: TurnStats = {
    turns: latencies.length,
    turns_per_s: round((latencies.length / window) * 1000, 1),
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(percentile(latencies, 100)),
    errors,
    missed_buttons: missed,
    cpu_ms_per_turn: round((cpuMs(load.pid) - m.cpu) / turns, 2),
    postgres_cpu_ms_per_turn: round(postgresCpuSince(m.postgres) / turns, 2),
    client_cpu_ms_per_turn: round((client.user + client.system) / 1000 / turns, 2),
    connector_calls_per_turn: round((load.connector.calls() - m.calls) / turns, 2),
    rss_mb: rssMb(load.pid),
    sent,
  };
  return stats;
}

/** Closed loop: `concurrency` users, each sending its next turn as soon as the previous one is answered. */
export function closedLoop(load: ConversationLoad, concurrency: number, warmupMs: number, durationMs: number): Promise<TurnStats> {
  return drive(load, concurrency, warmupMs, durationMs, () => 0, 0, true);
}

/** Paced: `conversations` people, each one turn every ~`intervalMs` (±20 %) whatever the server does. */
export function paced(load: ConversationLoad, conversations: number, intervalMs: number, durationMs: number): Promise<TurnStats> {
  return drive(load, conversations, intervalMs, durationMs, (elapsed) => intervalMs * (0.8 + 0.4 * Math.random()) - elapsed, intervalMs, false);
}
