import { Agent, request } from 'node:http';
import { type LatencySummary, summarise } from './stats.js';

export interface LoadOptions {
  readonly url: string;
  /** Virtual users, each with its own conversation, one request in flight each. */
  readonly concurrency: number;
  readonly durationMs: number;
  readonly warmupMs?: number;
  /** The n-th request body of virtual user `user`. */
  readonly body: (user: number, n: number) => unknown;
}

/** POSTs a JSON body over the agent's keep-alive connections; the response's status code. */
export function postJson(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Closed-loop load: `concurrency` users send back-to-back over keep-alive connections. */
export async function runLoad(options: LoadOptions): Promise<LatencySummary> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const url = new URL(options.url);
  const latencies: number[] = [];
  let errors = 0;
  const warmupUntil = performance.now() + (options.warmupMs ?? 1_000);
  const stopAt = warmupUntil + options.durationMs;
  const user = async (id: number) => {
    for (let n = 0; performance.now() < stopAt; n++) {
      const started = performance.now();
      try {
        const status = await postJson(agent, url, JSON.stringify(options.body(id, n)));
        if (status >= 400) errors++;
      } catch {
        errors++;
      }
      if (started >= warmupUntil) latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => user(i)));
  agent.destroy();
  return summarise(latencies, options.durationMs, errors);
}

export interface PacedOptions {
  readonly url: string;
  /** Conversations open at the same time. */
  readonly conversations: number;
  /** Each conversation sends one turn per interval (a person reading and clicking). */
  readonly intervalMs: number;
  readonly durationMs: number;
  readonly body: (user: number, n: number) => unknown;
}

/**
 * Open-loop load: many conversations, each sending a turn every `intervalMs`
 * (with jitter) whatever the server does — latency as people feel it when
 * `conversations` teachers are in a dialog at the same time.
 */
export async function runPaced(options: PacedOptions): Promise<LatencySummary> {
  const agent = new Agent({ keepAlive: true, maxSockets: Math.min(options.conversations, 256) });
  const url = new URL(options.url);
  const latencies: number[] = [];
  let errors = 0;
  const stopAt = performance.now() + options.durationMs;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const user = async (id: number) => {
    await sleep(Math.random() * options.intervalMs);
    for (let n = 0; performance.now() < stopAt; n++) {
      const started = performance.now();
      try {
        if ((await postJson(agent, url, JSON.stringify(options.body(id, n)))) >= 400) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - started);
      await sleep(Math.max(0, options.intervalMs * (0.8 + 0.4 * Math.random()) - (performance.now() - started)));
    }
  };
  await Promise.all(Array.from({ length: options.conversations }, (_, i) => user(i)));
  agent.destroy();
  return summarise(latencies, options.durationMs, errors);
}
